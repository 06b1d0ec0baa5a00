using System.Text.Json;
using Contradictions.Claims;
using Contradictions.Pipeline;
using Contradictions.Tests.Support;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Claims;

/// <summary>
/// Every sentence a careful analyst cites in <c>shared/seeds/expected.json</c> yields the claim
/// it is cited for, with the right party; no figure of the traps list is read as a loss of
/// the incident. The seeds run through the real pipeline with the corpus's parties file.
/// </summary>
public sealed class SeedClaimsTests : IClassFixture<SeedClaimsTests.SeedRun>
{
    private readonly SeedRun _run;

    public SeedClaimsTests(SeedRun run) => _run = run;

    public static TheoryData<string> ConflictSides()
    {
        var data = new TheoryData<string>();
        foreach (var conflict in Expected().GetProperty("conflicts").EnumerateArray())
        {
            for (var i = 0; i < conflict.GetProperty("sides").GetArrayLength(); i++)
            {
                data.Add($"{conflict.GetProperty("id").GetString()}/{i}");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ConflictSides))]
    public void A_conflict_side_yields_its_claim_with_the_right_party(string sideKey)
    {
        var (id, index) = (sideKey.Split('/')[0], int.Parse(sideKey.Split('/')[1], System.Globalization.CultureInfo.InvariantCulture));
        var conflict = Expected().GetProperty("conflicts").EnumerateArray().Single(c => c.GetProperty("id").GetString() == id);
        var sides = conflict.GetProperty("sides").EnumerateArray().ToList();
        var side = sides[index];
        var party = side.GetProperty("party").GetString()!;
        var other = sides[1 - index].GetProperty("party").GetString()!;
        var read = _run.Find(side.GetProperty("article").GetString()!, side.GetProperty("snippet").GetString()!);
        var speakerSide = read.Attribution.Party is { } p ? _run.Lexicon.SideOf(p) : null;
        var why = $"{id} side {index} (\"{side.GetProperty("snippet").GetString()}\"): read {Summary(read)}";

        switch (conflict.GetProperty("kind").GetString())
        {
            case "blame":
                speakerSide.ShouldBe(party, why);
                read.Claims.ShouldContain(c => c.Kind == ClaimKind.Accusation && c.Accusation!.Actor != null
                    && _run.Lexicon.SideOf(c.Accusation.Actor) == other, why);
                break;
            case "denial":
                speakerSide.ShouldBe(party, why);
                read.Claims.ShouldContain(c => c.Kind == ClaimKind.Denial
                    || (c.Kind == ClaimKind.Accusation && c.Accusation!.Actor != null && _run.Lexicon.SideOf(c.Accusation.Actor) == other), why);
                break;
            default:
                read.Claims.ShouldContain(c => c.Kind == ClaimKind.Figure && c.FigureOwner != null, why);
                if (party is "Armenia" or "Azerbaijan")
                {
                    speakerSide.ShouldBe(party, why);
                }
                else
                {
                    // "outlet account": no party speaks it.
                    read.Attribution.Party.ShouldBeNull(why);
                }

                break;
        }
    }

    [Fact]
    public void The_discrepancy_and_corroborations_are_read_as_figures()
    {
        var root = Expected();
        foreach (var group in new[] { "discrepancies", "corroborations" })
        {
            foreach (var entry in root.GetProperty(group).EnumerateArray())
            {
                foreach (var side in entry.GetProperty("sides").EnumerateArray())
                {
                    var read = _run.Find(side.GetProperty("article").GetString()!, side.GetProperty("snippet").GetString()!);
                    read.Claims.ShouldContain(c => c.Kind == ClaimKind.Figure && c.FigureOwner != null,
                        $"{entry.GetProperty("id").GetString()}: {Summary(read)}");

                    // A corroboration is news of the article's own day; D1's later count sits in
                    // another article's background, which grouping (not claims) assigns.
                    if (group == "corroborations")
                    {
                        read.Frame.IsBackground.ShouldBeFalse($"{entry.GetProperty("id").GetString()}: {Summary(read)}");
                    }
                }
            }
        }
    }

    [Fact]
    public void No_trap_is_read_as_a_loss_figure_of_the_incident()
    {
        foreach (var trap in Expected().GetProperty("traps").EnumerateArray())
        {
            var article = trap.GetProperty("article").GetString()!;
            var snippet = trap.GetProperty("snippet").GetString()!;
            var holder = _run.TryFind(article, snippet);
            if (holder is null)
            {
                continue; // boilerplate traps ("2,500 $", "1 171") are no sentence at all; SeedCorpusTests checks that.
            }

            var losses = holder.Claims.Where(c => c.Kind == ClaimKind.Figure && c.Figure!.Outcome is not ("deployed" or null)
                && !holder.Frame.IsBackground).ToList();
            var repeated = snippet.StartsWith("The countries have been involved", StringComparison.Ordinal);
            (losses.Count == 0 || repeated).ShouldBeTrue($"trap \"{snippet}\" ({trap.GetProperty("why").GetString()}) read as: {Summary(holder)}");
        }
    }

    private static string Summary(SentenceClaims read) =>
        $"speaker {read.Attribution.Speaker} ({read.Attribution.Party ?? "-"}), background {read.Frame.IsBackground}, claims: "
        + string.Join("; ", read.Claims.Select(c => c.Kind switch
        {
            ClaimKind.Accusation => $"{c.Accusation!.Actor}/{c.Accusation.Act}",
            ClaimKind.Denial => $"denies {c.Denial!.Act}",
            _ => $"{c.Figure!.Text} {c.Figure.Item} {c.Figure.Outcome} owner {c.FigureOwner}",
        }));

    private static JsonElement Expected()
    {
        var path = Path.Combine(RepoPaths.Root, "..", "shared", "seeds", "expected.json");
        File.Exists(path).ShouldBeTrue($"the analyst's expectations are read from {path} (shared/ beside the repository)");
        return JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();
    }

    /// <summary>One run of the real pipeline over the seed corpus, with its parties file.</summary>
    public sealed class SeedRun : IDisposable
    {
        private readonly TempCorpus _corpus = new TempCorpus().WithSeeds();

        public SeedRun()
        {
            File.Copy(Path.Combine(RepoPaths.SeedCorpus, CorpusAnalyzer.PartiesFileName), Path.Combine(_corpus.Corpus, CorpusAnalyzer.PartiesFileName));
            Result = new CorpusAnalyzer(TimeProvider.System).Analyze(AnalyzeOptions.Default with { Corpus = _corpus.Corpus });
            Lexicon = TestLexicon.For(Path.Combine(_corpus.Corpus, CorpusAnalyzer.PartiesFileName));
        }

        public AnalysisResult Result { get; }

        public PartyLexicon Lexicon { get; }

        public SentenceClaims Find(string articlePrefix, string snippet) =>
            TryFind(articlePrefix, snippet) ?? throw new ShouldAssertException($"no sentence of {articlePrefix} contains \"{snippet}\"");

        public SentenceClaims? TryFind(string articlePrefix, string snippet)
        {
            var article = Result.Articles.Single(a => a.Article.Path.StartsWith(articlePrefix, StringComparison.Ordinal));
            var sentence = article.Sentences.FirstOrDefault(s => s.Text.Contains(snippet, StringComparison.Ordinal));
            return sentence is null ? null : article.Claims[sentence.Index];
        }

        public void Dispose() => _corpus.Dispose();
    }
}
