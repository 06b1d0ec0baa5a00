using System.Text.Json;
using Contradictions.Tests.Support;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Comparison;

/// <summary>
/// The real command on the seed corpus, checked against what a careful analyst finds
/// (<c>shared/seeds/expected.json</c>) by the rules of <c>shared/eval/score_conflicts.py</c>,
/// written again here so the check needs nothing but .NET: a gold conflict is found when one
/// reported conflict of a compatible kind (figure for figure; blame and denial for each other)
/// quotes sentences matching the snippets of two sides from different camps.
/// </summary>
public sealed class SeedConflictTests : IClassFixture<SeedConflictTests.Run>
{
    private readonly Run _run;

    public SeedConflictTests(Run run) => _run = run;

    public static TheoryData<string> GoldConflicts()
    {
        var data = new TheoryData<string>();
        var root = Expected();
        foreach (var group in new[] { "conflicts", "discrepancies" })
        {
            foreach (var entry in root.GetProperty(group).EnumerateArray())
            {
                data.Add(entry.GetProperty("id").GetString()!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GoldConflicts))]
    public void Every_conflict_an_analyst_flags_is_found_with_its_kind(string id)
    {
        var root = Expected();
        var gold = root.GetProperty("conflicts").EnumerateArray().Concat(root.GetProperty("discrepancies").EnumerateArray())
            .Single(e => e.GetProperty("id").GetString() == id);
        var kind = gold.GetProperty("kind").GetString()!;
        var nature = gold.TryGetProperty("nature", out var n) ? n.GetString() ?? "" : "";
        var found = _run.Conflicts().Any(c =>
            KindsAgree(kind, c.GetProperty("kind").GetString()!)
            && gold.GetProperty("sides").EnumerateArray().Where(side => _run.Holds(c, side)).Select(side => Camp(side, nature)).Distinct().Count() >= 2);
        found.ShouldBeTrue($"{id} ({kind}) not found among: {string.Join(" | ", _run.Conflicts().Select(c => c.GetProperty("summary").GetString()))}");
    }

    [Fact]
    public void The_discrepancy_is_labelled_as_such_and_the_corroborations_are_found()
    {
        _run.Conflicts().ShouldContain(c => c.GetProperty("severity").GetString() == "discrepancy" && c.GetProperty("kind").GetString() == "figure");
        foreach (var k in Expected().GetProperty("corroborations").EnumerateArray())
        {
            var sides = k.GetProperty("sides").EnumerateArray().ToList();
            _run.Corroborations().ShouldContain(c => sides.Count(side => _run.Holds(c, side)) >= 2, k.GetProperty("id").GetString());
        }
    }

    [Fact]
    public void No_trap_is_flagged()
    {
        foreach (var trap in Expected().GetProperty("traps").EnumerateArray())
        {
            _run.Conflicts().ShouldNotContain(c => _run.Holds(c, trap), trap.GetProperty("snippet").GetString());
        }
    }

    [Fact]
    public void A_conflict_never_sets_a_sentence_or_a_party_against_itself()
    {
        foreach (var conflict in _run.Conflicts())
        {
            var accounts = conflict.GetProperty("accounts").EnumerateArray().ToList();

            // Only a revision, labelled as such, may hold one party's claims alone.
            accounts.Count.ShouldBeGreaterThanOrEqualTo(conflict.GetProperty("revision").GetBoolean() ? 1 : 2, conflict.GetProperty("summary").GetString());
            accounts.Select(a => a.GetProperty("party").GetString()).Distinct().Count().ShouldBe(accounts.Count);
            var sentences = accounts.SelectMany(a => a.GetProperty("claims").EnumerateArray())
                .Select(c => $"{c.GetProperty("article").GetString()}:{c.GetProperty("sentence").GetInt32()}").ToList();
            var byAccount = accounts.Select(a => a.GetProperty("claims").EnumerateArray()
                .Select(c => $"{c.GetProperty("article").GetString()}:{c.GetProperty("sentence").GetInt32()}").ToHashSet()).ToList();
            for (var i = 0; i < byAccount.Count; i++)
            {
                for (var j = i + 1; j < byAccount.Count; j++)
                {
                    byAccount[i].Overlaps(byAccount[j]).ShouldBeFalse($"{conflict.GetProperty("summary").GetString()}: one sentence on two sides");
                }
            }

            sentences.ShouldNotBeEmpty();
        }
    }

    [Fact]
    public void Every_conflict_says_why_with_its_rule_and_contradictions_come_first()
    {
        foreach (var incident in _run.Report.GetProperty("incidents").EnumerateArray())
        {
            var severities = incident.GetProperty("conflicts").EnumerateArray().Select(c => c.GetProperty("severity").GetString()).ToList();
            severities.ShouldBe(severities.OrderBy(s => s == "contradiction" ? 0 : 1).ToList());
            foreach (var conflict in incident.GetProperty("conflicts").EnumerateArray())
            {
                // A revision (one source's later count) names its own rule.
                var why = conflict.GetProperty("why").GetString()!;
                why.ShouldStartWith((conflict.GetProperty("revision").GetBoolean() ? "revision" : conflict.GetProperty("kind").GetString()!) + ":");
                conflict.GetProperty("review").GetProperty("status").GetString().ShouldBe("open");
                if (conflict.GetProperty("kind").GetString() == "figure")
                {
                    // The values: intervals set against each other, or a revision's counts in order.
                    why.ShouldContain(conflict.GetProperty("revision").GetBoolean() ? ", then " : "[");
                    conflict.GetProperty("quantity").GetString().ShouldNotBeNullOrEmpty();
                }
            }
        }
    }

    [Fact]
    public void Conflict_ids_are_the_same_on_a_second_run()
    {
        var first = _run.Conflicts().Select(c => c.GetProperty("id").GetString()).Order(StringComparer.Ordinal).ToList();
        var again = CliRun.Of("analyze", _run.Corpus.Corpus, "--out", _run.Corpus.Reports);
        again.ExitCode.ShouldBe(0, again.Error);
        var second = CliRun.ReadReport(_run.Corpus.Reports).GetProperty("incidents").EnumerateArray()
            .SelectMany(i => i.GetProperty("conflicts").EnumerateArray()).Select(c => c.GetProperty("id").GetString()).Order(StringComparer.Ordinal).ToList();
        second.ShouldBe(first);
    }

    private static bool KindsAgree(string gold, string reported) =>
        gold == "figure" || reported == "figure" ? gold == reported : true;

    private static string Camp(JsonElement side, string nature)
    {
        if (nature.Contains("revision", StringComparison.Ordinal) || nature.Contains("discrepancy", StringComparison.Ordinal))
        {
            return "position:" + side.GetProperty("snippet").GetString();
        }

        var party = side.TryGetProperty("party", out var p) ? p.GetString() ?? "" : "";
        var cut = party.IndexOf(" (", StringComparison.Ordinal);
        return (cut < 0 ? party : party[..cut]).ToLowerInvariant();
    }

    private static JsonElement Expected() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "..", "shared", "seeds", "expected.json"))).RootElement.Clone();

    /// <summary>One run of the real command on the seed corpus with its parties file.</summary>
    public sealed class Run : IDisposable
    {
        public Run()
        {
            Corpus = new TempCorpus().WithSeeds();
            File.Copy(Path.Combine(RepoPaths.SeedCorpus, "parties.yml"), Path.Combine(Corpus.Corpus, "parties.yml"));
            var run = CliRun.Of("analyze", Corpus.Corpus, "--out", Corpus.Reports);
            run.ExitCode.ShouldBe(0, run.Error);
            Report = CliRun.ReadReport(Corpus.Reports);
            Paths = Report.GetProperty("articles").EnumerateArray()
                .ToDictionary(a => a.GetProperty("id").GetString()!, a => Path.GetFileName(a.GetProperty("path").GetString()!));
        }

        public TempCorpus Corpus { get; }

        public JsonElement Report { get; }

        private Dictionary<string, string> Paths { get; }

        public IEnumerable<JsonElement> Conflicts() =>
            Report.GetProperty("incidents").EnumerateArray().SelectMany(i => i.GetProperty("conflicts").EnumerateArray());

        public IEnumerable<JsonElement> Corroborations() =>
            Report.GetProperty("incidents").EnumerateArray().SelectMany(i => i.GetProperty("corroborations").EnumerateArray());

        /// <summary>True when a claim of the conflict is in the side's article and quotes its snippet.</summary>
        public bool Holds(JsonElement conflict, JsonElement side)
        {
            var article = side.GetProperty("article").GetString()!;
            var snippet = Normalize(side.GetProperty("snippet").GetString()!);
            return conflict.GetProperty("accounts").EnumerateArray().SelectMany(a => a.GetProperty("claims").EnumerateArray())
                .Any(c => Paths[c.GetProperty("article").GetString()!].StartsWith(article, StringComparison.Ordinal)
                    && Normalize(c.GetProperty("text").GetString()!).Contains(snippet, StringComparison.Ordinal));
        }

        public void Dispose() => Corpus.Dispose();

        private static string Normalize(string text) =>
            string.Join(' ', text.Normalize(System.Text.NormalizationForm.FormKC).ToLowerInvariant()
                .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201c', '"').Replace('\u201d', '"')
                .Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries));
    }
}
