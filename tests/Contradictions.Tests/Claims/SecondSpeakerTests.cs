using Contradictions.Claims;
using Contradictions.Pipeline;
using Contradictions.Tests.Support;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Claims;

/// <summary>
/// A sentence that reports two speakers ("X said …, while Y said …") gives each clause's claims
/// to its own speaker; a clause with no reporting verb of its own stays the first speaker's.
/// </summary>
public sealed class SecondSpeakerTests
{
    [Theory]
    [InlineData("Ethiopia said Eritrea shelled the village, while Eritrea said Ethiopian troops attacked first.", "Ethiopia", "Eritrea")]
    [InlineData("Kenya said Somali militants attacked the camp, while analysts said the camp had been shelled by the army.", "Kenya", null)]
    [InlineData("Kenya said Somali militants attacked the camp, while other Somali fighters shelled the road.", "Kenya", "Kenya")]
    public void Each_clause_is_its_speaker_s(string sentence, string first, string? second)
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.md", "---\ntitle: Clash\npublished: 2024-05-02\n---\n\nClash\n\n" + sentence + "\n");

        var result = new CorpusAnalyzer(TimeProvider.System).Analyze(AnalyzeOptions.Default with { Corpus = corpus.Corpus });

        var claims = result.Articles.Single().Claims.Single(s => s.Sentence == 1).Claims.Where(c => c.Accusation is not null).ToList();
        claims.Count.ShouldBe(2);
        claims[0].Attribution.Party.ShouldBe(first);
        claims[1].Attribution.Party.ShouldBe(second);
    }
}
