using System.Text.Json;
using Contradictions.Grouping;
using Contradictions.Pipeline;
using Contradictions.Tests.Support;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Grouping;

/// <summary>
/// The seeds are the hard case in small: three "X and Y accuse each other of border
/// fighting" incidents two years apart. They must come out as three incidents, each with its
/// articles' news, the background sentences the analyst ties to an incident attached to it,
/// and no trap in any incident's main sentences.
/// </summary>
public sealed class IncidentGroupingTests : IClassFixture<IncidentGroupingTests.SeedRun>
{
    private readonly SeedRun _run;

    public IncidentGroupingTests(SeedRun run) => _run = run;

    [Fact]
    public void The_three_seed_incidents_come_out_apart_each_with_its_articles()
    {
        var byArticles = _run.Result.Incidents
            .Select(i => string.Join(",", i.Sentences.Where(s => !s.Background).Select(s => _run.Prefix(s.Article)).Distinct().Order(StringComparer.Ordinal)))
            .ToList();
        foreach (var incident in Expected().GetProperty("incidents").EnumerateArray())
        {
            var articles = string.Join(",", incident.GetProperty("articles").EnumerateArray().Select(a => a.GetString()).Order(StringComparer.Ordinal));
            byArticles.ShouldContain(articles, $"{incident.GetProperty("id").GetString()}: incidents found {string.Join(" | ", byArticles)}");
        }
    }

    [Fact]
    public void No_incident_mixes_sentences_the_analyst_puts_in_different_incidents()
    {
        var snippets = new List<(string Article, string Snippet, string Incident)>();
        var root = Expected();
        foreach (var group in new[] { "conflicts", "discrepancies", "corroborations" })
        {
            foreach (var entry in root.GetProperty(group).EnumerateArray())
            {
                foreach (var side in entry.GetProperty("sides").EnumerateArray())
                {
                    snippets.Add((side.GetProperty("article").GetString()!, side.GetProperty("snippet").GetString()!, entry.GetProperty("incident").GetString()!));
                }
            }
        }

        foreach (var incident in _run.Result.Incidents)
        {
            var golds = snippets.Where(s => incident.Sentences.Any(m => _run.Prefix(m.Article) == s.Article && m.Text.Contains(s.Snippet, StringComparison.Ordinal)))
                .Select(s => s.Incident).Distinct().ToList();
            golds.Count.ShouldBeLessThanOrEqualTo(1, $"{incident.Label} mixes {string.Join(", ", golds)}");
        }
    }

    [Fact]
    public void Background_the_analyst_ties_to_the_july_clashes_is_attached_there()
    {
        var july = Expected().GetProperty("incidents").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "tovuz-2020-07");
        var home = _run.Result.Incidents.Single(i => i.Sentences.Any(s => !s.Background && _run.Prefix(s.Article) == "003"));
        foreach (var also in july.GetProperty("also").EnumerateArray())
        {
            var snippet = also.GetProperty("snippet").GetString()!;
            home.Sentences.ShouldContain(s => s.Background && _run.Prefix(s.Article) == also.GetProperty("article").GetString() && s.Text.Contains(snippet, StringComparison.Ordinal),
                $"\"{snippet}\" is not in {home.Label}");
        }
    }

    [Fact]
    public void Figure_traps_about_other_times_are_never_main_sentences_of_an_incident()
    {
        string[] otherTimes = ["6,500 people were dead", "approximately 30,000 deaths", "Azerbaijan reported the death of one soldier", "around 110 people were killed"];
        foreach (var incident in _run.Result.Incidents)
        {
            foreach (var trap in otherTimes)
            {
                incident.Sentences.ShouldNotContain(s => !s.Background && s.Text.Contains(trap, StringComparison.Ordinal), $"{incident.Label} holds \"{trap}\"");
            }
        }
    }

    [Fact]
    public void Incidents_have_readable_labels_and_stable_ids()
    {
        foreach (var incident in _run.Result.Incidents)
        {
            incident.Label.ShouldNotBeNullOrWhiteSpace();
            incident.Id.Value.ShouldStartWith("inc-");
        }

        var again = new IncidentGrouper(GroupingOptions.Default).Group(_run.Result.Articles);
        again.Select(i => i.Id).ShouldBe(_run.Result.Incidents.Select(i => i.Id));
        _run.Result.Incidents.Single(i => i.Sentences.Any(s => _run.Prefix(s.Article) == "003" && !s.Background)).Label.ShouldContain("12 Jul");
    }

    private static JsonElement Expected() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "..", "shared", "seeds", "expected.json"))).RootElement.Clone();

    /// <summary>One run of the real pipeline over the seed corpus and its parties file.</summary>
    public sealed class SeedRun : IDisposable
    {
        private readonly TempCorpus _corpus = new TempCorpus().WithSeeds();

        public SeedRun()
        {
            File.Copy(Path.Combine(RepoPaths.SeedCorpus, CorpusAnalyzer.PartiesFileName), Path.Combine(_corpus.Corpus, CorpusAnalyzer.PartiesFileName));
            Result = new CorpusAnalyzer(TimeProvider.System).Analyze(AnalyzeOptions.Default with { Corpus = _corpus.Corpus });
        }

        public AnalysisResult Result { get; }

        public string Prefix(Contradictions.Ingestion.ArticleId id) =>
            Result.Articles.Single(a => a.Article.Id == id).Article.Path[..3];

        public void Dispose() => _corpus.Dispose();
    }
}
