using System.Collections.Immutable;
using Contradictions.Sentences;

namespace Contradictions.Claims;

/// <summary>
/// Finds the times a sentence names and resolves each to a range of days, using the article's
/// publication date for expressions that depend on it ("yesterday", "on Sunday", "in July").
/// </summary>
/// <remarks>
/// <para>
/// Absolute forms: "12 July 2020", "July 12, 2020", "2020-09-27", "12.07.2020" (day first),
/// "April 2016", a year after a time word ("in 2020", "since 1991", "the 2018 coup", "2020's"),
/// decades ("the 1990s", "the late 1980’s" — early, mid and late narrow a decade to four of its
/// years, a year to four months, a month to ten days), "the night of September 12",
/// "noon on July 12".
/// </para>
/// <para>
/// Forms resolved against the article date (<see cref="DateMention.Relative"/> is true): a day
/// or month without a year (the article's year, or the year before when the day would fall
/// more than two months after the article or the month is later than the article's month);
/// weekdays (the latest such day on or before the article date; "last Sunday" is strictly
/// before it); "today", "this morning", "tonight", "yesterday", "last night" (the night before
/// publication, so the day before and the day itself), "overnight" (the same two days),
/// "last week" (the seven days before the article), "this week" (Monday to Sunday), "last
/// month", "this month", "earlier this year" (1 January to the article date), "two days ago",
/// "days ago" (the seven days before the article), "the past week", "over the weekend".
/// Without an article date these come back with no range.
/// </para>
/// <para>
/// Not dates: clock times ("9:33AM"), durations ("the 44-day war", "six weeks of fighting",
/// "for three days"), ages, counts ("2,000 peacekeepers", "a total of 2000 troops"), ordinals
/// ("the 4th soldier") and numbers that only look like years ("Resolution 2334"). A bare
/// four-digit number between 1800 and 2100 is a year only after a time word or "the", glued
/// to a decade "s" or a possessive.
/// </para>
/// <para>An instance holds no state and may be shared between threads.</para>
/// </remarks>
public sealed class DateResolver
{
    [ThreadStatic]
    private static List<DateMatch>? t_matches;

    /// <summary>
    /// Finds the time expressions in <paramref name="sentence"/>, in text order and not
    /// overlapping, each with its range resolved as far as the text and
    /// <paramref name="published"/> allow.
    /// </summary>
    /// <param name="sentence">The sentence text; mention spans are offsets into it.</param>
    /// <param name="published">The article's publication date, or null when unknown.</param>
    /// <returns>The mentions; empty when the sentence names no time.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sentence"/> is <see langword="null"/>.</exception>
    public ImmutableArray<DateMention> Find(string sentence, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var matches = t_matches ??= new List<DateMatch>();
        matches.Clear();
        new DateScanner(sentence, published).ScanAll(matches);
        if (matches.Count == 0)
        {
            return [];
        }

        var mentions = ImmutableArray.CreateBuilder<DateMention>(matches.Count);
        foreach (var match in matches)
        {
            var value = match.Value;
            mentions.Add(new DateMention(
                new TextSpan(match.Start, match.End - match.Start),
                sentence[match.Start..match.End],
                value.From,
                value.To,
                value.Precision,
                value.Relative));
        }

        return mentions.MoveToImmutable();
    }
}
