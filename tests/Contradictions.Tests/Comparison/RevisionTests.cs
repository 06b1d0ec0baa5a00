using Contradictions.Comparison;
using Contradictions.Pipeline;
using Contradictions.Tests.Support;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Comparison;

/// <summary>A later count from the same side is a revision, labelled as such, never a dispute between sides.</summary>
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
}
