using Contradictions.Claims;
using Contradictions.Comparison;
using Contradictions.Pipeline;
using Contradictions.Tests.Support;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Comparison;

/// <summary>
/// The rules on a border clash between two states (<c>Cases/Corpora/valley</c>, no parties
/// file): the blame, a spokesman speaking for the ministry named before him, and a figure a
/// speaker denies never counted as theirs.
/// </summary>
public sealed class BorderBrawlTests : IClassFixture<BorderBrawlTests.Run>
{
    private readonly Run _run;
    private readonly AnalysisResult _result;

    public BorderBrawlTests(Run run) => (_run, _result) = (run, run.Result);

    [Fact]
    public void Each_side_blames_the_other_and_china_puts_the_responsibility_with_india()
    {
        var clash = _result.Incidents.Single(i => i.Articles.Length == 2);
        var blame = clash.Conflicts.Single(c => c.Kind == ConflictKind.Blame);
        blame.Severity.ShouldBe(Severity.Contradiction);
        blame.Accounts.Single(a => a.Party == "China").Claims.ShouldContain(c => c.Text.Contains("responsibility for the clash lay entirely with India"));
    }

    [Fact]
    public void A_spokesman_of_the_ministry_named_before_speaks_for_its_state()
    {
        var said = _run.SentenceOf("b-beijing-herald.md", "Foreign ministry spokesman Zhao Lijian said");
        said.Attribution.Party.ShouldBe("China");
        said.Claims.ShouldContain(c => c.Accusation != null && c.Accusation.Actor == "India" && c.Accusation.Act == ActKind.Started);
    }

    [Fact]
    public void A_figure_the_speaker_denies_is_not_their_claim()
    {
        // "Zhao declined to give a figure for Chinese casualties and denied reports that dozens of Chinese soldiers had been killed."
        var denied = _run.SentenceOf("b-beijing-herald.md", "denied reports that dozens");
        denied.Attribution.Speaker.ShouldBe("Zhao");
        denied.Claims.ShouldContain(c => c.Denial != null);
        denied.Claims.ShouldNotContain(c => c.Figure != null);

        // So India's "at least 35" stands against no one in the first week, and against China's own four later.
        _result.Incidents.Single(i => i.Articles.Length == 2).Conflicts.ShouldNotContain(c => c.Kind == ConflictKind.Figure);
        var later = _result.Incidents.Single(i => i.Articles.Length == 1).Conflicts.Single(c => c.Kind == ConflictKind.Figure);
        later.Summary.ShouldBe("China's soldiers killed: [4, 4] (China) vs [35, ∞] (India)");
    }

    /// <summary>One run of the pipeline over the valley corpus.</summary>
    public sealed class Run() : CaseCorpusRun("valley");
}
