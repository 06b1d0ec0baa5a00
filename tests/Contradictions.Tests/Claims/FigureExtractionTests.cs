using System.Text;
using Contradictions.Claims;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Claims;

public sealed class FigureExtractionTests
{
    private static readonly FigureExtractor Extractor = new();

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (string name in FigureCase.Names())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Extracts_what_the_case_file_says(string caseName)
    {
        var testCase = FigureCase.Load(caseName);

        var actual = Extractor.Extract(testCase.Sentence);

        bool same = actual.Length == testCase.Expected.Length;
        for (int i = 0; same && i < actual.Length; i++)
        {
            same = testCase.Expected[i].Matches(actual[i]);
        }

        if (!same)
        {
            var message = new StringBuilder()
                .AppendLine(testCase.Sentence)
                .AppendLine("expected:");
            foreach (var line in File.ReadAllLines(Path.Combine(FigureCase.Folder, caseName + ".txt")).Skip(1))
            {
                if (!line.StartsWith('#') && line.Length > 0)
                {
                    message.Append("  ").AppendLine(line);
                }
            }

            message.AppendLine("actual:");
            foreach (var figure in actual)
            {
                message.Append("  ").AppendLine(FigureCase.Render(figure));
            }

            if (actual.IsEmpty)
            {
                message.AppendLine("  none");
            }

            Assert.Fail(message.ToString());
        }
    }

    [Fact]
    public void There_are_enough_cases_to_mean_something()
    {
        // Guards against the cases silently not being copied next to the test assembly,
        // which would make the theory above pass with nothing to run.
        FigureCase.Names().Count().ShouldBeGreaterThanOrEqualTo(60);
    }

    [Fact]
    public void Every_figure_quotes_its_span()
    {
        foreach (string name in FigureCase.Names())
        {
            var testCase = FigureCase.Load(name);
            foreach (var figure in Extractor.Extract(testCase.Sentence))
            {
                figure.Text.ShouldBe(testCase.Sentence.Substring(figure.Span.Start, figure.Span.Length), name);
                figure.Value.Low.ShouldBeLessThanOrEqualTo(figure.Value.High, name);
            }
        }
    }

    [Fact]
    public void About_uses_the_configured_tolerance()
    {
        var wide = new FigureExtractor(FigureExtractorOptions.Default with { AboutTolerance = 0.2 });

        var figure = wide.Extract("Around 110 people were killed.").ShouldHaveSingleItem();

        figure.Value.Low.ShouldBe(88);
        figure.Value.High.ShouldBe(132);
        figure.Value.Stated.ShouldBe(110);
    }

    [Fact]
    public void Modifier_limit_stops_the_search_for_the_item()
    {
        const string sentence = "Officials said 12 newly trained Kurdish border guards were killed.";
        var strict = new FigureExtractor(FigureExtractorOptions.Default with { MaxModifierWords = 2 });

        var figure = Extractor.Extract(sentence).ShouldHaveSingleItem();
        figure.Text.ShouldBe("12 newly trained Kurdish border guards");
        figure.Item.ShouldBe("soldiers");
        figure.OwnerCue.ShouldBe("Kurdish");
        strict.Extract(sentence).ShouldBeEmpty();
        strict.Extract("Officials said 12 Kurdish border guards were killed.").ShouldHaveSingleItem().Item.ShouldBe("soldiers");
    }

    [Fact]
    public void Only_the_characters_up_to_the_limit_are_read()
    {
        var truncating = new FigureExtractor(FigureExtractorOptions.Default with { MaxSentenceLength = 20 });

        truncating.Extract("Three soldiers died. Then 40 civilians were killed.").ShouldHaveSingleItem().Text.ShouldBe("Three soldiers");
    }

    [Fact]
    public void Extraction_is_the_same_from_many_threads()
    {
        // The extractor is shared by the pipeline's workers; the lexicon and the pooled token
        // buffers must not leak state between calls.
        var names = FigureCase.Names().ToArray();
        var expected = names.Select(n => Extractor.Extract(FigureCase.Load(n).Sentence).Select(FigureCase.Render).ToArray()).ToArray();
        Parallel.For(0, names.Length * 8, i =>
        {
            int index = i % names.Length;
            var actual = Extractor.Extract(FigureCase.Load(names[index]).Sentence).Select(FigureCase.Render).ToArray();
            actual.ShouldBe(expected[index], names[index]);
        });
    }

    [Fact]
    public void Empty_text_has_no_figures()
    {
        Extractor.Extract(string.Empty).ShouldBeEmpty();
        Extractor.Extract("   ").ShouldBeEmpty();
    }

    [Fact]
    public void Misuse_throws()
    {
        Should.Throw<ArgumentNullException>(() => Extractor.Extract(null!));
        Should.Throw<ArgumentNullException>(() => new FigureExtractor(null!));
        Should.Throw<ArgumentOutOfRangeException>(() => new FigureExtractor(FigureExtractorOptions.Default with { MaxModifierWords = -1 }));
        Should.Throw<ArgumentOutOfRangeException>(() => new FigureExtractor(FigureExtractorOptions.Default with { AboutTolerance = 0.9 }));
        Should.Throw<ArgumentOutOfRangeException>(() => new FigureExtractor(FigureExtractorOptions.Default with { AboutTolerance = double.NaN }));
        Should.Throw<ArgumentOutOfRangeException>(() => new FigureExtractor(FigureExtractorOptions.Default with { MaxSentenceLength = 0 }));
    }
}
