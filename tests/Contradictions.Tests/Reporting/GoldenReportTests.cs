using Contradictions.Pipeline;
using Contradictions.Reporting;
using Contradictions.Tests.Support;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Reporting;

/// <summary>
/// Golden reports: the frontier corpus (Cases/Corpora/frontier) analysed with a fixed clock
/// gives exactly the committed report.md, incident files and report.json (Golden/frontier).
/// The golden files change only when CONTRADICTIONS_UPDATE_GOLDEN=1 is set, and the change is
/// reviewed in the diff like any other.
/// </summary>
public sealed class GoldenReportTests
{
    private static readonly DateTimeOffset Clock = new(2026, 1, 2, 3, 4, 0, TimeSpan.Zero);

    [Fact]
    public void The_frontier_reports_match_the_golden_files()
    {
        using var corpus = new TempCorpus();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Cases("Corpora"), "frontier"), "*-*.md"))
        {
            File.Copy(file, Path.Combine(corpus.Corpus, Path.GetFileName(file)));
        }

        var result = new CorpusAnalyzer(new FixedClock(Clock)).Analyze(AnalyzeOptions.Default with { Corpus = corpus.Corpus });
        new JsonReportWriter().Write(result, corpus.Reports, Clock);
        new MarkdownReportWriter().Write(result, corpus.Reports, Clock);

        var golden = Path.Combine(RepoPaths.Root, "tests", "Contradictions.Tests", "Golden", "frontier");
        var update = Environment.GetEnvironmentVariable("CONTRADICTIONS_UPDATE_GOLDEN") == "1";
        // The lists of pages written (".contradictions-pages-*") are bookkeeping, not the report.
        var produced = Directory.GetFiles(corpus.Reports).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')).Order(StringComparer.Ordinal).ToList();
        foreach (var name in produced)
        {
            // The corpus lives in a temporary folder; the golden files name it "corpus".
            var text = File.ReadAllText(Path.Combine(corpus.Reports, name!)).Replace(corpus.Corpus, "corpus", StringComparison.Ordinal);
            var path = Path.Combine(golden, name!);
            if (update)
            {
                File.WriteAllText(path, text);
                continue;
            }

            File.Exists(path).ShouldBeTrue($"{name} is new: run with CONTRADICTIONS_UPDATE_GOLDEN=1 and review the diff");
            text.ShouldBe(File.ReadAllText(path), $"{name} differs from its golden file");
        }

        Directory.GetFiles(golden).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList().ShouldBe(produced);
    }

    [Fact]
    public void The_same_corpus_gives_byte_identical_reports()
    {
        using var corpus = new TempCorpus().WithSeeds();
        var first = Render(corpus, "first");
        var second = Render(corpus, "second");
        foreach (var (name, bytes) in first)
        {
            second[name].ShouldBe(bytes, name);
        }
    }

    private static Dictionary<string, byte[]> Render(TempCorpus corpus, string folder)
    {
        // A fresh state each time, so both runs see every article as new.
        var result = new CorpusAnalyzer(new FixedClock(Clock)).Analyze(AnalyzeOptions.Default with
        {
            Corpus = corpus.Corpus,
            StatePath = Path.Combine(corpus.Root, folder + ".db"),
        });
        var output = Path.Combine(corpus.Root, folder);
        new JsonReportWriter().Write(result, output, Clock);
        new MarkdownReportWriter().Write(result, output, Clock);
        new HtmlReportWriter().Write(result, output, Clock);
        return Directory.GetFiles(output).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
