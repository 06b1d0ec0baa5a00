namespace Contradictions.Claims;

/// <summary>A resolved time: the day range, how precise it is, and whether the article date was needed.</summary>
/// <param name="From">First day, or null when unresolved.</param>
/// <param name="To">Last day (inclusive), or null when unresolved.</param>
/// <param name="Precision">The unit the expression names.</param>
/// <param name="Relative">True when the article's date was needed (or would have been).</param>
internal readonly record struct DateValue(DateOnly? From, DateOnly? To, DatePrecision Precision, bool Relative)
{
    /// <summary>An unresolved value of the given precision.</summary>
    public static DateValue Unknown(DatePrecision precision, bool relative) => new(null, null, precision, relative);

    /// <summary>A single day.</summary>
    public static DateValue OneDay(DateOnly day, bool relative) => new(day, day, DatePrecision.Day, relative);

    /// <summary>True when both ends are known.</summary>
    public bool Resolved => From is not null && To is not null;
}
