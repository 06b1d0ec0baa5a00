using Contradictions.Comparison;
using Contradictions.Pipeline;
using Contradictions.Tests.Support;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Comparison;

/// <summary>
/// The rules on a third conflict and another kind of incident (<c>Cases/Corpora/dam</c>: a dam
/// breach each side blames on the other, four articles, no parties file): what an analyst
/// would flag, and no claim put in the wrong mouth.
/// </summary>
public sealed class DamBreachTests : IClassFixture<DamBreachTests.Run>
{
    private readonly Run _run;
    private readonly AnalysisResult _result;

    public DamBreachTests(Run run) => (_run, _result) = (run, run.Result);

    private Contradictions.Grouping.Incident Incident => _result.Incidents.Single();

    [Fact]
    public void The_four_articles_tell_one_incident()
    {
        _result.Incidents.Length.ShouldBe(1);
        Incident.Articles.Length.ShouldBe(4);
    }

    [Fact]
    public void Each_side_says_the_other_destroyed_the_dam()
    {
        var blame = Incident.Conflicts.Single(c => c.Kind == ConflictKind.Blame);
        blame.Severity.ShouldBe(Severity.Contradiction);
        blame.Accounts.Select(a => a.Party).Order(StringComparer.Ordinal).ShouldBe(["Russia", "Ukraine"]);
        blame.Summary.ShouldContain("Ukraine says Russia caused the destruction");
        blame.Summary.ShouldContain("Russia says Ukraine caused the destruction");
    }

    [Fact]
    public void Russia_denies_blowing_up_the_dam()
    {
        var denial = Incident.Conflicts.Single(c => c.Kind == ConflictKind.Denial && c.Summary == "Ukraine says Russia caused the destruction; Russia denies it");
        denial.Accounts.Single(a => a.Party == "Russia").Claims.ShouldContain(c => c.Text.Contains("denied that its forces had blown up the dam"));
    }

    [Fact]
    public void The_toll_of_the_town_the_two_sides_give_cannot_both_be_true()
    {
        var figure = Incident.Conflicts.Single(c => c.Kind == ConflictKind.Figure);
        figure.Severity.ShouldBe(Severity.Contradiction);
        figure.Quantity.ShouldBe("people killed in Nova Kakhovka");
        figure.Why.ShouldContain("[5, 5] (Russia)");
        figure.Why.ShouldContain("[8, ∞] (Ukraine)");
    }

    [Fact]
    public void A_second_speaker_in_one_sentence_gets_their_own_claims()
    {
        // "Ukraine said Russia had blown up the dam from the inside, while Russia said Ukrainian strikes had destroyed it."
        var claims = _run.ClaimsOf("c-observer.md", "while Russia said");
        claims.Single(c => c.Accusation?.Actor == "Russia").Attribution.Party.ShouldBe("Ukraine");
        claims.Single(c => c.Accusation?.Actor == "Ukraine").Attribution.Party.ShouldBe("Russia");

        // "… said five people had died in Nova Kakhovka, while Ukrainian officials put the toll in the town at eight or more."
        var tolls = _run.ClaimsOf("d-capital-times.md", "put the toll").Where(c => c.Figure is not null).ToList();
        tolls.Single(c => c.Figure!.Value.Low == 5).Attribution.Party.ShouldBe("Russia");
        tolls.Single(c => c.Figure!.Value.Low == 8).Attribution.Party.ShouldBe("Ukraine");
    }

    [Fact]
    public void No_side_is_made_to_accuse_itself()
    {
        var claims = _result.Articles.SelectMany(a => a.Claims).SelectMany(s => s.Claims).Where(c => c.Accusation is not null).ToList();
        claims.ShouldNotBeEmpty();
        claims.ShouldNotContain(c => c.Accusation!.Actor != null && c.Accusation.Actor == c.Attribution.Party);
    }

    [Fact]
    public void Unaffiliated_engineers_and_lost_water_are_no_one_s_claims_or_deaths()
    {
        _run.ClaimsOf("c-observer.md", "Engineers consulted").ShouldBeEmpty();
        _run.SentenceOf("c-observer.md", "Engineers consulted").Attribution.Party.ShouldBeNull();
        _run.ClaimsOf("c-observer.md", "lost access").Single().Figure!.Outcome.ShouldBeNull();
    }

    /// <summary>One run of the pipeline over the dam corpus.</summary>
    public sealed class Run() : CaseCorpusRun("dam");
}
