using Contradictions.Claims;
using Contradictions.Comparison;
using Contradictions.Pipeline;
using Contradictions.Tests.Support;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Comparison;

/// <summary>
/// The rules on border shelling between two states (<c>Cases/Corpora/temple</c>, no parties
/// file): the blame, the denial of firing at civilians, and who killed the civilians.
/// </summary>
public sealed class BorderShellingTests : IClassFixture<BorderShellingTests.Run>
{
    private readonly Run _run;
    private readonly AnalysisResult _result;

    public BorderShellingTests(Run run) => (_run, _result) = (run, run.Result);

    [Fact]
    public void Each_side_blames_the_other_and_the_denial_answers_the_civilian_deaths()
    {
        var incident = _result.Incidents.Single();
        incident.Conflicts.Single(c => c.Kind == ConflictKind.Blame).Accounts.Select(a => a.Party).Order(StringComparer.Ordinal)
            .ShouldBe(["Cambodia", "Thailand"]);
        var denial = incident.Conflicts.Single(c => c.Kind == ConflictKind.Denial);
        denial.Summary.ShouldBe("Thailand says Cambodia targeted civilians; Cambodia denies it");
        denial.Accounts.Single(a => a.Party == "Thailand").Claims.ShouldContain(c => c.Text.Contains("killing 11 civilians"));
    }

    [Fact]
    public void The_civilians_were_killed_by_those_who_fired_the_rockets()
    {
        // "… Cambodian troops fired BM-21 rockets into Thai territory, killing 11 civilians, …"
        var claims = _run.SentenceOf("a-bangkok-wire.md", "fired BM-21 rockets").Claims;
        claims.Where(c => c.Accusation is not null).Select(c => c.Accusation!.Actor).ShouldAllBe(actor => actor == "Cambodia");
        claims.ShouldContain(c => c.Accusation != null && c.Accusation.Act == ActKind.Killing);
    }

    [Fact]
    public void A_toll_given_as_the_number_of_people_killed_is_read()
    {
        var figure = _run.SentenceOf("c-regional-desk.md", "the number of people killed").Claims.Single(c => c.Figure is not null).Figure!;
        figure.Outcome.ShouldBe("killed");
        figure.Value.Low.ShouldBe(15);
    }

    /// <summary>One run of the pipeline over the temple corpus.</summary>
    public sealed class Run() : CaseCorpusRun("temple");
}
