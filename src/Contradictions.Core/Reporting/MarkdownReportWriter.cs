using Contradictions.Pipeline;

namespace Contradictions.Reporting;

/// <summary>Writes the Markdown report: <c>report.md</c> and one file per incident, for reading on GitHub.</summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    private readonly Lazy<ReportTemplates> _templates;

    /// <summary>Creates a writer that reads templates from <paramref name="templates"/> before the shipped ones.</summary>
    public MarkdownReportWriter(string? templates = null) =>
        _templates = new(() =>
        {
            // Compiled and rendered once with samples, on the thread Prepare starts.
            var compiled = ReportTemplates.Load("md", templates, ["report", "incident"], ["conflict"]);
            compiled.WarmUp("report", SampleViews.Report);
            compiled.WarmUp("incident", SampleViews.Incident);
            return compiled;
        });

    /// <inheritdoc />
    public void Prepare() => Task.Factory.StartNew(() => _templates.Value, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <inheritdoc />
    public string Format => "md";

    /// <inheritdoc />
    public IReadOnlyList<string> Write(AnalysisResult result, string outputDirectory, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(result);
        var views = new ReportViewBuilder(result, generatedAt, ".md");
        Directory.CreateDirectory(outputDirectory);
        var templates = _templates.Value;
        var written = new List<string> { HtmlReportWriter.WriteFile(outputDirectory, "report.md", templates.Render("report", views.Report())) };
        var pages = new PageCache(outputDirectory, Format, templates.Fingerprint);
        foreach (var incident in result.Incidents)
        {
            written.Add(pages.Write(views.IncidentFile(incident.Id), views.Incident(incident) with { GeneratedAt = "" },
                view => templates.Render("incident", view with { GeneratedAt = views.GeneratedAt })));
        }

        pages.Save();
        return written;
    }
}
