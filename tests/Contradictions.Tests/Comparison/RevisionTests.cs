using Contradictions.Comparison;
using Contradictions.Pipeline;
using Contradictions.Tests.Support;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Comparison;

/// <summary>
/// A later count from the same side is a revision, labelled as such, never a dispute between
/// sides; a count another source says "rose to" is a later count too.
/// </summary>
public sealed class RevisionTests
{
    [Fact]
    public void One_side_raising_its_own_toll_is_a_revision_not_a_conflict_between_sides()
    {
        using var corpus = new TempCorpus();
        corpus.Write("early.md", "---\ntitle: Avalanche hits border post\npublished: 2024-02-10\n---\n\nAvalanche hits border post\n\n" +
            "Chile's army said on Saturday that two Chilean soldiers were killed when an avalanche buried a border post near Portillo.\n");
        corpus.Write("later.md", "---\ntitle: Toll rises at buried border post\npublished: 2024-02-11\n---\n\nToll rises at buried border post\n\n" +
            "Chile's army said on Sunday that five Chilean soldiers were killed when the avalanche buried the border post near Portillo.\n");

        var result = new CorpusAnalyzer(TimeProvider.System).Analyze(AnalyzeOptions.Default with { Corpus = corpus.Corpus });

        var incident = result.Incidents.ShouldHaveSingleItem();
        var revision = incident.Conflicts.ShouldHaveSingleItem();
        revision.IsRevision.ShouldBeTrue();
        revision.Severity.ShouldBe(Severity.Discrepancy);
        revision.Why.ShouldStartWith("revision:");
        revision.Why.ShouldContain("2, then 5");
        revision.Accounts.ShouldHaveSingleItem().Party.ShouldBe("Chile");
    }

    [Fact]
    public void A_toll_said_to_have_risen_against_an_earlier_one_is_a_discrepancy_that_says_why()
    {
        using var corpus = new TempCorpus();
        corpus.Write("first.md", "---\ntitle: Quake shakes island\noutlet: Coast Herald\npublished: 2024-03-02\n---\n\nQuake shakes island\n\n" +
            "The island's governor said three people were killed in Santa Rosa when the earthquake struck on Saturday.\n");
        corpus.Write("second.md", "---\ntitle: Quake toll rises\noutlet: Island Daily\npublished: 2024-03-03\n---\n\nQuake toll rises\n\n" +
            "The death toll from Saturday's earthquake in Santa Rosa rose to 10 people on Sunday, the governor said.\n");

        var result = new CorpusAnalyzer(TimeProvider.System).Analyze(AnalyzeOptions.Default with { Corpus = corpus.Corpus });

        var figure = result.Incidents.ShouldHaveSingleItem().Conflicts.ShouldHaveSingleItem();
        figure.Severity.ShouldBe(Severity.Discrepancy);
        figure.Why.ShouldContain("(\"rose to\"), a later count rather than a dispute");
    }
}
