using System.Text;
using Contradictions.Claims;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Claims;

/// <summary>
/// Date cases as files: each <c>Cases/Dates/NNN-name.txt</c> gives an article date, a sentence
/// and the mentions a careful reader resolves (see Cases/Dates/README.md).
/// </summary>
public sealed class DateResolutionTests
{
    private static readonly DateResolver Resolver = new();

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (string name in DateCase.Names())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Resolves_as_the_case_file_says(string caseName)
    {
        var testCase = DateCase.Load(caseName);

        var actual = DateCase.Render(Resolver.Find(testCase.Sentence, testCase.Published));

        if (!actual.SequenceEqual(testCase.Expected, StringComparer.Ordinal))
        {
            var message = new StringBuilder();
            message.AppendLine($"Case {caseName}: {testCase.Sentence}");
            message.AppendLine("Expected:");
            foreach (string line in testCase.Expected)
            {
                message.AppendLine("  " + line);
            }

            message.AppendLine("Actual:");
            foreach (string line in actual)
            {
                message.AppendLine("  " + line);
            }

            Assert.Fail(message.ToString());
        }
    }

    [Fact]
    public void There_are_enough_cases_to_mean_something()
    {
        // Guards against the case files silently not being copied next to the test assembly.
        DateCase.Names().Count().ShouldBeGreaterThanOrEqualTo(40);
    }

    [Fact]
    public void Every_mention_quotes_its_span_and_has_an_ordered_range()
    {
        foreach (string name in DateCase.Names())
        {
            var testCase = DateCase.Load(name);
            foreach (bool withDate in new[] { true, false })
            {
                var mentions = Resolver.Find(testCase.Sentence, withDate ? testCase.Published : null);
                int previousEnd = 0;
                foreach (var mention in mentions)
                {
                    mention.Text.ShouldBe(testCase.Sentence.Substring(mention.Span.Start, mention.Span.Length), name);
                    mention.Span.Start.ShouldBeGreaterThanOrEqualTo(previousEnd, name);
                    (mention.From is null).ShouldBe(mention.To is null, name);
                    if (mention.From is { } from && mention.To is { } to)
                    {
                        from.ShouldBeLessThanOrEqualTo(to, name);
                    }

                    previousEnd = mention.Span.End;
                }
            }
        }
    }

    [Fact]
    public void Without_an_article_date_relative_mentions_stay_unresolved_and_years_do_not()
    {
        var mentions = Resolver.Find("Shelling resumed on Sunday, a week after talks in 2021 and last month's truce.", published: null);

        DateCase.Render(mentions).ShouldBe(
        [
            "on Sunday | - | - | day | relative",
            "in 2021 | 2021-01-01 | 2021-12-31 | year | absolute",
            "last month | - | - | month | relative",
        ]);
    }

    [Fact]
    public void The_year_of_a_day_without_one_depends_on_how_far_it_is_from_the_article()
    {
        // Within two months after the article: the article's year (a scheduled event).
        Resolver.Find("Talks resume on October 5.", new DateOnly(2021, 9, 1)).Single().From.ShouldBe(new DateOnly(2021, 10, 5));

        // Further ahead: last year's (a past event).
        Resolver.Find("The clashes of December 28 killed four.", new DateOnly(2021, 1, 10)).Single().From.ShouldBe(new DateOnly(2020, 12, 28));
    }

    [Fact]
    public void Misuse_throws()
    {
        Should.Throw<ArgumentNullException>(() => Resolver.Find(null!, new DateOnly(2020, 1, 1)));
    }

    [Fact]
    public void Empty_and_dateless_text_give_no_mentions()
    {
        Resolver.Find(string.Empty, new DateOnly(2020, 1, 1)).ShouldBeEmpty();
        Resolver.Find("Rescue teams searched the rubble for survivors.", new DateOnly(2020, 1, 1)).ShouldBeEmpty();
    }
}
