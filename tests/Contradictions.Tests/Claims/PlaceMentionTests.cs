using System.Text;
using Contradictions.Claims;
using Contradictions.Sentences;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Claims;

/// <summary>
/// Place cases as files: each <c>Cases/Places/NNN-name.txt</c> gives a sentence, the party
/// words to exclude and the places a careful reader finds (see Cases/Places/README.md).
/// </summary>
public sealed class PlaceMentionTests
{
    private static readonly PlaceFinder Finder = new();

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (string name in PlaceCase.Names())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Finds_the_places_the_case_file_lists(string caseName)
    {
        var testCase = PlaceCase.Load(caseName);

        var actual = Finder.Find(testCase.Sentence, testCase.Exclude).Select(m => m.Name).ToArray();

        if (!actual.SequenceEqual(testCase.Expected, StringComparer.Ordinal))
        {
            var message = new StringBuilder();
            message.AppendLine($"Case {caseName}: {testCase.Sentence}");
            message.AppendLine($"Expected: {string.Join(" ; ", testCase.Expected)}");
            message.AppendLine($"Actual:   {string.Join(" ; ", actual)}");
            Assert.Fail(message.ToString());
        }
    }

    [Fact]
    public void There_are_enough_cases_to_mean_something()
    {
        PlaceCase.Names().Count().ShouldBeGreaterThanOrEqualTo(25);
    }

    [Fact]
    public void Every_mention_quotes_its_span_and_avoids_the_excluded_spans()
    {
        foreach (string name in PlaceCase.Names())
        {
            var testCase = PlaceCase.Load(name);
            foreach (var mention in Finder.Find(testCase.Sentence, testCase.Exclude))
            {
                mention.Name.ShouldBe(testCase.Sentence.Substring(mention.Span.Start, mention.Span.Length), name);
                foreach (var excluded in testCase.Exclude)
                {
                    (mention.Span.Start < excluded.End && excluded.Start < mention.Span.End).ShouldBeFalse(name);
                }
            }
        }
    }

    [Fact]
    public void Exclude_spans_may_come_in_any_order()
    {
        const string sentence = "Shells fell on Goris and in Brussels, far from Armenia and near Lachin.";
        int armenia = sentence.IndexOf("Armenia", StringComparison.Ordinal);
        int brussels = sentence.IndexOf("Brussels", StringComparison.Ordinal);

        var names = Finder.Find(sentence, [new TextSpan(armenia, 7), new TextSpan(brussels, 8)]).Select(m => m.Name);

        names.ShouldBe(["Lachin"]);
    }

    [Fact]
    public void Misuse_throws()
    {
        Should.Throw<ArgumentNullException>(() => Finder.Find(null!, []));
        Should.Throw<ArgumentNullException>(() => Finder.Find("Fighting near Goris.", default));
    }
}
