using Contradictions.Pipeline;

namespace Contradictions.Reporting;

/// <summary>
/// Writes the HTML report: <c>index.html</c>, one page per incident and one per article,
/// self-contained (inline style, no script, no request), readable from <c>file://</c>.
/// </summary>
public sealed class HtmlReportWriter : IReportWriter
{
    private readonly Lazy<ReportTemplates> _templates;

    /// <summary>Creates a writer that reads templates from <paramref name="templates"/> before the shipped ones.</summary>
    public HtmlReportWriter(string? templates = null) =>
        _templates = new(() =>
        {
            // Compiled and rendered once with samples, on the thread Prepare starts.
            var compiled = ReportTemplates.Load("html", templates, ["index", "incident", "article"], ["style", "conflict"]);
            compiled.WarmUp("index", SampleViews.Report);
            compiled.WarmUp("incident", SampleViews.Incident);
            compiled.WarmUp("article", SampleViews.Article);
            return compiled;
        });

    /// <inheritdoc />
    public void Prepare() => Task.Factory.StartNew(() => _templates.Value, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <inheritdoc />
    public string Format => "html";

    /// <inheritdoc />
    public IReadOnlyList<string> Write(AnalysisResult result, string outputDirectory, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(result);
        var views = new ReportViewBuilder(result, generatedAt, ".html");
        Directory.CreateDirectory(outputDirectory);
        var templates = _templates.Value;
        var written = new List<string> { WriteFile(outputDirectory, "index.html", templates.Render("index", views.Report())) };
        var pages = new PageCache(outputDirectory, Format, templates.Fingerprint);
        foreach (var incident in result.Incidents)
        {
            written.Add(pages.Write(views.IncidentFile(incident.Id), views.Incident(incident) with { GeneratedAt = "" },
                view => templates.Render("incident", view with { GeneratedAt = views.GeneratedAt })));
        }

        foreach (var article in result.Articles)
        {
            written.Add(pages.Write(views.ArticleFile(article.Article.Id), views.Article(article) with { GeneratedAt = "" },
                view => templates.Render("article", view with { GeneratedAt = views.GeneratedAt })));
        }

        pages.Save();
        return written;
    }

    /// <summary>Writes one file inside <paramref name="directory"/>; a name that would leave it is refused.</summary>
    internal static string WriteFile(string directory, string name, string content)
    {
        var root = Path.GetFullPath(directory);
        var path = Path.GetFullPath(Path.Combine(root, name));
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"report file name '{name}' would leave the output folder", nameof(name));
        }

        var temporary = path + ".tmp";
        File.WriteAllText(temporary, content);
        File.Move(temporary, path, overwrite: true);
        return path;
    }
}
