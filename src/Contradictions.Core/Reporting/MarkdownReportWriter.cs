using Contradictions.Pipeline;

namespace Contradictions.Reporting;

/// <summary>Writes the Markdown report: <c>report.md</c> and one file per incident, for reading on GitHub.</summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    private readonly string? _templates;

    /// <summary>Creates a writer that reads templates from <paramref name="templates"/> before the shipped ones.</summary>
    public MarkdownReportWriter(string? templates = null) => _templates = templates;

    /// <inheritdoc />
    public string Format => "md";

    /// <inheritdoc />
    public IReadOnlyList<string> Write(AnalysisResult result, string outputDirectory, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(result);
        var templates = ReportTemplates.Load("md", _templates, ["report", "incident"], ["conflict"]);
        var views = new ReportViewBuilder(result, generatedAt, ".md");
        Directory.CreateDirectory(outputDirectory);
        var written = new List<string> { HtmlReportWriter.WriteFile(outputDirectory, "report.md", templates.Render("report", views.Report())) };
        foreach (var incident in result.Incidents)
        {
            written.Add(HtmlReportWriter.WriteFile(outputDirectory, views.IncidentFile(incident.Id), templates.Render("incident", views.Incident(incident))));
        }

        return written;
    }
}
