using Markdig;
using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Browser;

/// <summary>
/// The HTML report read in a real headless Chromium from <c>file://</c>: it works without
/// script or network, a reader can go from a conflict to the source sentence, the accounts
/// stand side by side with their figures marked, it fits a phone's width, and article text
/// never runs.
/// </summary>
public sealed class ReportBrowserTests : IClassFixture<ReportBrowserFixture>
{
    private readonly ReportBrowserFixture _fixture;

    public ReportBrowserTests(ReportBrowserFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task The_index_lists_incidents_and_articles_with_no_error_and_no_request()
    {
        var (page, problems) = await _fixture.OpenAsync();
        await page.GotoAsync(_fixture.FileUrl("index.html"));

        (await page.Locator("#incidents ~ .table-wrap tbody tr").CountAsync()).ShouldBeGreaterThanOrEqualTo(3);
        (await page.Locator("#articles ~ .table-wrap tbody tr").CountAsync()).ShouldBe(6);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(_fixture.ScreenshotDirectory, "index-desktop.png"), FullPage = true });
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_conflict_links_to_its_source_sentence()
    {
        var (page, problems) = await _fixture.OpenAsync();
        await page.GotoAsync(_fixture.FileUrl("index.html"));
        await page.Locator("a", new PageLocatorOptions { HasText = "Stepanakert" }).First.ClickAsync();

        var evidence = page.Locator("#contradictions ~ .conflict blockquote a").First;
        var source = await evidence.TextContentAsync();
        await evidence.ClickAsync();

        page.Url.ShouldContain("article-");
        var hash = new Uri(page.Url).Fragment;
        hash.ShouldStartWith("#s");
        var target = page.Locator(hash);
        (await target.CountAsync()).ShouldBe(1);
        source.ShouldNotBeNull().ShouldContain("sentence " + hash[2..]);
        (await target.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor")).ShouldNotBe("rgba(0, 0, 0, 0)");
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_accounts_stand_side_by_side_with_figures_marked()
    {
        var (page, problems) = await _fixture.OpenAsync();
        await page.GotoAsync(_fixture.FileUrl("index.html"));
        await page.Locator("a", new PageLocatorOptions { HasText = "Stepanakert" }).First.ClickAsync();

        var columns = page.Locator(".columns > .column");
        (await columns.CountAsync()).ShouldBeGreaterThanOrEqualTo(2);
        var first = await columns.Nth(0).BoundingBoxAsync();
        var second = await columns.Nth(1).BoundingBoxAsync();
        second!.Y.ShouldBe(first!.Y, 1, "the first two parties' columns stand side by side on a desktop screen");
        second.X.ShouldBeGreaterThan(first.X);

        var marks = await page.Locator(".conflict mark").AllTextContentsAsync();
        marks.ShouldContain("two helicopters");
        marks.ShouldContain("one military helicopter");
        (await page.Locator(".conflict.contradiction .why").AllTextContentsAsync()).ShouldContain(why => why.StartsWith("figure:", StringComparison.Ordinal));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(_fixture.ScreenshotDirectory, "incident-desktop.png"), FullPage = true });
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task On_a_phone_the_columns_stack_and_nothing_overflows()
    {
        var (page, problems) = await _fixture.OpenAsync(width: 390, height: 844);
        await page.GotoAsync(_fixture.FileUrl("index.html"));
        await page.Locator("a", new PageLocatorOptions { HasText = "Stepanakert" }).First.ClickAsync();

        var columns = page.Locator(".columns > .column");
        var first = await columns.Nth(0).BoundingBoxAsync();
        var second = await columns.Nth(1).BoundingBoxAsync();
        second!.Y.ShouldBeGreaterThan(first!.Y, "columns stack on a narrow screen");
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        overflow.ShouldBeFalse("the incident page is wider than the phone");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(_fixture.ScreenshotDirectory, "incident-phone.png"), FullPage = true });
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Hostile_article_text_stays_inert_text()
    {
        var article = Directory.GetFiles(_fixture.Reports, "article-*.html")
            .Single(f => File.ReadAllText(f).Contains("Protest turns violent", StringComparison.Ordinal));
        foreach (var name in new[] { Path.GetFileName(article), "index.html" }.Concat(Directory.GetFiles(_fixture.Reports, "incident-*.html").Select(Path.GetFileName)))
        {
            var (page, problems) = await _fixture.OpenAsync();
            await page.GotoAsync(_fixture.FileUrl(name!));

            (await page.EvaluateAsync<bool>("() => window.pwned === undefined")).ShouldBeTrue(name);
            (await page.Locator("script").CountAsync()).ShouldBe(0, name);
            (await page.Locator("img").CountAsync()).ShouldBe(0, name);
            (await page.Locator("a[href^='javascript']").CountAsync()).ShouldBe(0, name);
            problems.ShouldBeEmpty(name);
        }

        var (articlePage, _) = await _fixture.OpenAsync();
        await articlePage.GotoAsync(_fixture.FileUrl(Path.GetFileName(article)));
        var text = await articlePage.Locator("main").InnerTextAsync();
        text.ShouldContain("<script>window.pwned = 1</script>");
        text.ShouldContain("<img src=x onerror=\"window.pwned = 2\">");
    }

    [Fact]
    public async Task Hostile_article_text_stays_inert_in_the_markdown_report_rendered_in_the_browser()
    {
        var markdown = Directory.GetFiles(_fixture.Reports, "incident-*.md").Select(File.ReadAllText)
            .Single(t => t.Contains("Protest turns violent", StringComparison.Ordinal));
        var html = Markdown.ToHtml(markdown, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());
        var file = Path.Combine(_fixture.Reports, "rendered-markdown.html");
        await File.WriteAllTextAsync(file, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + html + "</body></html>");

        var (page, problems) = await _fixture.OpenAsync();
        await page.GotoAsync(_fixture.FileUrl("rendered-markdown.html"));

        (await page.EvaluateAsync<bool>("() => window.pwned === undefined")).ShouldBeTrue();
        (await page.Locator("script").CountAsync()).ShouldBe(0);
        (await page.Locator("img").CountAsync()).ShouldBe(0);
        (await page.Locator("a[href^='javascript']").CountAsync()).ShouldBe(0);
        (await page.Locator("body").InnerTextAsync()).ShouldContain("<script>window.pwned = 1</script>");
        problems.ShouldBeEmpty();
    }
}
