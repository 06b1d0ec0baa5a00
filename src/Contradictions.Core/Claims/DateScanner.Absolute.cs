namespace Contradictions.Claims;

// The shapes of DateScanner that name a time outright: days with their month
// ("12 July 2020", "July 12", "2020-09-27"), months, years, year ranges and decades.
internal sealed partial class DateScanner
{
    /// <summary>
    /// A day written with its month: "July 12", "July 12, 2020", "12 July 2020", "12th of July",
    /// "the 12th of July", "12–13 September", "2020-09-27", "27.09.2020".
    /// </summary>
    private bool TryDayDate(int j, out int end, out DateValue value)
    {
        end = j;
        value = default;
        if (j >= _count)
        {
            return false;
        }

        ref readonly var token = ref _tokens[j];
        if (token.IsWord)
        {
            if (_words[j].Kind == DateWordKind.Month)
            {
                return TryMonthDay(j, out end, out value);
            }

            // "the 12th of July": only with an ordinal and "of", so "the 12 soldiers" stays a count.
            return _words[j].Kind == DateWordKind.The && j + 1 < _count && HasOrdinalSuffix(j + 1)
                && TryDayMonth(j + 1, out end, out value);
        }

        if (token.Kind != ClaimTokenKind.Number)
        {
            return false;
        }

        return TryNumericDate(j, out end, out value) || TryDayMonth(j, out end, out value);
    }

    /// <summary>"July 12", "Sept. 12, 2020", "September 12–13".</summary>
    private bool TryMonthDay(int j, out int end, out DateValue value)
    {
        end = j;
        value = default;
        if (!_tokens[j].Capitalized)
        {
            return false;
        }

        int month = _words[j].Value;
        int k = j + 1;
        if (k < _count && IsSymbol(k, '.') && !_tokens[k].SpaceBefore && IsAbbreviation(j))
        {
            k++;
        }

        if (k >= _count || !_tokens[k].SpaceBefore || !TryDayNumber(k, out int first, out int last, out int afterDay)
            || !DateCalendar.CanExist(month, first) || !DateCalendar.CanExist(month, last))
        {
            return false;
        }

        // "In July 12 soldiers were killed": a plural noun after the number makes it a count.
        if (IsPluralNoun(afterDay))
        {
            return false;
        }

        end = afterDay;
        if (TryYearAfter(afterDay, out int year, out int afterYear))
        {
            end = afterYear;
            return TryAbsoluteDay(year, month, first, last, out value);
        }

        value = DayWithoutYear(month, first, last, IsFuture(j));
        return true;
    }

    /// <summary>"12 July", "12th of July 2020", "12–13 September 2022".</summary>
    private bool TryDayMonth(int j, out int end, out DateValue value)
    {
        end = j;
        value = default;
        if (!TryDayNumber(j, out int first, out int last, out int k))
        {
            return false;
        }

        if (k < _count && _words[k].Kind == DateWordKind.Of)
        {
            k++;
        }

        if (k >= _count || _words[k].Kind != DateWordKind.Month || !_tokens[k].Capitalized)
        {
            return false;
        }

        int month = _words[k].Value;
        if (!DateCalendar.CanExist(month, first) || !DateCalendar.CanExist(month, last))
        {
            return false;
        }

        k++;
        if (k < _count && IsSymbol(k, '.') && !_tokens[k].SpaceBefore && IsAbbreviation(k - 1))
        {
            k++;
        }

        end = k;
        if (TryYearAfter(k, out int year, out int afterYear))
        {
            end = afterYear;
            return TryAbsoluteDay(year, month, first, last, out value);
        }

        value = DayWithoutYear(month, first, last, IsFuture(j));
        return true;
    }

    /// <summary>
    /// All-number dates: ISO "2020-09-27", day-first "27.09.2020", and slashed dates only when
    /// the order is plain ("27/09/2020", "9/27/2020"); "07/09/2020" could be either and is left.
    /// </summary>
    private bool TryNumericDate(int j, out int end, out DateValue value)
    {
        end = j + 1;
        value = default;
        var s = _tokens[j].Span(_text);
        if (s.Length == 10 && s[4] == '-' && s[7] == '-'
            && TryDigits(s[..4], out int y) && TryDigits(s.Slice(5, 2), out int m) && TryDigits(s.Slice(8, 2), out int d))
        {
            return TryAbsoluteDay(y, m, d, d, out value);
        }

        int firstSep = s.IndexOfAny('.', '/');
        if (firstSep is < 1 or > 2)
        {
            return false;
        }

        char sep = s[firstSep];
        int secondSep = s[(firstSep + 1)..].IndexOf(sep) + firstSep + 1;
        if (secondSep <= firstSep + 1 || secondSep - firstSep > 3 || s.Length - secondSep - 1 != 4)
        {
            return false;
        }

        if (!TryDigits(s[..firstSep], out int a) || !TryDigits(s[(firstSep + 1)..secondSep], out int b)
            || !TryDigits(s[(secondSep + 1)..], out int year))
        {
            return false;
        }

        if (sep == '.')
        {
            // Dotted dates are written day first wherever they are used.
            return TryAbsoluteDay(year, b, a, a, out value);
        }

        if (a > 12 && b <= 12)
        {
            return TryAbsoluteDay(year, b, a, a, out value);
        }

        if (b > 12 && a <= 12)
        {
            return TryAbsoluteDay(year, a, b, b, out value);
        }

        return false;
    }

    /// <summary>
    /// A day number: 1–31, alone, with an ordinal ending ("12th") or as a range ("12–13"). Not a
    /// clock time, a decimal, an age ("12-year-old") or a measure ("12km").
    /// </summary>
    private bool TryDayNumber(int j, out int first, out int last, out int next)
    {
        first = last = 0;
        next = j + 1;
        if (j >= _count || _tokens[j].Kind != ClaimTokenKind.Number || GluedMoneySign(j))
        {
            return false;
        }

        var s = _tokens[j].Span(_text);
        int dash = s.IndexOfAny('-', '–');
        if (dash < 0)
        {
            if (!TryDigits(s, out first) || s.Length > 2)
            {
                return false;
            }

            last = first;
        }
        else if (dash > 2 || s.Length - dash - 1 > 2 || !TryDigits(s[..dash], out first)
                 || !TryDigits(s[(dash + 1)..], out last) || last <= first)
        {
            return false;
        }

        if (first is < 1 or > 31 || last is < 1 or > 31)
        {
            return false;
        }

        if (next < _count && !_tokens[next].SpaceBefore)
        {
            if (_tokens[next].IsWord && DateWords.OrdinalSuffixLookup.Contains(_tokens[next].Span(_text)))
            {
                next++;
            }
            else if (_tokens[next].IsWord || IsDash(next) || _text[_tokens[next].Start] is '%' or '°' or '/')
            {
                // "12-year-old", "12km", "12%": not a day.
                return false;
            }
        }

        return true;
    }

    /// <summary>A year after a day or month: "July 12, 2020", "12 July 2020", "April 2016".</summary>
    private bool TryYearAfter(int k, out int year, out int next)
    {
        year = 0;
        next = k;
        if (k < _count && IsSymbol(k, ',') && k + 1 < _count && TryYearToken(k + 1, out year, out next))
        {
            return true;
        }

        return k < _count && TryYearToken(k, out year, out next);
    }

    /// <summary>A plain four-digit year between 1800 and 2100, not glued to letters or digits after it.</summary>
    private bool TryYearToken(int k, out int year, out int next)
    {
        next = k + 1;
        year = 0;
        if (_tokens[k].Kind != ClaimTokenKind.Number || !_tokens[k].SpaceBefore || GluedMoneySign(k))
        {
            return false;
        }

        var s = _tokens[k].Span(_text);
        if (s.Length != 4 || !TryDigits(s, out year) || year is < DateCalendar.MinYear or > DateCalendar.MaxYear)
        {
            return false;
        }

        return next >= _count || _tokens[next].SpaceBefore || _tokens[next].Kind == ClaimTokenKind.Symbol
            && !IsSymbol(next, '%') && !ClaimTokenizer.IsApostrophe(_text[_tokens[next].Start]);
    }

    private bool TryAbsoluteDay(int year, int month, int first, int last, out DateValue value)
    {
        value = default;
        if (!DateCalendar.IsValid(year, month, first) || !DateCalendar.IsValid(year, month, last))
        {
            return false;
        }

        value = DateCalendar.Range(new DateOnly(year, month, first), new DateOnly(year, month, last), DatePrecision.Day, relative: false);
        return true;
    }

    private DateValue DayWithoutYear(int month, int first, int last, bool future)
    {
        if (DateCalendar.DayWithoutYear(month, first, _published, future) is { } day && DateCalendar.IsValid(day.Year, month, last))
        {
            return DateCalendar.Range(day, new DateOnly(day.Year, month, last), DatePrecision.Day, relative: true);
        }

        return DateValue.Unknown(DatePrecision.Day, relative: true);
    }

    /// <summary>
    /// A month first: a day date ("July 12"), a month and year ("April 2016"), or the month
    /// alone where the word before marks a time ("in July", "since August", "April and May").
    /// </summary>
    private bool TryMonth(int j, Cue cue, out DateMatch match)
    {
        match = default;
        if (!_tokens[j].Capitalized)
        {
            // "may" and "march" in lower case are a verb and a noun.
            return false;
        }

        if (TryMonthDay(j, out int end, out var value))
        {
            match = Match(j, end, value);
            return true;
        }

        int month = _words[j].Value;
        int k = j + 1;
        if (k < _count && IsSymbol(k, '.') && !_tokens[k].SpaceBefore && IsAbbreviation(j))
        {
            k++;
        }

        if (k < _count && TryYearToken(k, out int year, out int afterYear))
        {
            match = Match(j, afterYear, DateCalendar.Month(year, month, relative: false));
            return true;
        }

        if (cue == Cue.None || IsAbbreviation(j) || FollowedByName(j + 1))
        {
            // A bare month needs a time word before it; "April Smith" and "the March on" are not months.
            return false;
        }

        match = Match(j, j + 1, MonthWithoutYear(month, IsFuture(j)));
        return true;
    }

    private DateValue MonthWithoutYear(int month, bool future) =>
        _published is { } p
            ? DateCalendar.Month(future ? DateCalendar.YearOfComingMonth(month, p) : DateCalendar.YearOfMonth(month, p), month, relative: true)
            : DateValue.Unknown(DatePrecision.Month, relative: true);

    /// <summary>
    /// Numbers first: all-number dates, day–month dates, decades ("1990s"), a year after a
    /// time word ("in 2020", "since 1991"), year ranges ("between 1992-1994"), a possessive
    /// year ("2020's war"), and counts back ("3 days ago").
    /// </summary>
    private bool TryNumber(int j, Cue cue, out DateMatch match)
    {
        match = default;
        if (TryDayDate(j, out int end, out var value))
        {
            match = Match(j, end, value);
            return true;
        }

        if (TryAgo(j, out match))
        {
            return true;
        }

        if (GluedMoneySign(j))
        {
            return false;
        }

        var s = _tokens[j].Span(_text);
        int next = j + 1;
        if (s.Length == 4 && TryDigits(s, out int year) && year is >= DateCalendar.MinYear and <= DateCalendar.MaxYear)
        {
            if (TryDecadeSuffix(j, apostropheAllowed: false, out int decadeEnd))
            {
                match = Match(j, decadeEnd, DateCalendar.Decade(year, relative: false));
                return true;
            }

            if (next < _count && !_tokens[next].SpaceBefore)
            {
                if (ClaimTokenizer.IsApostrophe(_text[_tokens[next].Start]) && IsGluedWord(next + 1, "s"))
                {
                    // "2020's war": a possessive year. The text is the year alone.
                    match = new DateMatch(j, next + 2, _tokens[j].Start, _tokens[j].End, DateCalendar.Year(year, relative: false));
                    return true;
                }

                bool gluedFunctionWord = _tokens[next].IsWord && DateWords.GluedFunctionWordLookup.Contains(_tokens[next].Span(_text));
                bool punctuation = _tokens[next].Kind == ClaimTokenKind.Symbol && !IsSymbol(next, '%') && !IsDash(next);
                if (!gluedFunctionWord && !punctuation)
                {
                    return false;
                }
            }

            // "the army’s 2020 offensive", "the agency's 2021 report": a year between an owner and a noun.
            bool afterOwner = j > 0 && _tokens[j - 1].Possessive && _tokens[j].SpaceBefore && NounFollows(next) && !IsPluralNoun(next);
            if (IsClockWord(next))
            {
                // "by 1800 GMT", "at 1900 hours": a time of day.
                return false;
            }

            if (cue == Cue.Strong || cue == Cue.Weak && !IsPluralNoun(next) || afterOwner)
            {
                match = Match(j, next, DateCalendar.Year(year, relative: false));
                return true;
            }

            return false;
        }

        if (cue != Cue.None && TryYearRange(j, out var range) && !IsPluralNoun(next))
        {
            match = Match(j, next, range);
            return true;
        }

        return false;
    }

    /// <summary>"1992-1994", "1992–94": a range of whole years.</summary>
    private bool TryYearRange(int j, out DateValue value)
    {
        value = default;
        var s = _tokens[j].Span(_text);
        int dash = s.IndexOfAny('-', '–');
        if (dash != 4 || (s.Length != 7 && s.Length != 9) || !TryDigits(s[..4], out int first) || !TryDigits(s[5..], out int second))
        {
            return false;
        }

        int last = s.Length == 7 ? first / 100 * 100 + second : second;
        if (first is < DateCalendar.MinYear or > DateCalendar.MaxYear || last <= first || last > DateCalendar.MaxYear)
        {
            return false;
        }

        value = DateCalendar.Range(new DateOnly(first, 1, 1), new DateOnly(last, 12, 31), DatePrecision.Year, relative: false);
        return true;
    }

    /// <summary>
    /// Whether the year at <paramref name="j"/> is written as a decade: "1990s" always, "1980’s"
    /// only after "the", "early", "late" or "mid" (otherwise "2020's" is a possessive year).
    /// </summary>
    private bool TryDecadeSuffix(int j, bool apostropheAllowed, out int end)
    {
        end = j + 1;
        var s = _tokens[j].Span(_text);
        if (s[^1] != '0')
        {
            return false;
        }

        if (IsGluedWord(j + 1, "s"))
        {
            end = j + 2;
            return true;
        }

        if (apostropheAllowed && j + 2 < _count && !_tokens[j + 1].SpaceBefore
            && ClaimTokenizer.IsApostrophe(_text[_tokens[j + 1].Start]) && IsGluedWord(j + 2, "s"))
        {
            end = j + 3;
            return true;
        }

        return false;
    }

    /// <summary>"the ’90s", "’80s": a decade of the latest century that does not put it after the article.</summary>
    private bool TryShortDecade(int first, int j, out DateMatch match)
    {
        match = default;
        if (j + 2 >= _count || _tokens[j + 1].Kind != ClaimTokenKind.Number || _tokens[j + 1].SpaceBefore || !IsGluedWord(j + 2, "s"))
        {
            return false;
        }

        var s = _tokens[j + 1].Span(_text);
        if (s.Length != 2 || !TryDigits(s, out int tens) || tens % 10 != 0)
        {
            return false;
        }

        // Without an article date the twentieth century is the likely one ("the ’90s").
        int decade = 1900 + tens;
        if (_published is { } p && decade + 100 <= p.Year)
        {
            decade += 100;
        }

        match = Match(first, j + 3, DateCalendar.Decade(decade, relative: false));
        return true;
    }
}
