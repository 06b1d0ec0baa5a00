using System.Text.Json;
using System.Text.Json.Nodes;
using Contradictions.Tests.Support;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Reporting;

/// <summary>
/// <c>schemas/report.schema.json</c> describes what the writer really writes: real runs of the
/// command line validate against it, and a report broken in one place fails in that place.
/// </summary>
public sealed class ReportSchemaTests : IClassFixture<ReportSchemaTests.SeedReport>
{
    private static readonly string SchemaPath = Path.Combine(RepoPaths.Root, "schemas", "report.schema.json");

    private static readonly Lazy<JsonElement> Schema = new(() => JsonDocument.Parse(File.ReadAllText(SchemaPath)).RootElement.Clone());

    private readonly SeedReport _seed;

    public ReportSchemaTests(SeedReport seed) => _seed = seed;

    public static TheoryData<string> Breakages =>
    [
        "wrong severity",
        "missing required field",
        "extra property",
        "wrong type",
        "null where a string is required",
        "fraction where an integer is required",
        "negative count",
        "other schemaVersion",
        "figure without high",
    ];

    [Fact]
    public void The_seed_corpus_report_validates()
    {
        _seed.Run.ExitCode.ShouldBe(0, _seed.Run.Error);
        var report = Parse(_seed.Json);

        // The seed report has every part the schema describes except removed articles, so
        // a pass here checks conflicts, corroborations, figures and set-aside lines too.
        report.GetProperty("incidents").EnumerateArray().SelectMany(i => i.GetProperty("conflicts").EnumerateArray()).ShouldNotBeEmpty();
        report.GetProperty("incidents").EnumerateArray().SelectMany(i => i.GetProperty("corroborations").EnumerateArray()).ShouldNotBeEmpty();
        Validate(report).ShouldBeEmpty();
    }

    [Fact]
    public void A_corpus_with_bad_files_still_gives_a_valid_report()
    {
        using var corpus = new TempCorpus().WithSeeds();
        corpus.WriteBytes("empty.txt", []);
        corpus.WriteBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        File.Copy(Path.Combine(corpus.Corpus, "002_37305f08884328e6.txt"), Path.Combine(corpus.Corpus, "002-copy.txt"));

        var run = CliRun.Of("analyze", corpus.Corpus, "--out", corpus.Reports);

        run.ExitCode.ShouldBe(1, run.Error);
        var report = CliRun.ReadReport(corpus.Reports);
        report.Summary("fileErrors").ShouldBe(2);
        report.GetProperty("fileDiagnostics").GetArrayLength().ShouldBeGreaterThanOrEqualTo(2);
        Validate(report).ShouldBeEmpty();
    }

    [Fact]
    public void A_rerun_with_a_changed_and_a_removed_file_gives_a_valid_report()
    {
        using var corpus = new TempCorpus().WithSeeds();
        CliRun.Of("analyze", corpus.Corpus, "--out", corpus.Reports).ExitCode.ShouldBe(0);
        File.AppendAllText(Path.Combine(corpus.Corpus, "001_d8997e150fd24221.txt"), "\n\nA later update said the shelling had stopped by the evening.\n");
        File.Delete(Path.Combine(corpus.Corpus, "004_fcb873a6b0e3fe5f.txt"));

        var run = CliRun.Of("analyze", corpus.Corpus, "--out", corpus.Reports);

        run.ExitCode.ShouldBe(0, run.Error);
        var report = CliRun.ReadReport(corpus.Reports);
        report.GetProperty("removedArticles").GetArrayLength().ShouldBe(1);
        report.Status("001_d8997e150fd24221.txt").ShouldBe("changed");
        report.Status("000_e9f41488b8fbab6a.txt").ShouldBe("unchanged");
        Validate(report).ShouldBeEmpty();
    }

    [Fact]
    public void Markdown_articles_with_front_matter_give_a_valid_report()
    {
        // The frontier corpus has what the seeds lack: an outlet and a publication day.
        using var corpus = new TempCorpus();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Cases("Corpora"), "frontier"), "*-*.md"))
        {
            File.Copy(file, Path.Combine(corpus.Corpus, Path.GetFileName(file)));
        }

        var run = CliRun.Of("analyze", corpus.Corpus, "--out", corpus.Reports);

        run.ExitCode.ShouldBe(0, run.Error);
        var report = CliRun.ReadReport(corpus.Reports);
        report.GetProperty("articles").EnumerateArray().ShouldContain(a => a.GetProperty("outlet").ValueKind == JsonValueKind.String);
        report.GetProperty("articles").EnumerateArray().ShouldContain(a => a.GetProperty("published").ValueKind == JsonValueKind.String);
        Validate(report).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Breakages))]
    public void A_report_broken_in_one_place_gives_exactly_that_error(string breakage)
    {
        var report = JsonNode.Parse(_seed.Json)!;

        var expected = Break(report, breakage);

        Validate(Parse(report.ToJsonString())).ShouldBe([expected]);
    }

    [Fact]
    public void The_schema_is_json_that_the_validator_understands_and_every_ref_resolves()
    {
        var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath)).RootElement;

        schema.GetProperty("$schema").GetString().ShouldBe("https://json-schema.org/draft/2020-12/schema");
        JsonSchemaValidator.ProblemsIn(schema).ShouldBeEmpty();
        var refs = JsonSchemaValidator.RefsIn(schema);
        refs.ShouldNotBeEmpty();
        foreach (var definition in schema.GetProperty("$defs").EnumerateObject())
        {
            refs.ShouldContain($"#/$defs/{definition.Name}", $"$defs/{definition.Name} is never used");
        }
    }

    [Fact]
    public void The_validator_reports_a_ref_that_points_nowhere()
    {
        var schema = Parse("""{ "properties": { "a": { "$ref": "#/$defs/missing" } }, "$defs": { "b": { "type": "string" } } }""");

        JsonSchemaValidator.ProblemsIn(schema).ShouldBe(["#/properties/a/$ref: '#/$defs/missing' does not resolve to an entry of $defs"]);
    }

    [Fact]
    public void Every_property_in_the_schema_has_a_description()
    {
        var missing = new List<string>();
        FindUndescribed(Schema.Value, "#", missing);

        missing.ShouldBeEmpty();
    }

    private static IReadOnlyList<string> Validate(JsonElement report) => new JsonSchemaValidator(Schema.Value).Validate(report);

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();

    /// <summary>Breaks the report in one place and returns the one error that must follow.</summary>
    private static string Break(JsonNode report, string breakage)
    {
        var incidents = report["incidents"]!.AsArray();
        switch (breakage)
        {
            case "wrong severity":
            {
                var i = incidents.ToList().FindIndex(n => n!["conflicts"]!.AsArray().Count > 0);
                incidents[i]!["conflicts"]![0]!["severity"] = "fatal";
                return $"$.incidents[{i}].conflicts[0].severity: 'fatal' is not one of 'contradiction', 'discrepancy'";
            }

            case "missing required field":
                incidents[0]!.AsObject().Remove("label").ShouldBeTrue();
                return "$.incidents[0]: required property 'label' is missing";
            case "extra property":
                report["articles"]![1]!["author"] = "A. Reporter";
                return "$.articles[1]: property 'author' is not allowed";
            case "wrong type":
                report["summary"]!["sentences"] = "133";
                return "$.summary.sentences: expected integer, found string";
            case "null where a string is required":
                report["articles"]![2]!["title"] = null;
                return "$.articles[2].title: expected string, found null";
            case "fraction where an integer is required":
                incidents[0]!["sentences"]![1]!["index"] = 2.5;
                return "$.incidents[0].sentences[1].index: expected integer, found number";
            case "negative count":
                report["summary"]!["fileErrors"] = -1;
                return "$.summary.fileErrors: -1 is less than the minimum 0";
            case "other schemaVersion":
                report["schemaVersion"] = 2;
                return "$.schemaVersion: 2 is not the constant 1";
            case "figure without high":
            {
                var (path, figure) = FirstFigure(incidents);
                figure.Remove("high").ShouldBeTrue();
                return $"{path}: required property 'high' is missing";
            }

            default:
                throw new ArgumentException($"No such breakage: {breakage}", nameof(breakage));
        }
    }

    private static (string Path, JsonObject Figure) FirstFigure(JsonArray incidents)
    {
        for (var i = 0; i < incidents.Count; i++)
        {
            var conflicts = incidents[i]!["conflicts"]!.AsArray();
            for (var c = 0; c < conflicts.Count; c++)
            {
                var accounts = conflicts[c]!["accounts"]!.AsArray();
                for (var a = 0; a < accounts.Count; a++)
                {
                    var claims = accounts[a]!["claims"]!.AsArray();
                    for (var k = 0; k < claims.Count; k++)
                    {
                        if (claims[k]!["figure"] is JsonObject figure)
                        {
                            return ($"$.incidents[{i}].conflicts[{c}].accounts[{a}].claims[{k}].figure", figure);
                        }
                    }
                }
            }
        }

        throw new InvalidOperationException("The seed report has no figure claim in a conflict.");
    }

    private static void FindUndescribed(JsonElement schema, string at, List<string> missing)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var name in new[] { "properties", "$defs" })
        {
            if (schema.TryGetProperty(name, out var children))
            {
                foreach (var child in children.EnumerateObject())
                {
                    if (name == "properties" && !child.Value.TryGetProperty("description", out _))
                    {
                        missing.Add($"{at}/{name}/{child.Name}");
                    }

                    FindUndescribed(child.Value, $"{at}/{name}/{child.Name}", missing);
                }
            }
        }

        if (schema.TryGetProperty("items", out var items))
        {
            FindUndescribed(items, $"{at}/items", missing);
        }
    }

    /// <summary>One run of the real command line over the seed corpus and its parties file.</summary>
    public sealed class SeedReport : IDisposable
    {
        private readonly TempCorpus _corpus = new TempCorpus().WithSeeds();

        public SeedReport()
        {
            File.Copy(Path.Combine(RepoPaths.SeedCorpus, "parties.yml"), Path.Combine(_corpus.Corpus, "parties.yml"));
            Run = CliRun.Of("analyze", _corpus.Corpus, "--out", _corpus.Reports);
            Json = File.ReadAllText(Path.Combine(_corpus.Reports, "report.json"));
        }

        public CliRun Run { get; }

        public string Json { get; }

        public void Dispose() => _corpus.Dispose();
    }
}
