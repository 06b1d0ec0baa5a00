using System.Collections.Immutable;
using System.Text;
using Contradictions.Sentences;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Sentences;

public sealed class SentenceSplittingTests
{
    private static readonly SentenceSplitter Splitter = new();

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (string name in SentenceCase.Names())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Splits_as_the_expected_file_says(string caseName)
    {
        var testCase = SentenceCase.Load(caseName);

        var actual = SentenceCase.Render(Splitter.Split(testCase.Text, testCase.Paragraphs, testCase.HeadlineParagraph));

        if (!actual.SequenceEqual(testCase.Expected, StringComparer.Ordinal))
        {
            Assert.Fail(DescribeDifference(testCase, actual));
        }
    }

    [Fact]
    public void There_are_enough_cases_to_mean_something()
    {
        // Guards against the cases silently not being copied next to the test assembly,
        // which would make the theory above pass with nothing to run.
        SentenceCase.Names().Count().ShouldBeGreaterThanOrEqualTo(45);
    }

    [Fact]
    public void Every_case_sentence_round_trips_to_its_offsets()
    {
        foreach (string name in SentenceCase.Names())
        {
            var testCase = SentenceCase.Load(name);
            var sentences = Splitter.Split(testCase.Text, testCase.Paragraphs, testCase.HeadlineParagraph);

            int previousEnd = 0;
            for (int i = 0; i < sentences.Length; i++)
            {
                var sentence = sentences[i];
                var paragraph = testCase.Paragraphs[sentence.Paragraph];
                string where = $"{name}, sentence {i}";
                sentence.Index.ShouldBe(i, where);
                sentence.Text.ShouldBe(testCase.Text.Substring(sentence.Start, sentence.Length), where);
                sentence.Text.Length.ShouldBeGreaterThan(0, where);
                char.IsWhiteSpace(sentence.Text[0]).ShouldBeFalse(where);
                char.IsWhiteSpace(sentence.Text[^1]).ShouldBeFalse(where);
                sentence.Start.ShouldBeGreaterThanOrEqualTo(previousEnd, where);
                sentence.Start.ShouldBeGreaterThanOrEqualTo(paragraph.Start, where);
                sentence.End.ShouldBeLessThanOrEqualTo(paragraph.End, where);
                if (sentence.Quote is { } quote)
                {
                    quote.Start.ShouldBeLessThan(sentence.End, where);
                    quote.End.ShouldBeGreaterThan(sentence.Start, where);
                    quote.End.ShouldBeLessThanOrEqualTo(paragraph.End, where);
                }

                previousEnd = sentence.End;
            }
        }
    }

    [Fact]
    public void Quote_spans_run_from_the_opening_mark_to_past_the_closing_mark()
    {
        const string text = "She said: “The bridge is gone. We are cut off.” Then the line went dead.";
        var sentences = Splitter.Split(text, [new TextSpan(0, text.Length)]);

        sentences.Length.ShouldBe(3);
        var quote = sentences[0].Quote.ShouldNotBeNull();
        text[quote.Start].ShouldBe('“');
        text[quote.End - 1].ShouldBe('”');
        sentences[1].Quote.ShouldBe(quote);
        sentences[2].Quote.ShouldBeNull();
    }

    [Fact]
    public void An_unclosed_quote_runs_to_the_end_of_its_paragraph()
    {
        const string text = "He told the crowd: “We will rebuild. Every house will stand again.  \n\nThe crowd cheered.";
        int firstEnd = text.IndexOf("\n\n", StringComparison.Ordinal);
        var sentences = Splitter.Split(text, [new TextSpan(0, firstEnd), new TextSpan(firstEnd + 2, text.Length - firstEnd - 2)]);

        sentences.Length.ShouldBe(3);
        var quote = sentences[0].Quote.ShouldNotBeNull();
        quote.End.ShouldBe(sentences[1].End);
        sentences[2].Quote.ShouldBeNull();
    }

    [Fact]
    public void Text_outside_paragraphs_and_blank_paragraphs_give_no_sentences()
    {
        const string text = "ignored. Kept here.   \t  Also ignored.";
        var sentences = Splitter.Split(text, [new TextSpan(9, 10), new TextSpan(19, 5)]);

        sentences.Length.ShouldBe(1);
        sentences[0].Text.ShouldBe("Kept here.");
        sentences[0].Paragraph.ShouldBe(0);
        Splitter.Split(string.Empty, []).ShouldBeEmpty();
    }

    [Fact]
    public void Misuse_throws()
    {
        const string text = "One sentence. Another one.";
        ImmutableArray<TextSpan> whole = [new TextSpan(0, text.Length)];

        Should.Throw<ArgumentNullException>(() => Splitter.Split(null!, whole));
        Should.Throw<ArgumentNullException>(() => Splitter.Split(text, default));
        Should.Throw<ArgumentOutOfRangeException>(() => Splitter.Split(text, [new TextSpan(-1, 5)]));
        Should.Throw<ArgumentOutOfRangeException>(() => Splitter.Split(text, [new TextSpan(5, -1)]));
        Should.Throw<ArgumentOutOfRangeException>(() => Splitter.Split(text, [new TextSpan(10, text.Length)]));
        Should.Throw<ArgumentOutOfRangeException>(() => Splitter.Split(text, [new TextSpan(int.MaxValue, 10)]));
        Should.Throw<ArgumentOutOfRangeException>(() => Splitter.Split(text, whole, headlineParagraph: 1));
        Should.Throw<ArgumentOutOfRangeException>(() => Splitter.Split(text, whole, headlineParagraph: -2));
        Should.Throw<ArgumentException>(() => Splitter.Split(text, [new TextSpan(0, 14), new TextSpan(10, 5)]));
        Should.Throw<ArgumentNullException>(() => new SentenceSplitter(null!));
        Should.Throw<ArgumentOutOfRangeException>(() => new SentenceSplitter(SentenceSplitterOptions.Default with { MaxSentenceLength = 15 }));
    }

    [Fact]
    public void An_over_long_run_is_cut_at_the_last_whitespace_before_the_limit()
    {
        // A page that lost its punctuation: 400 words and not one full stop.
        var builder = new StringBuilder();
        for (int i = 0; i < 400; i++)
        {
            builder.Append(i % 7 == 0 ? "artillery" : "fire").Append(i).Append(' ');
        }

        string text = builder.ToString().TrimEnd();
        var splitter = new SentenceSplitter(SentenceSplitterOptions.Default with { MaxSentenceLength = 100 });

        var sentences = splitter.Split(text, [new TextSpan(0, text.Length)]);

        sentences.Length.ShouldBeGreaterThan(text.Length / 100);
        string.Join(' ', sentences.Select(s => s.Text)).ShouldBe(text);
        for (int i = 0; i < sentences.Length; i++)
        {
            var sentence = sentences[i];
            sentence.Length.ShouldBeLessThanOrEqualTo(100);
            if (i < sentences.Length - 1)
            {
                // Cut at whitespace, and at the last one: the next word would not have fitted.
                text[sentence.End].ShouldBe(' ');
                int nextWordEnd = text.IndexOf(' ', sentence.End + 1);
                (nextWordEnd < 0 ? text.Length : nextWordEnd).ShouldBeGreaterThan(sentence.Start + 100);
            }
        }
    }

    [Fact]
    public void An_over_long_run_without_whitespace_is_cut_at_the_limit()
    {
        string text = new string('x', 250);
        var splitter = new SentenceSplitter(SentenceSplitterOptions.Default with { MaxSentenceLength = 100 });

        var sentences = splitter.Split(text, [new TextSpan(0, text.Length)]);

        sentences.Select(s => s.Length).ShouldBe([100, 100, 50]);
    }

    [Fact]
    public void The_default_limit_leaves_ordinary_sentences_whole_and_never_cuts_the_headline()
    {
        SentenceSplitterOptions.Default.MaxSentenceLength.ShouldBe(1000);
        string headline = string.Join(' ', Enumerable.Repeat("Border talks stall", 30));
        var splitter = new SentenceSplitter(SentenceSplitterOptions.Default with { MaxSentenceLength = 100 });

        var sentences = splitter.Split(headline, [new TextSpan(0, headline.Length)], headlineParagraph: 0);

        sentences.Length.ShouldBe(1);
        sentences[0].Kind.ShouldBe(SentenceKind.Headline);
        sentences[0].Length.ShouldBe(headline.Length);
    }

    private static string DescribeDifference(SentenceCase testCase, ImmutableArray<string> actual)
    {
        var message = new StringBuilder();
        int line = 0;
        while (line < actual.Length && line < testCase.Expected.Length && actual[line] == testCase.Expected[line])
        {
            line++;
        }

        message.AppendLine($"Case {testCase.Name}: first difference at expected line {line + 1}.");
        message.AppendLine($"  expected: {(line < testCase.Expected.Length ? testCase.Expected[line] : "(no more sentences)")}");
        message.AppendLine($"  actual:   {(line < actual.Length ? actual[line] : "(no more sentences)")}");
        message.AppendLine($"Expected {testCase.Expected.Length} sentences, got {actual.Length}. Actual split:");
        for (int i = 0; i < actual.Length; i++)
        {
            message.AppendLine($"  {i + 1,3}: {actual[i]}");
        }

        return message.ToString();
    }
}
