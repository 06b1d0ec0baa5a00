namespace Contradictions.Claims;

// The shapes of DateScanner that are counted from the article date (weekdays,
// "yesterday", "last week", "two days ago") or built around another time ("the night of …",
// "the end of …", "early …").
internal sealed partial class DateScanner
{
    /// <summary>
    /// "Sunday", "Friday night", "Sunday, September 27", "Monday, 28 September 2020". A weekday
    /// alone is the latest such day on or before the article date. A weekday that is part of a
    /// name is skipped: after a capitalised word ("Bloody Sunday", "Good Friday") or before one
    /// ("Sunday Times").
    /// </summary>
    private bool TryWeekday(int first, int j, out DateMatch match)
    {
        match = default;
        if (!_tokens[j].Capitalized)
        {
            return false;
        }

        int k = j + 1;
        if (k < _count && IsSymbol(k, '.') && !_tokens[k].SpaceBefore && IsAbbreviation(j))
        {
            k++;
        }

        if (k < _count && IsSymbol(k, ','))
        {
            k++;
        }

        if (TryDayDate(k, out int end, out var dated))
        {
            match = Match(first, end, dated);
            return true;
        }

        if (_words[j].Short || PrecededByName(j) || FollowedByName(j + 1))
        {
            return false;
        }

        end = j + 1;
        if (end < _count && _words[end].Kind == DateWordKind.PartOfDay && !_tokens[end].Capitalized)
        {
            end++;
        }

        var day = (DayOfWeek)_words[j].Value;
        var value = _published is { } p
            ? DateValue.OneDay(IsFuture(first) ? DateCalendar.OnOrAfter(p, day) : DateCalendar.OnOrBefore(p, day), relative: true)
            : DateValue.Unknown(DatePrecision.Day, relative: true);
        match = Match(first, end, value);
        return true;
    }

    /// <summary>
    /// "today", "tonight", "yesterday (morning)", "tomorrow", "overnight". Capitalised "Today"
    /// inside a sentence is a name ("Politics Today").
    /// </summary>
    private bool TryDayWord(int j, out DateMatch match)
    {
        match = default;
        var kind = _words[j].Kind;
        if (_tokens[j].Capitalized && !AtClauseStart(j))
        {
            return false;
        }

        int end = j + 1;
        if ((kind is DateWordKind.Yesterday or DateWordKind.Tomorrow) && !_tokens[j].Possessive
            && end < _count && _words[end].Kind == DateWordKind.PartOfDay)
        {
            end++;
        }

        if (_published is not { } p)
        {
            match = Match(j, end, DateValue.Unknown(DatePrecision.Day, relative: true));
            return true;
        }

        var value = kind switch
        {
            DateWordKind.Yesterday => DateValue.OneDay(p.AddDays(-1), relative: true),
            DateWordKind.Tomorrow => DateValue.OneDay(p.AddDays(1), relative: true),

            // Overnight fighting ran from the evening before publication into its morning.
            DateWordKind.Overnight => DateCalendar.Range(p.AddDays(-1), p, DatePrecision.Day, relative: true),
            _ => DateValue.OneDay(p, relative: true),
        };
        match = Match(j, end, value);
        return true;
    }

    /// <summary>
    /// "this morning", "last night", "this Tuesday", "last week", "next month", "last year",
    /// "this weekend", "last July".
    /// </summary>
    private bool TryDeictic(int j, out DateMatch match)
    {
        match = default;
        int k = j + 1;
        if (k >= _count || !_tokens[k].IsWord)
        {
            return false;
        }

        var kind = _words[j].Kind;
        if (kind == DateWordKind.This && _words[k].Kind == DateWordKind.Past && k + 1 < _count && _tokens[k + 1].IsWord)
        {
            // "this past weekend", "this past Sunday": the one just gone, as "last" would say.
            kind = DateWordKind.Last;
            k++;
        }

        var next = _words[k];
        DatePrecision precision;
        switch (next.Kind)
        {
            case DateWordKind.PartOfDay when !_tokens[k].Capitalized:
                precision = DatePrecision.Day;
                break;
            case DateWordKind.Unit when next.Value >= (int)DateUnit.Week && !_tokens[k].Capitalized && IsSingularUnit(k):
                precision = next.Value switch
                {
                    (int)DateUnit.Week => DatePrecision.Week,
                    (int)DateUnit.Month => DatePrecision.Month,
                    _ => DatePrecision.Year,
                };
                break;
            case DateWordKind.Weekend:
                precision = DatePrecision.Day;
                break;
            case DateWordKind.Weekday when _tokens[k].Capitalized && !next.Short:
                precision = DatePrecision.Day;
                break;
            case DateWordKind.Month when _tokens[k].Capitalized && (!next.Short || IsWord(k, "May") || IsWord(k, "March")):
                precision = DatePrecision.Month;
                break;
            default:
                return false;
        }

        int end = k + 1;
        if (next.Kind == DateWordKind.Weekday && end < _count && _words[end].Kind == DateWordKind.PartOfDay)
        {
            end++;
        }

        if (_published is not { } p)
        {
            match = Match(j, end, DateValue.Unknown(precision, relative: true));
            return true;
        }

        match = Match(j, end, Deictic(kind, next, k, p, IsFuture(j)));
        return true;
    }

    private DateValue Deictic(DateWordKind kind, DateWord next, int k, DateOnly p, bool future)
    {
        int step = kind switch { DateWordKind.Last => -1, DateWordKind.Next => 1, _ => 0 };
        switch (next.Kind)
        {
            case DateWordKind.PartOfDay:
                // News convention: "last night" is the night that ended on the publication day,
                // so it spans the evening before and the small hours of that day.
                if (step < 0 && IsWord(k, "night"))
                {
                    return DateCalendar.Range(p.AddDays(-1), p, DatePrecision.Day, relative: true);
                }

                return DateValue.OneDay(p.AddDays(step), relative: true);
            case DateWordKind.Weekend:
            {
                var saturday = DateCalendar.WeekStart(p).AddDays(5 + 7 * step);
                return DateCalendar.Range(saturday, saturday.AddDays(1), DatePrecision.Day, relative: true);
            }

            case DateWordKind.Weekday:
            {
                var day = (DayOfWeek)next.Value;
                var date = step switch
                {
                    < 0 => DateCalendar.Before(p, day),
                    > 0 => DateCalendar.After(p, day),

                    // "this Tuesday" in a report reads as the one just past or today, unless the
                    // clause looks ahead ("talks will resume this Friday").
                    _ => future ? DateCalendar.OnOrAfter(p, day) : DateCalendar.OnOrBefore(p, day),
                };
                return DateValue.OneDay(date, relative: true);
            }

            case DateWordKind.Month:
            {
                int month = next.Value;
                int year = step switch
                {
                    < 0 => month < p.Month ? p.Year : p.Year - 1,
                    > 0 => month > p.Month ? p.Year : p.Year + 1,
                    _ => future ? DateCalendar.YearOfComingMonth(month, p) : DateCalendar.YearOfMonth(month, p),
                };
                return DateCalendar.Month(year, month, relative: true);
            }

            default:
                return (DateUnit)next.Value switch
                {
                    // "last week" is the seven days before the article; "this week" and "next
                    // week" are calendar weeks, Monday to Sunday.
                    DateUnit.Week when step < 0 => DateCalendar.Range(p.AddDays(-7), p.AddDays(-1), DatePrecision.Week, relative: true),
                    DateUnit.Week => DateCalendar.Range(
                        DateCalendar.WeekStart(p).AddDays(7 * step), DateCalendar.WeekStart(p).AddDays(7 * step + 6), DatePrecision.Week, relative: true),
                    DateUnit.Month => MonthOf(p.AddMonths(step)),
                    _ => DateCalendar.Year(p.Year + step, relative: true),
                };
        }
    }

    private static DateValue MonthOf(DateOnly day) => DateCalendar.Month(day.Year, day.Month, relative: true);

    /// <summary>"earlier this year", "later this month", "earlier today": from the period's start to the article, or on to its end.</summary>
    private bool TryEarlierLater(int j, out DateMatch match)
    {
        match = default;
        bool earlier = _words[j].Kind == DateWordKind.Earlier;
        int k = j + 1;
        if (k < _count && _words[k].Kind == DateWordKind.Today && !_tokens[k].Capitalized)
        {
            var today = _published is { } day ? DateValue.OneDay(day, relative: true) : DateValue.Unknown(DatePrecision.Day, relative: true);
            match = Match(j, k + 1, today);
            return true;
        }

        if (k + 1 >= _count || _words[k].Kind != DateWordKind.This || _words[k + 1].Kind != DateWordKind.Unit
            || _words[k + 1].Value < (int)DateUnit.Week || !IsSingularUnit(k + 1))
        {
            return false;
        }

        var unit = (DateUnit)_words[k + 1].Value;
        var precision = unit switch { DateUnit.Week => DatePrecision.Week, DateUnit.Month => DatePrecision.Month, _ => DatePrecision.Year };
        if (_published is not { } p)
        {
            match = Match(j, k + 2, DateValue.Unknown(precision, relative: true));
            return true;
        }

        var (start, finish) = unit switch
        {
            DateUnit.Week => (DateCalendar.WeekStart(p), DateCalendar.WeekStart(p).AddDays(6)),
            DateUnit.Month => (new DateOnly(p.Year, p.Month, 1), new DateOnly(p.Year, p.Month, DateTime.DaysInMonth(p.Year, p.Month))),
            _ => (new DateOnly(p.Year, 1, 1), new DateOnly(p.Year, 12, 31)),
        };
        match = Match(j, k + 2, earlier
            ? DateCalendar.Range(start, p, precision, relative: true)
            : DateCalendar.Range(p, finish, precision, relative: true));
        return true;
    }

    /// <summary>
    /// "early July", "mid-2020", "late 1990s", "early this morning", "late last night",
    /// "early Sunday": the qualifier narrows a month, year or decade and leaves a day as it is.
    /// </summary>
    private bool TryQualified(int j, out DateMatch match)
    {
        match = default;
        int k = j + 1;
        if (k < _count && IsSymbol(k, '-') && !_tokens[k].SpaceBefore)
        {
            k++;
        }

        if (k >= _count)
        {
            return false;
        }

        DateMatch inner;
        bool found = _words[k].Kind switch
        {
            DateWordKind.Today or DateWordKind.Tonight or DateWordKind.Yesterday or DateWordKind.Overnight => TryDayWord(k, out inner),
            DateWordKind.This or DateWordKind.Last or DateWordKind.Next => TryDeictic(k, out inner),
            DateWordKind.Weekday => TryWeekday(k, k, out inner),
            DateWordKind.Month => TryMonth(k, Cue.Strong, out inner),
            _ => _tokens[k].Kind == ClaimTokenKind.Number ? TryQualifiedNumber(k, out inner) : NoMatch(out inner),
        };
        if (!found || inner.FirstToken != k)
        {
            return false;
        }

        match = new DateMatch(j, inner.EndToken, _tokens[j].Start, inner.End, DateCalendar.Narrow(inner.Value, _words[j].Value));
        return true;
    }

    /// <summary>"late 1980’s" is a decade even without "the"; any other number is read as after "in".</summary>
    private bool TryQualifiedNumber(int k, out DateMatch match)
    {
        if (IsDecadeNumber(k) && TryDecadeSuffix(k, apostropheAllowed: true, out int end))
        {
            TryDigits(_tokens[k].Span(_text), out int decade);
            match = Match(k, end, DateCalendar.Decade(decade, relative: false));
            return true;
        }

        return TryNumber(k, Cue.Strong, out match);
    }

    /// <summary>
    /// Expressions opening with "the": decades ("the 1990s", "the late 1980’s"), a year or month
    /// before a noun ("the 2018 coup" gives "2018", "the July clashes" gives "July"), parts of a
    /// day ("the night of September 12", "the early hours of Sunday"), portions ("the end of
    /// July"), spans back from the article ("the past week"), the weekend after "over" or "at",
    /// and "the 12th of July".
    /// </summary>
    private bool TryThe(int j, out DateMatch match)
    {
        match = default;
        int k = j + 1;
        if (k >= _count)
        {
            return false;
        }

        ref readonly var next = ref _tokens[k];
        if (next.Kind == ClaimTokenKind.Symbol)
        {
            return ClaimTokenizer.IsApostrophe(_text[next.Start]) && TryShortDecade(j, k, out match);
        }

        if (next.Kind == ClaimTokenKind.Number)
        {
            return TryTheNumber(j, k, out match);
        }

        var word = _words[k];
        switch (word.Kind)
        {
            case DateWordKind.Qualifier:
            {
                int n = k + 1;
                if (n < _count && IsSymbol(n, '-') && !_tokens[n].SpaceBefore)
                {
                    n++;
                }

                if (n < _count && _tokens[n].Kind == ClaimTokenKind.Number && IsDecadeNumber(n) && TryDecadeSuffix(n, apostropheAllowed: true, out int end))
                {
                    TryDigits(_tokens[n].Span(_text), out int decade);
                    match = Match(j, end, DateCalendar.Narrow(DateCalendar.Decade(decade, relative: false), word.Value));
                    return true;
                }

                if (n < _count && _tokens[n].Kind == ClaimTokenKind.Symbol && ClaimTokenizer.IsApostrophe(_text[_tokens[n].Start])
                    && TryShortDecade(j, n, out var shortDecade))
                {
                    match = shortDecade with { Value = DateCalendar.Narrow(shortDecade.Value, word.Value) };
                    return true;
                }

                return TryPartOfDayOf(j, k, out match);
            }

            case DateWordKind.PartOfDay:
                return TryPartOfDayOf(j, k, out match);
            case DateWordKind.Unit when word.Value == (int)DateUnit.Hour:
                return TryPartOfDayOf(j, k, out match);
            case DateWordKind.Portion:
                return TryPortion(j, k, out match);
            case DateWordKind.Past:
            case DateWordKind.Last:
                return TryPastSpan(j, k + 1, out match);
            case DateWordKind.Weekend when j > 0 && _words[j - 1].Kind == DateWordKind.Locating:
            {
                var value = _published is { } p
                    ? LatestWeekend(p)
                    : DateValue.Unknown(DatePrecision.Day, relative: true);
                match = Match(j, k + 1, value);
                return true;
            }

            case DateWordKind.Unit when word.Value == (int)DateUnit.Day && IsSingularUnit(k):
                return TryDayBeforeYesterday(j, k, out match);
            case DateWordKind.Month when next.Capitalized:
            {
                // "the July clashes", "the July 12 attack", "the April 2016 fighting": the month
                // modifies a noun; "the" belongs to the noun.
                return TryMonth(k, NounFollows(k + 1) ? Cue.Strong : Cue.None, out match);
            }

            default:
                return false;
        }
    }

    /// <summary>"the 1990s", "the 1980’s", "the 2018 coup", "the 1992-94 war", "the 12th of July".</summary>
    private bool TryTheNumber(int j, int k, out DateMatch match)
    {
        match = default;
        if (IsDecadeNumber(k) && TryDecadeSuffix(k, apostropheAllowed: true, out int end))
        {
            TryDigits(_tokens[k].Span(_text), out int decade);
            match = Match(j, end, DateCalendar.Decade(decade, relative: false));
            return true;
        }

        if (HasOrdinalSuffix(k) && TryDayMonth(k, out end, out var day))
        {
            match = Match(j, end, day);
            return true;
        }

        if (TryYearToken(k, out int year, out int next) && NounFollows(next))
        {
            match = Match(k, next, DateCalendar.Year(year, relative: false));
            return true;
        }

        if (TryYearRange(k, out var range) && NounFollows(k + 1))
        {
            match = Match(k, k + 1, range);
            return true;
        }

        return false;
    }

    /// <summary>"the night of September 12", "the early hours of Sunday", "the morning of 12 July".</summary>
    private bool TryPartOfDayOf(int j, int k, out DateMatch match)
    {
        match = default;
        if (_words[k].Kind == DateWordKind.Qualifier)
        {
            k++;
        }

        if (k + 2 >= _count || !(_words[k].Kind == DateWordKind.PartOfDay || _words[k].Kind == DateWordKind.Unit && _words[k].Value == (int)DateUnit.Hour)
            || _words[k + 1].Kind != DateWordKind.Of)
        {
            return false;
        }

        return TryDayAnchor(j, k + 2, out match);
    }

    /// <summary>What "the night of", "noon on" and the like can point at: a dated day or a weekday.</summary>
    private bool TryDayAnchor(int first, int k, out DateMatch match)
    {
        match = default;
        if (k >= _count)
        {
            return false;
        }

        if (TryDayDate(k, out int end, out var value))
        {
            match = Match(first, end, value);
            return true;
        }

        return _words[k].Kind == DateWordKind.Weekday && TryWeekday(first, k, out match);
    }

    /// <summary>"noon on July 12", "midnight on Sunday", "dawn of 3 May".</summary>
    private bool TryTimePoint(int j, out DateMatch match)
    {
        match = default;
        int k = j + 1;
        return k < _count && (IsWord(k, "on") || _words[k].Kind == DateWordKind.Of) && TryDayAnchor(j, k + 1, out match);
    }

    /// <summary>
    /// "the beginning of this month", "the end of July", "the middle of 2020", "the start of the
    /// year", "end of last year": the named period narrowed to its early, middle or late part.
    /// </summary>
    private bool TryPortion(int first, int k, out DateMatch match)
    {
        match = default;
        int part = _words[k].Value;
        int n = k + 1;
        if (n + 1 >= _count || _words[n].Kind != DateWordKind.Of)
        {
            return false;
        }

        n++;
        DateMatch inner;
        bool found;
        if (_words[n].Kind == DateWordKind.The && n + 1 < _count && _words[n + 1].Kind == DateWordKind.Unit
            && _words[n + 1].Value >= (int)DateUnit.Week && IsSingularUnit(n + 1))
        {
            // "the start of the year" is this year, as "this year" would be.
            found = TryThisUnit(n, n + 1, out inner);
        }
        else
        {
            found = _words[n].Kind switch
            {
                DateWordKind.This or DateWordKind.Last or DateWordKind.Next => TryDeictic(n, out inner),
                DateWordKind.Month => TryMonth(n, Cue.Strong, out inner),
                DateWordKind.The => TryThe(n, out inner),
                _ => _tokens[n].Kind == ClaimTokenKind.Number ? TryNumber(n, Cue.Strong, out inner) : NoMatch(out inner),
            };
        }

        if (!found || inner.FirstToken != n || inner.Value.Precision is DatePrecision.Day)
        {
            return false;
        }

        match = new DateMatch(first, inner.EndToken, _tokens[first].Start, inner.End, DateCalendar.Narrow(inner.Value, part));
        return true;
    }

    private bool TryThisUnit(int first, int unitToken, out DateMatch match)
    {
        var unit = (DateUnit)_words[unitToken].Value;
        var precision = unit switch { DateUnit.Week => DatePrecision.Week, DateUnit.Month => DatePrecision.Month, _ => DatePrecision.Year };
        var value = _published is { } p
            ? Deictic(DateWordKind.This, _words[unitToken], unitToken, p, future: false)
            : DateValue.Unknown(precision, relative: true);
        match = Match(first, unitToken + 1, value);
        return true;
    }

    /// <summary>
    /// "the past week", "the past three days", "the last 24 hours", "the past few months": from
    /// that far back up to the article date. Not "the last two days of the war".
    /// </summary>
    private bool TryPastSpan(int j, int k, out DateMatch match)
    {
        match = default;
        int amount = 1;
        bool some = false;
        if (k < _count && _tokens[k].Kind == ClaimTokenKind.Number)
        {
            var s = _tokens[k].Span(_text);
            if (!TryDigits(s, out amount) || amount is < 1 or > 999)
            {
                return false;
            }

            k++;
        }
        else if (k < _count && _words[k].Kind == DateWordKind.NumberWord)
        {
            amount = _words[k].Value;
            some = amount == 0;
            k++;
        }

        if (k >= _count || _words[k].Kind != DateWordKind.Unit || _tokens[k].Capitalized)
        {
            return false;
        }

        if (k + 1 < _count && _words[k + 1].Kind == DateWordKind.Of)
        {
            return false;
        }

        var unit = (DateUnit)_words[k].Value;
        if (some)
        {
            // "the past few days" is taken as the last week; "the past few weeks/months/years" as three.
            amount = unit == DateUnit.Day ? 7 : 3;
        }

        var precision = unit switch
        {
            DateUnit.Hour or DateUnit.Day => DatePrecision.Day,
            DateUnit.Week => DatePrecision.Week,
            DateUnit.Month => DatePrecision.Month,
            _ => DatePrecision.Year,
        };
        if (_published is not { } p)
        {
            match = Match(j, k + 1, DateValue.Unknown(precision, relative: true));
            return true;
        }

        var from = unit switch
        {
            DateUnit.Hour => p.AddDays(-((amount + 23) / 24)),
            DateUnit.Day => p.AddDays(-amount),
            DateUnit.Week => p.AddDays(-7 * amount),
            DateUnit.Month => p.AddMonths(-amount),
            _ => p.AddYears(-amount),
        };
        match = Match(j, k + 1, DateCalendar.Range(from, p, precision, relative: true));
        return true;
    }

    /// <summary>"the day before yesterday", "the day after tomorrow".</summary>
    private bool TryDayBeforeYesterday(int j, int k, out DateMatch match)
    {
        match = default;
        if (k + 2 >= _count)
        {
            return false;
        }

        int offset;
        if (IsWord(k + 1, "before") && _words[k + 2].Kind == DateWordKind.Yesterday)
        {
            offset = -2;
        }
        else if (IsWord(k + 1, "after") && _words[k + 2].Kind == DateWordKind.Tomorrow)
        {
            offset = 2;
        }
        else
        {
            return false;
        }

        var value = _published is { } p ? DateValue.OneDay(p.AddDays(offset), relative: true) : DateValue.Unknown(DatePrecision.Day, relative: true);
        match = Match(j, k + 3, value);
        return true;
    }

    /// <summary>
    /// "two days ago", "3 weeks ago", "a couple of days ago", "a few days ago", "days ago",
    /// "hours ago". A vague count of days ("days ago", "a few days ago") is the week before the
    /// article; weeks ago are a week centred on that many weeks back.
    /// </summary>
    private bool TryAgo(int j, out DateMatch match)
    {
        match = default;
        int k = j;
        int amount = -1;
        if (_tokens[k].Kind == ClaimTokenKind.Number)
        {
            if (!TryDigits(_tokens[k].Span(_text), out amount) || amount is < 1 or > 999)
            {
                return false;
            }

            k++;
        }
        else if (_words[k].Kind == DateWordKind.NumberWord)
        {
            amount = _words[k].Value;
            k++;
            if (k < _count && _words[k].Kind == DateWordKind.NumberWord && _words[k].Value == 0 && amount == 1)
            {
                // "a few days ago".
                amount = 0;
                k++;
            }
            else if (k + 1 < _count && _words[k].Kind == DateWordKind.Couple && _words[k + 1].Kind == DateWordKind.Of)
            {
                amount = 2;
                k += 2;
            }
        }

        if (k + 1 >= _count || _words[k].Kind != DateWordKind.Unit || _words[k + 1].Kind != DateWordKind.Ago)
        {
            return false;
        }

        var unit = (DateUnit)_words[k].Value;
        bool vague = amount <= 0;
        if (vague && unit is not (DateUnit.Day or DateUnit.Hour))
        {
            // "weeks ago", "years ago": too loose to place an event.
            return false;
        }

        var precision = unit switch
        {
            DateUnit.Hour => DatePrecision.Day,
            DateUnit.Day => vague ? DatePrecision.Week : DatePrecision.Day,
            DateUnit.Week => DatePrecision.Week,
            DateUnit.Month => DatePrecision.Month,
            _ => DatePrecision.Year,
        };
        if (_published is not { } p)
        {
            match = Match(j, k + 2, DateValue.Unknown(precision, relative: true));
            return true;
        }

        var value = unit switch
        {
            DateUnit.Hour => DateValue.OneDay(p, relative: true),
            DateUnit.Day when vague => DateCalendar.Range(p.AddDays(-7), p.AddDays(-1), DatePrecision.Week, relative: true),
            DateUnit.Day => DateValue.OneDay(p.AddDays(-amount), relative: true),
            DateUnit.Week => DateCalendar.Range(p.AddDays(-7 * amount - 3), p.AddDays(-7 * amount + 3), DatePrecision.Week, relative: true),
            DateUnit.Month => MonthOf(p.AddMonths(-amount)),
            _ => DateCalendar.Year(p.Year - amount, relative: true),
        };
        match = Match(j, k + 2, value);
        return true;
    }

    /// <summary>The weekend holding the article date, or the one just before it.</summary>
    private static DateValue LatestWeekend(DateOnly p)
    {
        var saturday = p.DayOfWeek == DayOfWeek.Sunday ? p.AddDays(-1) : DateCalendar.OnOrBefore(p, DayOfWeek.Saturday);
        return DateCalendar.Range(saturday, saturday.AddDays(1), DatePrecision.Day, relative: true);
    }
}
