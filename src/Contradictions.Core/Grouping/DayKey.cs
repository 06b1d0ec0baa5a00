namespace Contradictions.Grouping;

/// <summary>A day named in an article: month and day, with the year when the text or the article date gives it.</summary>
internal readonly record struct DayKey(int? Year, int Month, int Day)
{
    /// <summary>Days between two days; without both years, within one year (12 July vs 27 September: 77).</summary>
    public int DistanceTo(DayKey other)
    {
        if (Year is { } y1 && other.Year is { } y2)
        {
            return Math.Abs(new DateOnly(y1, Month, Day).DayNumber - new DateOnly(y2, other.Month, other.Day).DayNumber);
        }

        // A leap year holds every month/day pair.
        return Math.Abs(new DateOnly(2000, Month, Day).DayOfYear - new DateOnly(2000, other.Month, other.Day).DayOfYear);
    }
}
