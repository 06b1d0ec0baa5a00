using Contradictions.Tests.Browser;
using Contradictions.Tests.Support;
using Markdig;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Reporting;

/// <summary>Article text in the Markdown report renders as the characters it is: no tag, no link, no image, no emphasis it did not have.</summary>
public sealed class MarkdownSafetyTests
{
    [Fact]
    public void Hostile_article_text_is_inert_in_the_markdown_report()
    {
        using var corpus = new TempCorpus();
        corpus.Write("hostile.txt", ReportBrowserFixture.HostileArticle);
        corpus.Write("other.txt", "Ministry gates repaired after protest\n\nWorkers repaired the ministry gates on Wednesday, police said.\n");
        var run = CliRun.Of("analyze", corpus.Corpus, "--out", corpus.Reports, "--format", "md");
        run.ExitCode.ShouldBe(0, run.Error);

        foreach (var file in Directory.GetFiles(corpus.Reports, "*.md"))
        {
            var markdown = File.ReadAllText(file);
            markdown.ShouldNotContain("<script>");
            markdown.ShouldNotContain("<img");
            var html = Markdown.ToHtml(markdown, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());
            html.ShouldNotContain("<script", Case.Insensitive);
            html.ShouldNotContain("<img", Case.Insensitive);
            html.ShouldNotContain("href=\"javascript", Case.Insensitive);
        }

        var incident = Directory.GetFiles(corpus.Reports, "incident-*.md")
            .Select(File.ReadAllText).Single(t => t.Contains("Protest turns violent", StringComparison.Ordinal));
        var rendered = Markdown.ToHtml(incident, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());
        rendered.ShouldContain("&lt;script&gt;");
    }
}
