using Contradictions.Comparison;
using Contradictions.Pipeline;
using Contradictions.Tests.Support;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Comparison;

/// <summary>
/// A side that denies losing any of what the other side says it destroyed states a count of
/// its own — none — and the two counts cannot both be true.
/// </summary>
public sealed class DeniedLossTests
{
    [Theory]
    [InlineData("Ecuador denied losing any aircraft in the clash over the Cenepa valley.")]
    [InlineData("Ecuador's air force said it had not lost any aircraft in the clash over the Cenepa valley.")]
    [InlineData("Ecuador said it had lost no aircraft in the clash over the Cenepa valley.")]
    public void Denying_any_loss_contradicts_the_other_sides_count(string denial)
    {
        using var corpus = new TempCorpus();
        corpus.Write("lima.md", "---\ntitle: Peru says it downed jets over the Cenepa\noutlet: Lima Courier\npublished: 1995-02-10\n---\n\n" +
            "Peru says it downed jets over the Cenepa\n\n" +
            "Peru said its air defences had shot down three Ecuadorian aircraft in the clash over the Cenepa valley on Friday.\n");
        corpus.Write("quito.md", "---\ntitle: Ecuador rejects Peru's account of Cenepa clash\noutlet: Quito Herald\npublished: 1995-02-10\n---\n\n" +
            "Ecuador rejects Peru's account of Cenepa clash\n\n" + denial + "\n");

        var result = new CorpusAnalyzer(TimeProvider.System).Analyze(AnalyzeOptions.Default with { Corpus = corpus.Corpus });

        var figure = result.Incidents.ShouldHaveSingleItem().Conflicts.Where(c => c.Kind == ConflictKind.Figure).ShouldHaveSingleItem();
        figure.Severity.ShouldBe(Severity.Contradiction);
        figure.Summary.ShouldBe("Ecuador's aircraft destroyed: [0, 0] (Ecuador) vs [3, 3] (Peru)");
    }
}
