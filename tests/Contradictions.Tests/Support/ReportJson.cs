using System.Text.Json;

namespace Contradictions.Tests.Support;

/// <summary>Reads the parts of report.json the tests look at.</summary>
public static class ReportJson
{
    public static JsonElement Article(this JsonElement report, string fileName) =>
        report.GetProperty("articles").EnumerateArray()
            .Single(a => a.GetProperty("path").GetString()!.EndsWith(fileName, StringComparison.Ordinal));

    public static string Status(this JsonElement report, string fileName) => report.Article(fileName).GetProperty("status").GetString()!;

    public static int Summary(this JsonElement report, string name) => report.GetProperty("summary").GetProperty(name).GetInt32();
}

/// <summary>
/// A report with what depends on the run's history taken out, for comparing a re-run with a
/// clean run. Incident and conflict ids are history too: an incident keeps the id it was first
/// given as it grows, where a clean run names it after its earliest article; they are renamed
/// in order of appearance (INC-1, CF-1, …), so the report must still use them the same way.
/// </summary>
public static partial class ReportHistory
{
    // Run-specific: when it was written, the run's counts, what is new since the last run, and
    // the run an article arrived in.
    private static readonly HashSet<string> RunFields = ["generatedAt", "summary", "sinceLastRun", "status", "change", "gainedSentences", "arrival"];

    /// <summary>The report as indented JSON without the run-specific fields, ids renamed in order of appearance.</summary>
    public static string Without(JsonElement report)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            Write(report, writer);
        }

        var json = System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        return Ids().Replace(json, m =>
        {
            if (!names.TryGetValue(m.Value, out var name))
            {
                var prefix = m.Groups[1].Value.ToUpperInvariant();
                names[m.Value] = name = $"{prefix}-{names.Keys.Count(k => k.StartsWith(m.Groups[1].Value, StringComparison.Ordinal)) + 1}";
            }

            return name;
        });
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(inc|cf|co)-[0-9a-f]{6,}\b")]
    private static partial System.Text.RegularExpressions.Regex Ids();

    private static void Write(JsonElement element, Utf8JsonWriter writer)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject().Where(p => !RunFields.Contains(p.Name)))
                {
                    writer.WritePropertyName(property.Name);
                    Write(property.Value, writer);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(item, writer);
                }

                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
