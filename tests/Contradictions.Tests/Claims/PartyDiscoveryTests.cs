using Contradictions.Claims;
using Contradictions.Comparison;
using Contradictions.Ingestion;
using Contradictions.Pipeline;
using Contradictions.Sentences;
using Contradictions.Tests.Support;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Claims;

/// <summary>Parties no gazetteer holds are found from the text: groups that speak, act and are accused.</summary>
public sealed class PartyDiscoveryTests
{
    [Fact]
    public void An_armed_group_that_speaks_in_two_articles_becomes_a_party_and_its_conflicts_are_found()
    {
        using var corpus = new TempCorpus();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Cases("Corpora"), "nonstate"), "*-*.md"))
        {
            File.Copy(file, Path.Combine(corpus.Corpus, Path.GetFileName(file)));
        }

        var result = new CorpusAnalyzer(TimeProvider.System).Analyze(AnalyzeOptions.Default with { Corpus = corpus.Corpus });

        var conflicts = result.Incidents.ShouldHaveSingleItem().Conflicts;
        var blame = conflicts.Single(c => c.Kind == ConflictKind.Blame);
        blame.Accounts.Select(a => a.Party).ShouldBe(["Hezbollah", "Israel"]);
        conflicts.ShouldContain(c => c.Kind == ConflictKind.Denial && c.Accounts.Any(a => a.Party == "Israel"));
    }

    [Fact]
    public void Unnamed_speakers_people_and_sentence_openers_are_not_parties()
    {
        var articles = new[]
        {
            Article("Witnesses said the crowd grew quickly. Officials said the march was peaceful. Lindsay Lohan said she was fine."),
            Article("Witnesses said the police stayed back. Lohan said she would attend. Some said the road was closed."),
            Article("Sources said the RSF fighters entered the town, and other RSF fighters held the bridge."),
        };

        var found = PartyDiscovery.Discover(articles, PartyLexicon.Default);

        found.ShouldBe(["RSF"]);
    }

    [Fact]
    public void A_group_named_once_as_fighters_that_also_speaks_is_a_party()
    {
        // "M23 rebels" once in one article, "The M23 said" in another: two kinds of evidence.
        // A group named once that never speaks, or a speaker named once that is never a group, is not.
        var articles = new[]
        {
            Article("The government said M23 rebels had entered the town. Witnesses said ADF fighters were seen nearby."),
            Article("The M23 said it controlled the airport. Kabila said the talks were over."),
        };

        PartyDiscovery.Discover(articles, PartyLexicon.Default).ShouldBe(["M23"]);
    }

    [Fact]
    public void A_group_word_s_name_and_its_plural_speaking_are_one_party()
    {
        // "Houthi rebels" and "The Houthis said": one party, named as with its group word.
        var articles = new[]
        {
            Article("The navy said Houthi rebels had fired two missiles at the ship."),
            Article("The Houthis said they had targeted the ship. Other Houthis said nothing."),
        };

        PartyDiscovery.Discover(articles, PartyLexicon.Default).ShouldBe(["Houthi"]);
        PartyDiscovery.PluralAlias("Houthi").ShouldBe("Houthis");
        PartyDiscovery.PluralAlias("Wagners").ShouldBeNull();
    }

    [Fact]
    public void An_authority_that_speaks_and_is_named_often_is_a_party_but_a_news_agency_is_not()
    {
        var articles = new[]
        {
            Article("The Jubaland Defense Forces said fighters attacked a base near Kismayo. Traders in Jubaland said markets were shut."),
            Article("Roads into Jubaland were closed on Sunday, the Associated Press said. Aid groups said Jubaland needed food."),
        };

        PartyDiscovery.Discover(articles, PartyLexicon.Default).ShouldBe(["Jubaland"]);
    }

    [Fact]
    public void A_discovered_acronym_takes_the_long_form_it_was_introduced_with()
    {
        var articles = new[]
        {
            Article("The Syrian Democratic Forces (SDF) said SDF fighters repelled an attack near Raqqa. Other SDF fighters held the dam."),
            Article("The Syrian Democratic Forces said the town was calm. A spokesman for the Free Press Union (FPU) said reporters left."),
        };
        var evidence = articles.Select(a => PartyDiscovery.Collect(a.Item2, PartyLexicon.Default)).ToList();

        var found = PartyDiscovery.Decide(evidence, PartyLexicon.Default);

        found.ShouldBe(["SDF"]);
        // The long form of a party found; none for an acronym that is no party ("FPU"), none that
        // its words do not spell ("the Kurdish-led forces (SDF)" would not count).
        PartyDiscovery.LongForms(evidence, found).ShouldBe(new Dictionary<string, string> { ["SDF"] = "Syrian Democratic Forces" });
    }

    private static (Article, System.Collections.Immutable.ImmutableArray<Sentence>) Article(string text)
    {
        var article = new Article
        {
            Id = ArticleId.FromHash(ContentHasher.Hash(text)),
            ContentHash = ContentHasher.Hash(text),
            Path = "x.txt",
            Format = ArticleFormat.Text,
            Metadata = ArticleMetadata.Empty,
            Text = text,
            Paragraphs = [new Paragraph(new TextSpan(0, text.Length), 1, BlockRole.Paragraph)],
        };
        return (article, new ArticleSegmenter(new SentenceSplitter()).Segment(article, "x.txt").Sentences);
    }
}
