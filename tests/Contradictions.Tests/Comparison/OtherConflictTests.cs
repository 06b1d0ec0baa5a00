using Contradictions.Comparison;
using Contradictions.Pipeline;
using Contradictions.Tests.Support;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Comparison;

/// <summary>
/// The rules built on the seeds, on another conflict the tool was never tuned on
/// (<c>Cases/Corpora/frontier</c>: two India–Pakistan frontier incidents, four articles from
/// both sides, no parties file): two incidents apart, and the blame, denials and figures an
/// analyst would flag.
/// </summary>
public sealed class OtherConflictTests : IClassFixture<OtherConflictTests.Run>
{
    private readonly AnalysisResult _result;

    public OtherConflictTests(Run run) => _result = run.Result;

    [Fact]
    public void The_two_incidents_come_out_apart()
    {
        _result.Incidents.Length.ShouldBe(2);
        Articles(Kupwara()).ShouldBe(["a-delhi-wire.md", "b-karachi-daily.md"]);
        Articles(Sialkot()).ShouldBe(["c-observer.md", "d-capital-times.md"]);
    }

    [Fact]
    public void Each_side_blames_the_other_for_the_shelling()
    {
        var blame = Kupwara().Conflicts.Single(c => c.Kind == ConflictKind.Blame);
        blame.Accounts.Select(a => a.Party).ShouldBe(["India", "Pakistan"]);
        blame.Severity.ShouldBe(Severity.Contradiction);
    }

    [Fact]
    public void The_denial_of_firing_on_civilians_answers_the_accusation()
    {
        var denial = Kupwara().Conflicts.Single(c => c.Kind == ConflictKind.Denial);
        denial.Accounts.Single(a => a.Party == "Pakistan").Claims.ShouldContain(c => c.Text.Contains("denied that its troops had fired on civilian areas"));
        denial.Accounts.Single(a => a.Party == "India").Claims.ShouldContain(c => c.Text.Contains("civilian homes"));
    }

    [Fact]
    public void A_drone_shot_down_and_no_drone_lost_cannot_both_be_true()
    {
        var figure = Sialkot().Conflicts.Single(c => c.Kind == ConflictKind.Figure);
        figure.Severity.ShouldBe(Severity.Contradiction);
        figure.Quantity.ShouldBe("India's drones destroyed");
        figure.Why.ShouldContain("[0, 0] (India)");
        figure.Why.ShouldContain("disjoint");
        Sialkot().Conflicts.ShouldContain(c => c.Kind == ConflictKind.Denial && c.Summary.Contains("violated the border"));
    }

    [Fact]
    public void Background_about_another_year_is_in_no_conflict()
    {
        _result.Incidents.SelectMany(i => i.Conflicts).SelectMany(c => c.Accounts).SelectMany(a => a.Claims)
            .ShouldNotContain(c => c.Text.Contains("In 2019"));
    }

    private Contradictions.Grouping.Incident Kupwara() => _result.Incidents.Single(i => i.Places.Contains("Kupwara"));

    private Contradictions.Grouping.Incident Sialkot() => _result.Incidents.Single(i => i.Places.Contains("Sialkot"));

    private List<string> Articles(Contradictions.Grouping.Incident incident) =>
        [.. incident.Articles.Select(id => Path.GetFileName(_result.Articles.Single(a => a.Article.Id == id).Article.Path)).Order(StringComparer.Ordinal)];

    /// <summary>One run of the pipeline over the frontier corpus.</summary>
    public sealed class Run() : CaseCorpusRun("frontier");
}
