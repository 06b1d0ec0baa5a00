using System.Text.RegularExpressions;
using Contradictions.Pipeline;
using Contradictions.Sentences;
using Contradictions.Tests.Support;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Pipeline;

/// <summary>What ingest and segmentation make of the five real, messy seed articles.</summary>
public sealed partial class SeedCorpusTests : IClassFixture<SeedCorpusTests.SeedRun>
{
    private readonly AnalysisResult _result;

    public SeedCorpusTests(SeedRun run) => _result = run.Result;

    [Fact]
    public void All_five_seeds_are_analysed_without_errors()
    {
        _result.Articles.Length.ShouldBe(5);
        _result.HasErrors.ShouldBeFalse(string.Join("\n", _result.FileDiagnostics));
    }

    [Fact]
    public void No_sentence_is_a_share_counter_donation_bar_or_payment_line()
    {
        foreach (var sentence in AllSentences())
        {
            FurnitureOnly().IsMatch(sentence.Text).ShouldBeFalse($"furniture kept as a sentence: \"{sentence.Text}\"");
            sentence.Text.ShouldNotContain("PayPal");
            sentence.Text.ShouldNotContain("BTC:");
            sentence.Text.ShouldNotContain("Leave a Reply");
            sentence.Text.ShouldNotContain("Consider helping us");
        }
    }

    [Fact]
    public void The_paragraph_printed_twice_in_000_yields_one_sentence()
    {
        Sentences("000").Count(s => s.Text.Contains("The countries have been involved in a decades-long conflict", StringComparison.Ordinal))
            .ShouldBe(1);
    }

    [Fact]
    public void Sentences_glued_by_scraping_are_split_and_the_repeated_caption_folded()
    {
        var sentences = Sentences("000");
        var glued = sentences.FindIndex(s => s.Text.EndsWith("support to Armenia.", StringComparison.Ordinal)
            && s.Text.StartsWith("Azerbaijan capitalized", StringComparison.Ordinal));
        glued.ShouldBeGreaterThanOrEqualTo(0, "the sentence before the glued caption must end at 'Armenia.'");
        sentences[glued + 1].Text.ShouldStartWith("An Armenian soldier fires artillery");
        sentences.Count(s => s.Text.StartsWith("An Armenian soldier fires artillery", StringComparison.Ordinal)).ShouldBe(1);
        Article("000").Diagnostics.ShouldContain(d => d.Code == "SE001");
    }

    [Fact]
    public void The_russian_date_line_and_the_armenian_post_are_set_aside_with_a_warning()
    {
        var russian = Article("002");
        russian.SetAside.ShouldContain(l => l.Reason == "Cyrillic script" && l.Text.Contains("2020"));
        russian.Diagnostics.ShouldContain(d => d.Code == "IN013" && d.Message.Contains("Cyrillic"));

        var armenian = Article("003");
        armenian.SetAside.ShouldContain(l => l.Reason == "Armenian script");
        armenian.Diagnostics.ShouldContain(d => d.Code == "IN013" && d.Message.Contains("Armenian script"));
        AllSentences().Where(s => s.Text.Any(c => c >= '\u0400' && c <= '\u058F')).ShouldBeEmpty();
    }

    [Fact]
    public void Every_headline_is_its_own_marked_sentence()
    {
        foreach (var analyzed in _result.Articles)
        {
            var first = analyzed.Sentences[0];
            first.Kind.ShouldBe(SentenceKind.Headline, analyzed.DisplayPath);
            first.Text.ShouldBe(analyzed.Article.Metadata.Title);
            analyzed.Sentences.Skip(1).ShouldAllBe(s => s.Kind != SentenceKind.Headline);
        }

        Article("003").Metadata.Title.ShouldStartWith("At Least 4 Azerbaijani Soldiers Killed");
    }

    [Fact]
    public void Every_sentence_quotes_the_cleaned_text_exactly()
    {
        foreach (var analyzed in _result.Articles)
        {
            for (var i = 0; i < analyzed.Sentences.Length; i++)
            {
                var s = analyzed.Sentences[i];
                s.Index.ShouldBe(i);
                analyzed.Article.Text.Substring(s.Start, s.Length).ShouldBe(s.Text);
                s.Text.ShouldBe(s.Text.Trim());
            }
        }
    }

    [Fact]
    public void A_quotation_of_several_sentences_keeps_them_together()
    {
        var quoted = Sentences("004").Where(s => s.Quote is not null).GroupBy(s => s.Quote).ToList();
        var statement = quoted.Single(g => g.First().Text.Contains("Azerbaijan unleashed military offensive", StringComparison.Ordinal));
        statement.Count().ShouldBe(3);
        statement.Last().Text.ShouldContain("bears full responsibility");
    }

    [Fact]
    public void Times_numbers_and_revisions_do_not_break_sentences()
    {
        Sentences("004").ShouldContain(s => s.Text.StartsWith("At 9:33AM local time, the Artsakh Foreign Ministry announced on Twitter:", StringComparison.Ordinal));
        Sentences("002").ShouldContain(s => s.Text.Contains("4,400 square kilometers (1,700 square miles)", StringComparison.Ordinal));
        Sentences("003").ShouldContain(s => s.Text.StartsWith("Later, it reported that 4th soldier was killed", StringComparison.Ordinal));
        Sentences("003").ShouldContain(s => s.Text.StartsWith("According to it, 3 soldiers were killed", StringComparison.Ordinal));
    }

    [Fact]
    public void The_repeated_caption_keeps_its_caption_mark()
    {
        Sentences("000").Where(s => s.Text.EndsWith("(file image)", StringComparison.Ordinal))
            .ShouldAllBe(s => s.Kind == SentenceKind.Caption);
    }

    private Contradictions.Ingestion.Article Article(string prefix) => Analyzed(prefix).Article;

    private List<Sentence> Sentences(string prefix) => [.. Analyzed(prefix).Sentences];

    private AnalyzedArticle Analyzed(string prefix) =>
        _result.Articles.Single(a => a.Article.Path.StartsWith(prefix, StringComparison.Ordinal));

    private IEnumerable<Sentence> AllSentences() => _result.Articles.SelectMany(a => a.Sentences);

    // A "sentence" of digits, separators and currency signs only: "1 171", "2,500 $".
    [GeneratedRegex(@"^[\d\s.,$€£]+$")]
    private static partial Regex FurnitureOnly();

    /// <summary>One analysis of the seeds, shared by the tests of this class.</summary>
    public sealed class SeedRun : IDisposable
    {
        private readonly TempCorpus _corpus = new TempCorpus().WithSeeds();

        public SeedRun()
        {
            Result = new CorpusAnalyzer(TimeProvider.System).Analyze(AnalyzeOptions.Default with { Corpus = _corpus.Corpus });
        }

        public AnalysisResult Result { get; }

        public void Dispose() => _corpus.Dispose();
    }
}
