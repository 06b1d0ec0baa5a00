using Contradictions.Pipeline;

namespace Contradictions.Reporting;

/// <summary>
/// Writes the HTML report: <c>index.html</c>, one page per incident and one per article,
/// self-contained (inline style, no script, no request), readable from <c>file://</c>.
/// </summary>
public sealed class HtmlReportWriter : IReportWriter
{
    private readonly string? _templates;

    /// <summary>Creates a writer that reads templates from <paramref name="templates"/> before the shipped ones.</summary>
    public HtmlReportWriter(string? templates = null) => _templates = templates;

    /// <inheritdoc />
    public string Format => "html";

    /// <inheritdoc />
    public IReadOnlyList<string> Write(AnalysisResult result, string outputDirectory, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(result);
        var templates = ReportTemplates.Load("html", _templates, ["index", "incident", "article"], ["style", "conflict"]);
        var views = new ReportViewBuilder(result, generatedAt, ".html");
        Directory.CreateDirectory(outputDirectory);
        var written = new List<string> { WriteFile(outputDirectory, "index.html", templates.Render("index", views.Report())) };
        foreach (var incident in result.Incidents)
        {
            written.Add(WriteFile(outputDirectory, views.IncidentFile(incident.Id), templates.Render("incident", views.Incident(incident))));
        }

        foreach (var article in result.Articles)
        {
            written.Add(WriteFile(outputDirectory, views.ArticleFile(article.Article.Id), templates.Render("article", views.Article(article))));
        }

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
