using Contradictions.Tests.Review;
using Contradictions.Tests.Support;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Pipeline;

/// <summary>
/// The command line, index.html, report.md and report.json say what is new since the last
/// run: articles, incidents that grew, new and changed conflicts with a figure's old values,
/// and conflicts no longer found.
/// </summary>
public sealed class ChangeSummaryTests
{
    [Fact]
    public void A_first_run_says_so_and_lists_nothing()
    {
        using var corpus = new TempCorpus();
        FrontierBatches.Add(corpus, "a-", "b-");

        var run = Run(corpus);

        run.Output.ShouldContain("since the last run: first run on this state: everything is new");
        var since = CliRun.ReadReport(corpus.Reports).GetProperty("sinceLastRun");
        since.GetProperty("firstRun").GetBoolean().ShouldBeTrue();
        since.GetProperty("newConflicts").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public void An_added_account_is_listed_with_the_incident_it_grew_and_the_conflict_it_made()
    {
        using var corpus = new TempCorpus();
        FrontierBatches.Add(corpus, "a-", "c-", "d-");
        Run(corpus);
        FrontierBatches.Add(corpus, "b-");

        var run = Run(corpus);

        run.Output.ShouldContain("since the last run: 1 new article, 1 incident grew, ");
        run.Output.ShouldContain("  new article: ");
        run.Output.ShouldContain("b-karachi-daily.md");
        run.Output.ShouldContain("  incident grew by ");
        run.Output.ShouldContain("  new blame contradiction: ");
        var report = CliRun.ReadReport(corpus.Reports);
        var blame = FrontierBatches.Conflict(report, "blame", "Kupwara").GetProperty("id").GetString()!;
        report.GetProperty("sinceLastRun").GetProperty("newConflicts").EnumerateArray().Select(c => c.GetString()).ShouldContain(blame);

        // The index lists the change and links it to the conflict on its incident page.
        var index = File.ReadAllText(Path.Combine(corpus.Reports, "index.html"));
        index.ShouldContain("<h2 id=\"changes\">Since the last run</h2>");
        index.ShouldContain($"#{blame}\">");
        File.ReadAllText(Path.Combine(corpus.Reports, "report.md")).ShouldContain("## Since the last run");
    }

    [Fact]
    public void A_re_run_lists_only_what_changed_and_counts_the_rest()
    {
        using var corpus = new TempCorpus();
        FrontierBatches.Add(corpus, "a-", "c-", "d-");
        Run(corpus);
        FrontierBatches.Add(corpus, "b-");

        var run = Run(corpus);

        var lines = run.Output.Split('\n');
        lines.ShouldContain(l => l.StartsWith("  new       ", StringComparison.Ordinal) && l.Contains("b-karachi-daily.md", StringComparison.Ordinal));
        lines.ShouldNotContain(l => l.StartsWith("  unchanged ", StringComparison.Ordinal));
        run.Output.ShouldContain("  3 unchanged articles not listed (--verbose lists them)");

        // The progress lines (standard error, redirected here) name the one file read, not the three found unchanged.
        var progress = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith('[')).ToList();
        progress.Count.ShouldBe(1);
        progress[0].ShouldEndWith("b-karachi-daily.md: read");

        // The incident the article joined is listed with its conflicts; the others are counted.
        var report = CliRun.ReadReport(corpus.Reports);
        var incidents = report.GetProperty("incidents").EnumerateArray().ToList();
        var grown = incidents.Single(i => i.GetProperty("change").GetString() == "grew");
        lines.ShouldContain("  " + grown.GetProperty("label").GetString());
        var quiet = incidents.Count(i => i.GetProperty("change").GetString() == "unchanged"
            && i.GetProperty("conflicts").EnumerateArray().All(c => c.GetProperty("change").GetString() == "unchanged"));
        if (quiet > 0)
        {
            run.Output.ShouldContain($"  {quiet} unchanged incident{(quiet == 1 ? "" : "s")} not listed");
        }

        // --verbose lists everything, as a first run does.
        var verbose = CliRun.Of("analyze", corpus.Corpus, "--out", corpus.Reports, "--verbose");
        verbose.Output.Split('\n').Count(l => l.StartsWith("  unchanged ", StringComparison.Ordinal)).ShouldBe(4);
        verbose.Output.ShouldNotContain("not listed");
        foreach (var incident in CliRun.ReadReport(corpus.Reports).GetProperty("incidents").EnumerateArray())
        {
            verbose.Output.ShouldContain("  " + incident.GetProperty("label").GetString() + "\n");
        }
    }

    [Fact]
    public void A_changed_figure_shows_its_old_values()
    {
        using var corpus = new TempCorpus();
        FrontierBatches.Add(corpus, "c-", "d-");
        Run(corpus);
        corpus.Write("e-frontier-post.md", "---\ntitle: Second drone claim over Sialkot\npublished: 2024-05-19\n---\n\nSecond drone claim over Sialkot\n\n" +
            "Pakistan's army said on Saturday it had downed two Indian drones near Sialkot, not one.\n");

        var run = Run(corpus);

        // Pakistan's second count joins its first; India's stays.
        run.Output.ShouldContain("  figure changed: India's drones destroyed: now India: [0, 0]; Pakistan: [1, 1], [2, 2] (was: India: [0, 0]; Pakistan: [1, 1])");
        var report = CliRun.ReadReport(corpus.Reports);
        var changed = report.GetProperty("sinceLastRun").GetProperty("changedConflicts").EnumerateArray().Single();
        changed.GetProperty("id").GetString().ShouldBe(FrontierBatches.Conflict(report, "figure", "Sialkot").GetProperty("id").GetString());
        changed.GetProperty("previous").GetString().ShouldBe("India: [0, 0]; Pakistan: [1, 1]");
        Directory.GetFiles(corpus.Reports, "incident-*.html").Select(File.ReadAllText)
            .ShouldContain(t => t.Contains("Before this run: India: [0, 0]; Pakistan: [1, 1]", StringComparison.Ordinal));
    }

    [Fact]
    public void A_conflict_whose_account_went_away_is_listed_as_no_longer_found()
    {
        using var corpus = new TempCorpus();
        FrontierBatches.Add(corpus, "a-", "b-");
        Run(corpus);
        var blame = FrontierBatches.Conflict(CliRun.ReadReport(corpus.Reports), "blame", "Kupwara").GetProperty("summary").GetString()!;
        File.Delete(Path.Combine(corpus.Corpus, "b-karachi-daily.md"));

        var run = Run(corpus);

        run.Output.ShouldContain("  removed article: ");
        run.Output.ShouldContain($"  no longer found: {blame}");
        var gone = CliRun.ReadReport(corpus.Reports).GetProperty("sinceLastRun").GetProperty("goneConflicts");
        gone.EnumerateArray().Select(c => c.GetProperty("summary").GetString()).ShouldContain(blame);
    }

    private static CliRun Run(TempCorpus corpus)
    {
        var run = CliRun.Of("analyze", corpus.Corpus, "--out", corpus.Reports);
        run.ExitCode.ShouldBe(0, run.Error);
        return run;
    }
}
