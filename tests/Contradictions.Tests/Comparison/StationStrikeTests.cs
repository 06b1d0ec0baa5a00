using Contradictions.Claims;
using Contradictions.Comparison;
using Contradictions.Pipeline;
using Contradictions.Tests.Support;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Comparison;

/// <summary>
/// The rules on a missile strike each side pins on the other (<c>Cases/Corpora/station</c>,
/// no parties file): a weapon as the subject of the act, and the denial that answers it.
/// </summary>
public sealed class StationStrikeTests : IClassFixture<StationStrikeTests.Run>
{
    private readonly Run _run;
    private readonly AnalysisResult _result;

    public StationStrikeTests(Run run) => (_run, _result) = (run, run.Result);

    [Fact]
    public void A_missile_that_hit_is_an_attack_by_whose_missile_it_was()
    {
        _run.SentenceOf("a-kyiv-wire.md", "A Russian missile hit").Claims
            .ShouldContain(c => c.Accusation != null && c.Accusation.Actor == "Russia" && c.Accusation.Act == ActKind.Attack);
        _run.SentenceOf("b-moscow-daily.md", "Tochka-U missile").Claims
            .ShouldContain(c => c.Accusation != null && c.Accusation.Actor == "Ukraine" && c.Accusation.Act == ActKind.Attack);
    }

    [Fact]
    public void Each_side_blames_the_other_and_russia_denies_the_strike()
    {
        var incident = _result.Incidents.Single();
        incident.Conflicts.Single(c => c.Kind == ConflictKind.Blame).Summary.ShouldContain("Russia says Ukraine provoked, attacked");
        incident.Conflicts.Single(c => c.Kind == ConflictKind.Denial).Summary.ShouldBe("Ukraine says Russia attacked; Russia denies it");
    }

    [Fact]
    public void The_two_sides_tolls_of_the_strike_contradict_each_other()
    {
        // "50 people were killed" (Ukraine's prosecutor general) and "39 people had died"
        // (Russian officials) name no owner and no place: each side's toll of the strike itself.
        var toll = _result.Incidents.Single().Conflicts.Single(c => c.Kind == ConflictKind.Figure);
        toll.Severity.ShouldBe(Severity.Contradiction);
        toll.Summary.ShouldBe("people killed in this incident: [39, 39] (Russia) vs [50, 50] (Ukraine)");
    }

    /// <summary>One run of the pipeline over the station corpus.</summary>
    public sealed class Run() : CaseCorpusRun("station");
}
