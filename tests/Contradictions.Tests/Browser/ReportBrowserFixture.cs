using Contradictions.Tests.Support;
using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Browser;

/// <summary>
/// Writes the reports of the seed corpus plus a hostile article with the real command, and
/// starts Debian's Chromium headless through Playwright (its own browser download cannot work
/// on these machines). Shared by the browser tests of one class.
/// </summary>
public sealed class ReportBrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Written in the style of a scraped page that carries an attack in its text.</summary>
    public const string HostileArticle =
        "Protest turns violent outside ministry <script>window.pwned = 1</script>\n\n" +
        "Police said on Tuesday that 12 officers were wounded when protesters stormed the ministry gates <img src=x onerror=\"window.pwned = 2\">.\n\n" +
        "Organisers denied the claim and posted a link [see the video](javascript:window.pwned=3) and <a href=\"javascript:window.pwned=4\">this page</a>.\n\n" +
        "A statement read **bold claims** | a | table | and # not a heading, with `code` and ![image](http://tracker.invalid/pixel.png).\n";

    private IPlaywright? _playwright;

    public TempCorpus Corpus { get; } = new TempCorpus().WithSeeds();

    public IBrowser Browser { get; private set; } = null!;

    public string Reports => Corpus.Reports;

    public string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        File.Copy(Path.Combine(RepoPaths.SeedCorpus, "parties.yml"), Path.Combine(Corpus.Corpus, "parties.yml"));
        Corpus.Write("zz-hostile.txt", HostileArticle);
        var run = CliRun.Of("analyze", Corpus.Corpus, "--out", Corpus.Reports, "--format", "html,md,json");
        run.ExitCode.ShouldBe(0, run.Error);
        Directory.CreateDirectory(ScreenshotDirectory);

        File.Exists(ChromiumPath).ShouldBeTrue($"{ChromiumPath} is missing: ./test.sh installs Debian's chromium for these tests");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A new page at the given viewport width that records console errors and every non-file request.</summary>
    public async Task<(IPage Page, List<string> Problems)> OpenAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add("console error: " + message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add("page error: " + error);
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith("file://", StringComparison.Ordinal))
            {
                problems.Add("network request: " + request.Url);
            }
        };
        page.Dialog += (_, dialog) => problems.Add("dialog: " + dialog.Message);
        return (page, problems);
    }

    public string FileUrl(string name) => new Uri(Path.Combine(Reports, name)).AbsoluteUri;

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        Corpus.Dispose();
    }
}
