using System.Globalization;
using System.Text.Json;

namespace Contradictions.Tests.Reporting;

/// <summary>
/// Checks a JSON value against a JSON Schema (draft 2020-12), for the keywords
/// <c>schemas/report.schema.json</c> uses: type (one or a list, "integer" included),
/// properties, required, additionalProperties (true/false), items, enum, const, minimum and
/// <c>$ref</c> to <c>#/$defs/NAME</c>. No validator package restores here, hence this one.
/// A keyword it does not know is refused, not skipped: a schema that silently relied on one
/// would be checked less than it says.
/// </summary>
public sealed class JsonSchemaValidator
{
    private static readonly HashSet<string> Checked =
        ["type", "properties", "required", "additionalProperties", "items", "enum", "const", "minimum", "$ref"];

    // Words that carry meaning for a reader but nothing to check (format is an annotation
    // by default in 2020-12).
    private static readonly HashSet<string> Annotations = ["$schema", "$id", "$comment", "$defs", "title", "description", "format"];

    private readonly JsonElement _schema;

    public JsonSchemaValidator(JsonElement schema)
    {
        var problems = ProblemsIn(schema);
        if (problems.Count > 0)
        {
            throw new ArgumentException("The schema cannot be used:\n" + string.Join("\n", problems), nameof(schema));
        }

        _schema = schema;
    }

    /// <summary>
    /// What is wrong with the schema itself: keywords this validator does not know and
    /// <c>$ref</c>s that point nowhere, each with its place in the schema (#/...).
    /// </summary>
    public static IReadOnlyList<string> ProblemsIn(JsonElement schema)
    {
        var problems = new List<string>();
        FindProblems(schema, schema, "#", problems);
        return problems;
    }

    /// <summary>Every <c>$ref</c> in the schema, in document order.</summary>
    public static IReadOnlyList<string> RefsIn(JsonElement schema)
    {
        var refs = new List<string>();
        Collect(schema);
        return refs;

        void Collect(JsonElement node)
        {
            if (node.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in node.EnumerateObject())
                {
                    if (property.Name == "$ref" && property.Value.ValueKind == JsonValueKind.String)
                    {
                        refs.Add(property.Value.GetString()!);
                    }

                    Collect(property.Value);
                }
            }
            else if (node.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in node.EnumerateArray())
                {
                    Collect(item);
                }
            }
        }
    }

    /// <summary>The errors in <paramref name="instance"/>, each as "JSON path: what is wrong"; empty when it is valid.</summary>
    public IReadOnlyList<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Check(_schema, instance, "$", errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            return;
        }

        if (schema.ValueKind == JsonValueKind.False)
        {
            errors.Add($"{path}: no value is allowed here");
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(Resolve(_schema, reference.GetString()!)!.Value, value, path, errors);
        }

        if (schema.TryGetProperty("type", out var type) && !HasType(value, type))
        {
            // The value's other keywords would only repeat the mismatch.
            errors.Add($"{path}: expected {Describe(type)}, found {Kind(value)}");
            return;
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(value, constant))
        {
            errors.Add($"{path}: {Show(value)} is not the constant {Show(constant)}");
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(value, a)))
        {
            errors.Add($"{path}: {Show(value)} is not one of {string.Join(", ", allowed.EnumerateArray().Select(Show))}");
        }

        if (schema.TryGetProperty("minimum", out var minimum) && value.ValueKind == JsonValueKind.Number
            && value.GetDouble() < minimum.GetDouble())
        {
            errors.Add($"{path}: {Show(value)} is less than the minimum {Show(minimum)}");
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            CheckObject(schema, value, path, errors);
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(items, item, $"{path}[{index++}]", errors);
            }
        }
    }

    private void CheckObject(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(n => n.GetString()!))
            {
                if (!value.TryGetProperty(name, out _))
                {
                    errors.Add($"{path}: required property '{name}' is missing");
                }
            }
        }

        var hasProperties = schema.TryGetProperty("properties", out var properties);
        var closed = schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False;
        foreach (var property in value.EnumerateObject())
        {
            if (hasProperties && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(propertySchema, property.Value, Child(path, property.Name), errors);
            }
            else if (closed)
            {
                errors.Add($"{path}: property '{property.Name}' is not allowed");
            }
        }
    }

    private static void FindProblems(JsonElement root, JsonElement schema, string at, List<string> problems)
    {
        if (schema.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return;
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{at}: a schema must be an object or a boolean, found {Kind(schema)}");
            return;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            var here = $"{at}/{keyword.Name}";
            switch (keyword.Name)
            {
                case "properties" or "$defs":
                    foreach (var child in keyword.Value.EnumerateObject())
                    {
                        FindProblems(root, child.Value, $"{here}/{child.Name}", problems);
                    }

                    break;
                case "items":
                    FindProblems(root, keyword.Value, here, problems);
                    break;
                case "additionalProperties" when keyword.Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False):
                    problems.Add($"{here}: only true or false is supported");
                    break;
                case "$ref" when Resolve(root, keyword.Value.GetString() ?? "") is null:
                    problems.Add($"{here}: '{keyword.Value}' does not resolve to an entry of $defs");
                    break;
                default:
                    if (!Checked.Contains(keyword.Name) && !Annotations.Contains(keyword.Name))
                    {
                        problems.Add($"{here}: keyword '{keyword.Name}' is not supported");
                    }

                    break;
            }
        }
    }

    private static JsonElement? Resolve(JsonElement root, string reference)
    {
        const string Prefix = "#/$defs/";
        if (!reference.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        return root.TryGetProperty("$defs", out var defs) && defs.TryGetProperty(reference[Prefix.Length..], out var target)
            ? target
            : null;
    }

    private static bool HasType(JsonElement value, JsonElement type) =>
        type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Any(t => HasType(value, t.GetString()!))
            : HasType(value, type.GetString()!);

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        // 2020-12 counts 3.0 as an integer: the value matters, not how it is written.
        "integer" => value.ValueKind == JsonValueKind.Number && double.IsInteger(value.GetDouble()),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new NotSupportedException($"Unknown JSON Schema type '{type}'."),
    };

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => double.IsInteger(value.GetDouble()) ? "integer" : "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => value.ValueKind.ToString().ToLowerInvariant(),
    };

    private static string Describe(JsonElement type) =>
        type.ValueKind == JsonValueKind.Array
            ? string.Join(" or ", type.EnumerateArray().Select(t => t.GetString()))
            : type.GetString()!;

    private static string Show(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"'{value.GetString()}'",
        JsonValueKind.Number => value.GetDouble().ToString(CultureInfo.InvariantCulture),
        _ => value.GetRawText(),
    };

    private static string Child(string path, string name) =>
        name.Length > 0 && name.All(char.IsAsciiLetterOrDigit) ? $"{path}.{name}" : $"{path}['{name}']";
}
