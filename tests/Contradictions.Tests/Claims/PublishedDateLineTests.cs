using System.Globalization;
using Contradictions.Claims;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Claims;

/// <summary>Date lines at the top of scraped pages, and lines that only contain a date.</summary>
public sealed class PublishedDateLineTests
{
    [Theory]
    [InlineData("May 03, 2013", "2013-05-03")]
    [InlineData("DECEMBER 16, 2008", "2008-12-16")]
    [InlineData("First Published: June 13, 2013 4:59 PM EDT", "2013-06-13")]
    [InlineData("Posted on Monday, 28 September 2020", "2020-09-28")]
    [InlineData("Updated 14:05 GMT, 12 Sep 2022", "2022-09-12")]
    [InlineData("2013-05-03", "2013-05-03")]
    [InlineData("Sunday, July 12, 2020", "2020-07-12")]
    [InlineData("  3 February 2023  ", "2023-02-03")]
    [InlineData("By Lena Marsh and T. Okoro | Nov. 4, 2019", "2019-11-04")]
    [InlineData("Last updated: 21 March 2011, 10:05 a.m. ET", "2011-03-21")]
    [InlineData("Mon, 12 Sep 2022 14:05:00 +0000", "2022-09-12")]
    [InlineData("2016-04-02T06:30:00Z", "2016-04-02")]
    [InlineData("Published on 08.08.2008", "2008-08-08")]
    [InlineData("First published: 27 Sep 2020 | Updated: 28 Sep 2020", "2020-09-27")]
    [InlineData("Published 6 February 2023 - 11:47 local time", "2023-02-06")]
    public void Reads_the_date_of_a_date_line(string line, string expected)
    {
        PublishedDateFinder.FromDateLine(line).ShouldBe(DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("The ceasefire signed on May 3, 2013 collapsed within a week.")]
    [InlineData("Aid convoys reached the valley on Sunday, July 12, 2020, officials said.")]
    [InlineData("May 03")]
    [InlineData("Updated 14:05 GMT")]
    [InlineData("Published yesterday")]
    [InlineData("12/09/2022")]
    [InlineData("In 2020 the border was closed.")]
    [InlineData("Floods hit the delta")]
    [InlineData("")]
    public void Leaves_lines_that_are_not_just_a_date(string line)
    {
        // "12/09/2022" could be 12 September or 9 December: not guessed.
        PublishedDateFinder.FromDateLine(line).ShouldBeNull();
    }

    [Fact]
    public void A_very_long_line_is_never_a_date_line()
    {
        string line = "Published " + new string(' ', PublishedDateFinder.MaxDateLineLength) + "May 3, 2013";
        PublishedDateFinder.FromDateLine(line).ShouldBeNull();
    }

    [Fact]
    public void Misuse_throws()
    {
        Should.Throw<ArgumentNullException>(() => PublishedDateFinder.FromDateLine(null!));
    }
}
