namespace Contradictions.Claims;

/// <summary>
/// Calendar arithmetic for <see cref="DateResolver"/>: ranges of months, years and decades,
/// weekdays counted back from the article date, and the year of a date written without one.
/// </summary>
internal static class DateCalendar
{
    /// <summary>Earliest year read from a bare four-digit number.</summary>
    public const int MinYear = 1800;

    /// <summary>Latest year read from a bare four-digit number.</summary>
    public const int MaxYear = 2100;

    /// <summary>
    /// How far after the article date a day written without a year may fall before it is read
    /// as last year's. Articles name coming days too ("talks resume on October 5"), so a date a
    /// little ahead stays in the article's year; one far ahead is a past event ("the clashes of
    /// December 28" in a January article).
    /// </summary>
    public const int FutureMonthsAllowed = 2;

    /// <summary>True when the year, month and day make a real date.</summary>
    public static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>True when the day can exist in that month in some year (29 February included).</summary>
    public static bool CanExist(int month, int day) => IsValid(2000, month, day);

    /// <summary>The whole month.</summary>
    public static DateValue Month(int year, int month, bool relative) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)), DatePrecision.Month, relative);

    /// <summary>The whole year.</summary>
    public static DateValue Year(int year, bool relative) =>
        new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year, relative);

    /// <summary>The ten years from <paramref name="decadeStart"/>.</summary>
    public static DateValue Decade(int decadeStart, bool relative) =>
        new(new DateOnly(decadeStart, 1, 1), new DateOnly(decadeStart + 9, 12, 31), DatePrecision.Decade, relative);

    /// <summary>A range of days with the given precision.</summary>
    public static DateValue Range(DateOnly from, DateOnly to, DatePrecision precision, bool relative) =>
        new(from, to, precision, relative);

    /// <summary>
    /// The day of a month and day written without a year ("on July 12"): the article's year,
    /// or the year before when that would put the day more than <see cref="FutureMonthsAllowed"/>
    /// months after the article. In a clause about the future ("talks will resume on January
    /// 10") it is the first such day on or after the article instead. Null when there is no
    /// article date or the day does not exist in that year (29 February).
    /// </summary>
    public static DateOnly? DayWithoutYear(int month, int day, DateOnly? published, bool future = false)
    {
        if (published is not { } p)
        {
            return null;
        }

        int year = p.Year;
        if (future)
        {
            if (month < p.Month || month == p.Month && day < p.Day)
            {
                year++;
            }
        }
        else if (month > p.Month && (!IsValid(year, month, day) || new DateOnly(year, month, day) > p.AddMonths(FutureMonthsAllowed)))
        {
            year--;
        }

        return IsValid(year, month, day) ? new DateOnly(year, month, day) : null;
    }

    /// <summary>
    /// The year of a month named alone ("in July"): the article's year, or the year before when
    /// the month is later than the article's month. News looks back far more often than ahead,
    /// so a month not yet reached is last year's.
    /// </summary>
    public static int YearOfMonth(int month, DateOnly p) => month <= p.Month ? p.Year : p.Year - 1;

    /// <summary>The year of a month named in a clause about the future: this year's if not yet past, else next year's.</summary>
    public static int YearOfComingMonth(int month, DateOnly p) => month >= p.Month ? p.Year : p.Year + 1;

    /// <summary>The first <paramref name="day"/> on or after <paramref name="p"/>.</summary>
    public static DateOnly OnOrAfter(DateOnly p, DayOfWeek day) => p.AddDays(((int)day - (int)p.DayOfWeek + 7) % 7);

    /// <summary>The latest <paramref name="day"/> on or before <paramref name="p"/>.</summary>
    public static DateOnly OnOrBefore(DateOnly p, DayOfWeek day) => p.AddDays(-(((int)p.DayOfWeek - (int)day + 7) % 7));

    /// <summary>The latest <paramref name="day"/> strictly before <paramref name="p"/>.</summary>
    public static DateOnly Before(DateOnly p, DayOfWeek day) => OnOrBefore(p.AddDays(-1), day);

    /// <summary>The first <paramref name="day"/> strictly after <paramref name="p"/>.</summary>
    public static DateOnly After(DateOnly p, DayOfWeek day) => p.AddDays(((int)day - (int)p.DayOfWeek + 6) % 7 + 1);

    /// <summary>The Monday of the (Monday-first) week holding <paramref name="p"/>.</summary>
    public static DateOnly WeekStart(DateOnly p) => p.AddDays(-(((int)p.DayOfWeek + 6) % 7));

    /// <summary>
    /// Narrows a range to its early (1), middle (2) or late (3) part: a month to days 1–10,
    /// 11–20 or 21–end; a year to January–April, May–August or September–December; a decade
    /// to its first four, middle four or last four years ("the late 1980s" is 1986–1989).
    /// Days and weeks are left as they are ("early Sunday" is still Sunday).
    /// </summary>
    public static DateValue Narrow(DateValue value, int part)
    {
        if (value.From is not { } from || value.To is not { } to || part is < 1 or > 3)
        {
            return value;
        }

        switch (value.Precision)
        {
            case DatePrecision.Month when from.Day == 1 && to.AddDays(1).Day == 1:
                return value with
                {
                    From = new DateOnly(from.Year, from.Month, part switch { 1 => 1, 2 => 11, _ => 21 }),
                    To = part switch { 1 => new DateOnly(from.Year, from.Month, 10), 2 => new DateOnly(from.Year, from.Month, 20), _ => to },
                };
            case DatePrecision.Year when from.DayOfYear == 1 && to.Month == 12 && to.Day == 31 && from.Year == to.Year:
                int firstMonth = part switch { 1 => 1, 2 => 5, _ => 9 };
                return value with
                {
                    From = new DateOnly(from.Year, firstMonth, 1),
                    To = new DateOnly(from.Year, firstMonth + 3, DateTime.DaysInMonth(from.Year, firstMonth + 3)),
                };
            case DatePrecision.Decade when to.Year - from.Year == 9:
                int firstYear = from.Year + part switch { 1 => 0, 2 => 3, _ => 6 };
                return value with { From = new DateOnly(firstYear, 1, 1), To = new DateOnly(firstYear + 3, 12, 31) };
            default:
                return value;
        }
    }
}
