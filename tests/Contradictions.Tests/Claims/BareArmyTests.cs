using Contradictions.Pipeline;
using Contradictions.Tests.Support;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Claims;

/// <summary>
/// "The army said …" in an article that names no country's army is the army the rest of the
/// corpus names — when it names one country's only. Two countries' armies leave it no one's.
/// </summary>
public sealed class BareArmyTests
{
    private const string Bare = "---\ntitle: Shelling goes on\npublished: 2024-03-09\n---\n\nShelling goes on\n\n" +
        "The army said militants had shelled the northern checkpoint overnight.\n";

    [Fact]
    public void The_army_is_the_country_whose_army_another_article_names()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.md", "---\ntitle: Army reports attack\npublished: 2024-03-08\n---\n\nArmy reports attack\n\n" +
            "Chad's army said militants attacked a base near the border on Friday.\n");
        corpus.Write("b.md", Bare);

        SpeakerOfTheBareArmy(corpus).ShouldBe("Chad");
    }

    [Fact]
    public void Two_countries_armies_leave_the_bare_army_to_no_one()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.md", "---\ntitle: Army reports attack\npublished: 2024-03-08\n---\n\nArmy reports attack\n\n" +
            "Chad's army said militants attacked a base near the border on Friday.\n");
        corpus.Write("c.md", "---\ntitle: Troops on alert\npublished: 2024-03-08\n---\n\nTroops on alert\n\n" +
            "The Nigerian army said its troops were on alert along the border.\n");
        corpus.Write("b.md", Bare);

        SpeakerOfTheBareArmy(corpus).ShouldBeNull();
    }

    [Fact]
    public void An_article_that_names_another_country_is_not_lent_the_corpus_army()
    {
        // "The army said Nigerian troops …": the army may be any country's but Nigeria's, and
        // the corpus names Chad's only, yet this article is no more likely Chad's than another's.
        using var corpus = new TempCorpus();
        corpus.Write("a.md", "---\ntitle: Army reports attack\npublished: 2024-03-08\n---\n\nArmy reports attack\n\n" +
            "Chad's army said militants attacked a base near the border on Friday.\n");
        corpus.Write("b.md", "---\ntitle: Shelling goes on\npublished: 2024-03-09\n---\n\nShelling goes on\n\n" +
            "The army said Nigerian troops had shelled the northern checkpoint overnight.\n");

        SpeakerOfTheBareArmy(corpus).ShouldBeNull();
    }

    [Fact]
    public void A_bare_police_is_never_lent_from_another_article()
    {
        // Every crime story has police: a corpus mixing stories must not give one country's to another's.
        using var corpus = new TempCorpus();
        corpus.Write("a.md", "---\ntitle: Protest dispersed\npublished: 2024-03-08\n---\n\nProtest dispersed\n\n" +
            "Greece's police said officers had dispersed the protest in the capital.\n");
        corpus.Write("b.md", "---\ntitle: Office shooting\npublished: 2024-03-09\n---\n\nOffice shooting\n\n" +
            "The police said a gunman had shot two men at the office on Monday.\n");

        var result = new CorpusAnalyzer(TimeProvider.System).Analyze(AnalyzeOptions.Default with { Corpus = corpus.Corpus });

        var sentence = result.Articles.Single(a => a.DisplayPath.EndsWith("b.md", StringComparison.Ordinal)).Claims.Single(s => s.Sentence == 1);
        sentence.Attribution.Party.ShouldBeNull();
    }

    private static string? SpeakerOfTheBareArmy(TempCorpus corpus)
    {
        var result = new CorpusAnalyzer(TimeProvider.System).Analyze(AnalyzeOptions.Default with { Corpus = corpus.Corpus });
        return result.Articles.Single(a => a.DisplayPath.EndsWith("b.md", StringComparison.Ordinal)).Claims.Single(s => s.Sentence == 1).Attribution.Party;
    }
}
