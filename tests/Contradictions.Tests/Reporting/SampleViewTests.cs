using Contradictions.Reporting;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Reporting;

/// <summary>
/// The writers render a sample of each view once while the corpus is analysed, so the first
/// real page renders fast. The samples must reach every part of the shipped templates: an
/// item in every list, every flag set. A sample that stopped fitting would be dropped silently
/// by the warm-up; here it fails.
/// </summary>
public sealed class SampleViewTests
{
    [Theory]
    [InlineData("html", "index")]
    [InlineData("html", "incident")]
    [InlineData("html", "article")]
    [InlineData("md", "report")]
    [InlineData("md", "incident")]
    public void Each_sample_renders_with_the_shipped_templates_and_reaches_its_lists(string format, string page)
    {
        var templates = format == "html"
            ? ReportTemplates.Load("html", null, ["index", "incident", "article"], ["style", "conflict"])
            : ReportTemplates.Load("md", null, ["report", "incident"], ["conflict"]);
        object sample = page switch
        {
            "index" or "report" => SampleViews.Report,
            "incident" => SampleViews.Incident,
            _ => SampleViews.Article,
        };

        var text = templates.Render(page, sample);

        // A list item of each sample shows in its page: the lists were walked, not skipped.
        var expected = page switch
        {
            "index" or "report" => "corpus/a.md",
            "incident" => "killed: 2 vs 5",
            _ => "Officials said the strike killed 3 people.",
        };
        text.ShouldContain(expected);
    }
}
