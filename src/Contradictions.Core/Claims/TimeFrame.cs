using System.Collections.Immutable;

namespace Contradictions.Claims;

/// <summary>
/// When a sentence is set. A sentence framed by a month, a year, a decade or a week ("In
/// August, …", "during the worst clashes in April 2016", "in the 1990s", "last week") tells
/// of another time than the article's own news, which is framed by days ("on Sunday", "this
/// morning", "on July 12"); the grouping keeps such background out of the main incident.
/// </summary>
/// <param name="Dates">The dates that set the frame.</param>
/// <param name="Inherited">True when the dates come from the sentence before ("The ensuing fighting …").</param>
/// <param name="IsBackground">True when the frame is a month, year, decade or week rather than the news of the day.</param>
public sealed record TimeFrame(ImmutableArray<DateMention> Dates, bool Inherited, bool IsBackground)
{
    /// <summary>No date at all.</summary>
    public static TimeFrame None { get; } = new([], false, false);
}
