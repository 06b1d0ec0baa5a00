using Contradictions.Tests.Support;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Reporting;

/// <summary>
/// A re-run renders and writes only the pages whose content changed; a page that went
/// missing, or whose template changed, is written again.
/// </summary>
public sealed class PageCacheTests
{
    [Fact]
    public void A_rerun_keeps_unchanged_pages_and_rewrites_the_index()
    {
        using var corpus = new TempCorpus().WithSeeds();
        Analyze(corpus);
        var page = Directory.GetFiles(corpus.Reports, "incident-*.html").Order(StringComparer.Ordinal).First();
        var article = Directory.GetFiles(corpus.Reports, "article-*.html").Order(StringComparer.Ordinal).First();
        var markdown = Directory.GetFiles(corpus.Reports, "incident-*.md").Order(StringComparer.Ordinal).First();
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in new[] { page, article, markdown, Path.Combine(corpus.Reports, "index.html") })
        {
            File.SetLastWriteTimeUtc(file, old);
        }

        Analyze(corpus);
        foreach (var file in new[] { page, article, markdown })
        {
            File.SetLastWriteTimeUtc(file, old);
        }

        Analyze(corpus);

        File.GetLastWriteTimeUtc(page).ShouldBe(old);
        File.GetLastWriteTimeUtc(article).ShouldBe(old);
        File.GetLastWriteTimeUtc(markdown).ShouldBe(old);
        File.GetLastWriteTimeUtc(Path.Combine(corpus.Reports, "index.html")).ShouldNotBe(old);
    }

    [Fact]
    public void A_first_run_marks_nothing_new_so_a_second_run_that_changes_nothing_keeps_every_incident_page()
    {
        using var corpus = new TempCorpus().WithSeeds();
        Analyze(corpus);
        var pages = Directory.GetFiles(corpus.Reports, "incident-*.html").Concat(Directory.GetFiles(corpus.Reports, "incident-*.md")).ToList();
        pages.ShouldNotBeEmpty();
        pages.ShouldAllBe(f => !File.ReadAllText(f).Contains("since last run"));
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in pages)
        {
            File.SetLastWriteTimeUtc(file, old);
        }

        Analyze(corpus);

        pages.ShouldAllBe(f => File.GetLastWriteTimeUtc(f) == old);
    }

    [Fact]
    public void A_missing_page_is_written_again()
    {
        using var corpus = new TempCorpus().WithSeeds();
        Analyze(corpus);
        var page = Directory.GetFiles(corpus.Reports, "incident-*.html").Order(StringComparer.Ordinal).First();
        var content = File.ReadAllText(page);
        File.Delete(page);

        Analyze(corpus);

        File.Exists(page).ShouldBeTrue();
        File.ReadAllText(page).Length.ShouldBeGreaterThan(content.Length / 2);
    }

    [Fact]
    public void A_changed_template_renders_every_page_with_it()
    {
        using var corpus = new TempCorpus().WithSeeds();
        Analyze(corpus);
        var templates = Path.Combine(corpus.Root, "templates");
        Directory.CreateDirectory(Path.Combine(templates, "html"));
        var shipped = File.ReadAllText(Path.Combine(RepoPaths.Root, "templates", "html", "article.hbs"));
        File.WriteAllText(Path.Combine(templates, "html", "article.hbs"), shipped.Replace("</body>", "<p>house style</p></body>", StringComparison.Ordinal));

        Analyze(corpus, "--templates", templates);

        Directory.GetFiles(corpus.Reports, "article-*.html").ShouldAllBe(f => File.ReadAllText(f).Contains("house style"));
    }

    private static void Analyze(TempCorpus corpus, params string[] extra)
    {
        var run = CliRun.Of(["analyze", corpus.Corpus, "--out", corpus.Reports, .. extra]);
        run.ExitCode.ShouldBe(0, run.Error);
    }
}
