using Contradictions.Tests.Support;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Pipeline;

/// <summary>A re-run reads only what changed, and never loses what the state holds.</summary>
public sealed class IncrementalRunTests
{
    [Fact]
    public void Second_run_reports_every_article_unchanged_and_reads_no_file()
    {
        using var corpus = new TempCorpus().WithSeeds();
        var first = CliRun.Of("analyze", corpus.Corpus, "--out", corpus.Reports);
        first.ExitCode.ShouldBe(0, first.Error);
        var firstReport = CliRun.ReadReport(corpus.Reports);
        firstReport.Summary("new").ShouldBe(5);
        firstReport.Summary("filesRead").ShouldBe(5);

        var second = CliRun.Of("analyze", corpus.Corpus, "--out", corpus.Reports);
        second.ExitCode.ShouldBe(0, second.Error);
        var report = CliRun.ReadReport(corpus.Reports);
        report.Summary("unchanged").ShouldBe(5);
        report.Summary("filesRead").ShouldBe(0);
        report.Summary("articlesProcessed").ShouldBe(0);
        foreach (var article in report.GetProperty("articles").EnumerateArray())
        {
            article.GetProperty("status").GetString().ShouldBe("unchanged");
        }

        // What the state gives back is what the first run produced.
        report.Summary("sentences").ShouldBe(firstReport.Summary("sentences"));
        report.Article("003_a75e341ada16df4e.txt").GetProperty("warnings").GetArrayLength()
            .ShouldBe(firstReport.Article("003_a75e341ada16df4e.txt").GetProperty("warnings").GetArrayLength());
    }

    [Fact]
    public void Editing_one_file_reprocesses_only_that_file()
    {
        using var corpus = new TempCorpus().WithSeeds();
        CliRun.Of("analyze", corpus.Corpus, "--out", corpus.Reports).ExitCode.ShouldBe(0);
        var edited = Path.Combine(corpus.Corpus, "001_d8997e150fd24221.txt");
        File.AppendAllText(edited, "\n\nA later update said the shelling had stopped by the evening.\n");

        var run = CliRun.Of("analyze", corpus.Corpus, "--out", corpus.Reports);

        run.ExitCode.ShouldBe(0, run.Error);
        var report = CliRun.ReadReport(corpus.Reports);
        report.Summary("filesRead").ShouldBe(1);
        report.Summary("articlesProcessed").ShouldBe(1);
        report.Status("001_d8997e150fd24221.txt").ShouldBe("changed");
        report.Summary("unchanged").ShouldBe(4);
        report.Summary("removed").ShouldBe(0);
    }

    [Fact]
    public void Touching_a_file_without_changing_it_keeps_it_unchanged()
    {
        using var corpus = new TempCorpus().WithSeeds();
        CliRun.Of("analyze", corpus.Corpus, "--out", corpus.Reports).ExitCode.ShouldBe(0);
        var touched = Path.Combine(corpus.Corpus, "002_37305f08884328e6.txt");
        File.SetLastWriteTimeUtc(touched, DateTime.UtcNow.AddMinutes(5));

        CliRun.Of("analyze", corpus.Corpus, "--out", corpus.Reports).ExitCode.ShouldBe(0);

        var report = CliRun.ReadReport(corpus.Reports);
        report.Summary("filesRead").ShouldBe(1);
        report.Summary("articlesProcessed").ShouldBe(0);
        report.Status("002_37305f08884328e6.txt").ShouldBe("unchanged");
    }

    [Fact]
    public void A_renamed_file_keeps_its_identity()
    {
        using var corpus = new TempCorpus().WithSeeds();
        CliRun.Of("analyze", corpus.Corpus, "--out", corpus.Reports).ExitCode.ShouldBe(0);
        var id = CliRun.ReadReport(corpus.Reports).Article("004_fcb873a6b0e3fe5f.txt").GetProperty("id").GetString();
        File.Move(Path.Combine(corpus.Corpus, "004_fcb873a6b0e3fe5f.txt"), Path.Combine(corpus.Corpus, "archive-004.txt"));

        CliRun.Of("analyze", corpus.Corpus, "--out", corpus.Reports).ExitCode.ShouldBe(0);

        var report = CliRun.ReadReport(corpus.Reports);
        var moved = report.Article("archive-004.txt");
        moved.GetProperty("id").GetString().ShouldBe(id);
        moved.GetProperty("status").GetString().ShouldBe("unchanged");
        report.Summary("removed").ShouldBe(0);
        report.Summary("articlesProcessed").ShouldBe(0);
    }

    [Fact]
    public void A_deleted_file_is_marked_removed_not_forgotten()
    {
        using var corpus = new TempCorpus().WithSeeds();
        CliRun.Of("analyze", corpus.Corpus, "--out", corpus.Reports).ExitCode.ShouldBe(0);
        File.Delete(Path.Combine(corpus.Corpus, "000_e9f41488b8fbab6a.txt"));

        CliRun.Of("analyze", corpus.Corpus, "--out", corpus.Reports).ExitCode.ShouldBe(0);

        var report = CliRun.ReadReport(corpus.Reports);
        report.Summary("articles").ShouldBe(4);
        report.Summary("removed").ShouldBe(1);
        var removed = report.GetProperty("removedArticles").EnumerateArray().Single();
        removed.GetProperty("path").GetString()!.ShouldEndWith("/000_e9f41488b8fbab6a.txt");

        // Put back, it is recognised by its content and nothing is read twice over.
        File.Copy(Path.Combine(RepoPaths.SeedCorpus, "000_e9f41488b8fbab6a.txt"), Path.Combine(corpus.Corpus, "000_e9f41488b8fbab6a.txt"));
        CliRun.Of("analyze", corpus.Corpus, "--out", corpus.Reports).ExitCode.ShouldBe(0);
        CliRun.ReadReport(corpus.Reports).Summary("articles").ShouldBe(5);
    }

    [Fact]
    public void A_copy_of_an_article_is_analysed_once_with_a_warning()
    {
        using var corpus = new TempCorpus().WithSeeds();
        File.Copy(Path.Combine(corpus.Corpus, "003_a75e341ada16df4e.txt"), Path.Combine(corpus.Corpus, "zz-copy.txt"));

        var run = CliRun.Of("analyze", corpus.Corpus, "--out", corpus.Reports);

        run.ExitCode.ShouldBe(0, run.Error);
        run.ErrorLines.ShouldContain(l => l.Contains("zz-copy.txt") && l.Contains("IN008") && l.Contains("003_a75e341ada16df4e.txt"));
        CliRun.ReadReport(corpus.Reports).Summary("articles").ShouldBe(5);
    }

    [Fact]
    public void The_state_lives_in_the_corpus_unless_told_otherwise()
    {
        using var corpus = new TempCorpus().WithSeeds();
        var elsewhere = Path.Combine(corpus.Root, "custom", "mine.db");

        CliRun.Of("analyze", corpus.Corpus, "--out", corpus.Reports).ExitCode.ShouldBe(0);
        CliRun.Of("analyze", corpus.Corpus, "--out", corpus.Reports, "--state", elsewhere).ExitCode.ShouldBe(0);

        File.Exists(corpus.StatePath).ShouldBeTrue();
        File.Exists(elsewhere).ShouldBeTrue();
        // A fresh state file knows nothing: everything is new to it.
        CliRun.ReadReport(corpus.Reports).Summary("new").ShouldBe(5);
    }
}
