using Contradictions.Claims;
using Contradictions.Ingestion;
using Contradictions.Sentences;
using Contradictions.Tests.Support;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Claims;

/// <summary>
/// Speakers, accusations and denials, read from small articles written as case files
/// (<c>Cases/Claims</c>, format in its README): the real reader, splitter, lexicon and rules.
/// </summary>
public sealed class ClaimReadingTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepoPaths.Cases("Claims"), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case(string name)
    {
        var path = Path.Combine(RepoPaths.Cases("Claims"), name);
        var content = File.ReadAllText(path).ReplaceLineEndings("\n");
        var cut = content.IndexOf("\n===\n", StringComparison.Ordinal);
        cut.ShouldBeGreaterThan(0, $"{name} has no '===' line");
        var read = Read(name, content[..cut], Path.ChangeExtension(path, ".parties.yml"));

        var expectations = content[(cut + 5)..].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => (Index: int.Parse(line[..line.IndexOf(':')], System.Globalization.CultureInfo.InvariantCulture), Text: line[(line.IndexOf(':') + 1)..].Trim()))
            .ToList();
        foreach (var group in expectations.GroupBy(e => e.Index))
        {
            var (sentence, claims) = read[group.Key];
            var speaker = group.Where(e => e.Text.StartsWith("speaker ", StringComparison.Ordinal)).Select(e => e.Text).SingleOrDefault();
            if (speaker is not null)
            {
                Describe(claims.Attribution).ShouldBe(speaker, $"{name}, sentence {group.Key}: \"{sentence.Text}\"");
            }

            var expectedClaims = group.Where(e => !e.Text.StartsWith("speaker ", StringComparison.Ordinal) && e.Text != "none")
                .Select(e => e.Text).Order(StringComparer.Ordinal).ToList();
            var actualClaims = claims.Claims.Where(c => c.Kind != ClaimKind.Figure).Select(Describe).Order(StringComparer.Ordinal).ToList();
            string.Join(" | ", actualClaims).ShouldBe(string.Join(" | ", expectedClaims), $"{name}, sentence {group.Key}: \"{sentence.Text}\"");
        }
    }

    [Fact]
    public void There_are_enough_cases() => Cases().Count.ShouldBeGreaterThanOrEqualTo(30);

    internal static List<(Sentence Sentence, SentenceClaims Claims)> Read(string name, string articleText, string partiesFile)
    {
        var folder = Path.Combine(Path.GetTempPath(), "contradictions-claims-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var file = Path.Combine(folder, name);
            File.WriteAllText(file, articleText);
            var info = new FileInfo(file);
            var corpusFile = new CorpusFile(file, name, name, info.Length, info.LastWriteTimeUtc.Ticks, ArticleFormat.Text);
            var reader = new ArticleReader(IngestionOptions.Default);
            var article = reader.Build(reader.Load(corpusFile)).Article.ShouldNotBeNull();
            var sentences = new ArticleSegmenter(new SentenceSplitter()).Segment(article, name).Sentences;
            var lexicon = TestLexicon.For(File.Exists(partiesFile) ? partiesFile : null);
            var claims = new ClaimExtractor(lexicon).Extract(article, sentences);
            return [.. sentences.Zip(claims)];
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Describe(Attribution attribution) =>
        $"speaker {attribution.Party ?? "-"} {attribution.Source.ToString().ToLowerInvariant()}";

    private static string Describe(Claim claim) => claim.Kind switch
    {
        ClaimKind.Accusation => $"accuse {claim.Accusation!.Actor ?? "-"} {claim.Accusation.Act} {claim.Accusation.Target ?? "-"}"
            + (claim.Accusation.AgainstCivilians ? " civilians" : ""),
        _ => $"deny {claim.Denial!.Act?.ToString() ?? "-"}" + (claim.Denial.AgainstCivilians ? " civilians" : ""),
    };
}
