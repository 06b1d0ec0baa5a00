namespace Contradictions.Claims;

/// <summary>
/// Finds the time expressions of one sentence and resolves them. Made for one call of
/// <see cref="DateResolver.Find"/> or <see cref="PublishedDateFinder.FromDateLine"/>: it walks
/// the tokens once, left to right, and at each token tries the expression shapes that can
/// start there, keeping the first that matches.
/// </summary>
/// <remarks>
/// A mention's text includes a preposition that only places the time ("on Sunday", "in 2020",
/// "over the weekend") but not one that relates an event to it ("since 1991" gives "1991",
/// "from the night of September 12" gives "the night of September 12"): the range is the
/// named time, and a "since" in the text would suggest the range runs on to the present.
/// </remarks>
internal sealed class DateScanner
{
    [ThreadStatic]
    private static ClaimToken[]? t_tokens;

    [ThreadStatic]
    private static DateWord[]? t_words;

    private readonly string _text;
    private readonly ClaimToken[] _tokens;
    private readonly DateWord[] _words;
    private readonly int _count;
    private readonly DateOnly? _published;

    /// <summary>Tokenizes <paramref name="text"/> and looks up every word once.</summary>
    public DateScanner(string text, DateOnly? published)
    {
        _text = text;
        _published = published;
        var tokens = t_tokens ?? new ClaimToken[64];
        _count = ClaimTokenizer.Tokenize(text, ref tokens);
        t_tokens = tokens;
        var words = t_words ?? new DateWord[tokens.Length];
        if (words.Length < _count)
        {
            words = new DateWord[tokens.Length];
        }

        t_words = words;
        for (int i = 0; i < _count; i++)
        {
            ref readonly var token = ref tokens[i];
            // No time word is longer than ten letters ("throughout"); longer words skip the lookup.
            words[i] = token.IsWord && token.BaseLength <= 10 ? DateWords.Of(token.BaseSpan(text)) : default;
        }

        _tokens = tokens;
        _words = words;
    }

    /// <summary>How strongly the word before a bare month or year says it is a time.</summary>
    private enum Cue : byte
    {
        /// <summary>Nothing: "Resolution 2334", "the UN's 2020 report" is handled elsewhere.</summary>
        None,

        /// <summary>
        /// "of", "by", "from", "over", "between": often a count instead ("a total of 2000 troops"),
        /// so a plural noun after the number makes it a count.
        /// </summary>
        Weak,

        /// <summary>"in", "since", "during", "until", a list after a time: a year or month.</summary>
        Strong,
    }

    /// <summary>The number of tokens.</summary>
    public int Count => _count;

    /// <summary>The tokens (only the first <see cref="Count"/> are meaningful).</summary>
    public ReadOnlySpan<ClaimToken> Tokens => _tokens.AsSpan(0, _count);

    /// <summary>The looked-up time word of token <paramref name="i"/>.</summary>
    public DateWord WordAt(int i) => _words[i];

    /// <summary>Adds every time expression, in text order and not overlapping, to <paramref name="into"/>.</summary>
    public void ScanAll(List<DateMatch> into)
    {
        int lastEnd = -1;
        int i = 0;
        while (i < _count)
        {
            if (TryAt(i, lastEnd, out var match))
            {
                into.Add(match);
                i = match.EndToken;
                lastEnd = match.EndToken;
            }
            else
            {
                i++;
            }
        }
    }

    private bool TryAt(int i, int lastEnd, out DateMatch match)
    {
        var word = _words[i];
        if (word.Kind == DateWordKind.Locating && i + 1 < _count && !_tokens[i + 1].IsSymbol(_text, '-'))
        {
            // "on Sunday", "in 2020", "over the weekend": the preposition joins the mention when
            // the time starts right after it.
            if (TryCore(i + 1, LocatingCue(i), out match))
            {
                if (match.FirstToken == i + 1)
                {
                    match = match with { FirstToken = i, Start = _tokens[i].Start };
                }

                return true;
            }

            return false;
        }

        return TryCore(i, CueBefore(i, lastEnd), out match);
    }

    private Cue CueBefore(int i, int lastEnd)
    {
        if (i == 0)
        {
            return Cue.None;
        }

        var previous = _words[i - 1];
        switch (previous.Kind)
        {
            case DateWordKind.Locating:
                return LocatingCue(i - 1);
            case DateWordKind.Unit when previous.Value == (int)DateUnit.Year && IsSingularUnit(i - 1) && !_tokens[i - 1].Possessive:
                // "the year 2000".
                return Cue.Strong;
            case DateWordKind.Relational:
                return IsWord(i - 1, "by") || IsWord(i - 1, "from") || IsWord(i - 1, "between") ? Cue.Weak : Cue.Strong;
            case DateWordKind.Of:
                return Cue.Weak;
            case DateWordKind.Connector:
                // "in April and May", "from 2018 to 2020", "between 1992 and 1994".
                return lastEnd == i - 1 ? Cue.Strong : Cue.None;
            default:
                // "the 1990s – and 2020 –", "July, August": a list right after a time.
                if (lastEnd == i - 1 && (IsSymbol(i - 1, ',') || IsDash(i - 1)))
                {
                    return Cue.Strong;
                }

                return Cue.None;
        }
    }

    /// <summary>
    /// What a placing preposition says about a bare number or month after it: "in" and
    /// "during" mark a year ("in 2020"); "over" may precede a count ("over 1900 people"); "at"
    /// and "on" precede clock times and days, never a bare year ("at 1900 GMT").
    /// </summary>
    private Cue LocatingCue(int k) =>
        IsWord(k, "in") || IsWord(k, "during") ? Cue.Strong : IsWord(k, "over") ? Cue.Weak : Cue.None;

    private bool TryCore(int j, Cue cue, out DateMatch match)
    {
        match = default;
        if (j >= _count)
        {
            return false;
        }

        ref readonly var token = ref _tokens[j];
        if (token.Kind == ClaimTokenKind.Number)
        {
            return TryNumber(j, cue, out match);
        }

        if (token.Kind == ClaimTokenKind.Symbol)
        {
            return ClaimTokenizer.IsApostrophe(_text[token.Start]) && TryShortDecade(j, j, out match);
        }

        return _words[j].Kind switch
        {
            DateWordKind.Month => TryMonth(j, cue, out match),
            DateWordKind.Weekday => TryWeekday(j, j, out match),
            DateWordKind.Today or DateWordKind.Tonight or DateWordKind.Yesterday or DateWordKind.Tomorrow or DateWordKind.Overnight
                => TryDayWord(j, out match),
            DateWordKind.This or DateWordKind.Last or DateWordKind.Next => TryDeictic(j, out match),
            DateWordKind.Earlier or DateWordKind.Later => TryEarlierLater(j, out match),
            DateWordKind.Qualifier => TryQualified(j, out match),
            DateWordKind.The => TryThe(j, cue, out match),
            DateWordKind.Portion => TryPortion(j, j, out match),
            DateWordKind.TimePoint => TryTimePoint(j, out match),
            DateWordKind.NumberWord or DateWordKind.Unit => TryAgo(j, out match),
            _ => false,
        };
    }

    // ---- Absolute dates -------------------------------------------------------------------

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

            // "Azerbaijan’s 2020 offensive", "the UN's 2021 report": a year between an owner and a noun.
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

    // ---- Weekdays and days named from the article date -------------------------------------

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
    /// inside a sentence is a name ("Russia Today").
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
    private bool TryThe(int j, Cue cue, out DateMatch match)
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
                if (TryMonth(k, NounFollows(k + 1) ? Cue.Strong : Cue.None, out match))
                {
                    return true;
                }

                return false;
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
                DateWordKind.The => TryThe(n, Cue.Strong, out inner),
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

    // ---- Token tests ------------------------------------------------------------------------

    private DateMatch Match(int first, int end, DateValue value)
    {
        ref readonly var last = ref _tokens[end - 1];
        int endOffset = last.IsWord ? last.BaseEnd : last.End;
        return new DateMatch(first, end, _tokens[first].Start, endOffset, value);
    }

    private static bool NoMatch(out DateMatch match)
    {
        match = default;
        return false;
    }

    /// <summary>A shortened month or weekday ("Sept", "Fri"); "May" and "March" are full names.</summary>
    private bool IsAbbreviation(int k) => _words[k].Short && !IsWord(k, "May") && !IsWord(k, "March");

    private bool IsWord(int k, string word) =>
        k < _count && _tokens[k].IsWord && _tokens[k].BaseSpan(_text).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsClockWord(int k) => k < _count && _tokens[k].IsWord && DateWords.ClockWordLookup.Contains(_tokens[k].Span(_text));

    private bool IsGluedWord(int k, string word) => k < _count && !_tokens[k].SpaceBefore && IsWord(k, word);

    private bool IsSymbol(int k, char c) => k < _count && _tokens[k].IsSymbol(_text, c);

    private bool IsDash(int k) => k < _count && _tokens[k].Kind == ClaimTokenKind.Symbol && _text[_tokens[k].Start] is '-' or '–' or '—';

    private bool HasOrdinalSuffix(int k) =>
        k + 1 < _count && _tokens[k].Kind == ClaimTokenKind.Number && !_tokens[k + 1].SpaceBefore && _tokens[k + 1].IsWord
        && DateWords.OrdinalSuffixLookup.Contains(_tokens[k + 1].Span(_text));

    private bool IsDecadeNumber(int k)
    {
        var s = _tokens[k].Span(_text);
        return s.Length == 4 && TryDigits(s, out int year) && year % 10 == 0 && year is >= DateCalendar.MinYear and <= DateCalendar.MaxYear;
    }

    /// <summary>"week", "month", "year" in the singular (so "last years" and "this days" stay out).</summary>
    private bool IsSingularUnit(int k) => _text[_tokens[k].BaseEnd - 1] is not ('s' or 'S');

    /// <summary>A currency or number sign glued before the number ("$2020", "#1990", "№2334").</summary>
    private bool GluedMoneySign(int k) =>
        k > 0 && !_tokens[k].SpaceBefore && _tokens[k - 1].Kind == ClaimTokenKind.Symbol && _text[_tokens[k - 1].Start] is '$' or '€' or '£' or '¥' or '#' or '№' or '+';

    /// <summary>A lower-case plural noun at <paramref name="k"/>: "troops", "soldiers", "people".</summary>
    private bool IsPluralNoun(int k)
    {
        if (k >= _count || !_tokens[k].IsWord || _tokens[k].Capitalized || _tokens[k].Possessive)
        {
            return false;
        }

        var word = _tokens[k].Span(_text);
        if (word.Equals("people", StringComparison.Ordinal) || word.Equals("men", StringComparison.Ordinal)
            || word.Equals("women", StringComparison.Ordinal) || word.Equals("children", StringComparison.Ordinal))
        {
            return true;
        }

        return word.Length > 3 && word[^1] == 's' && word[^2] != 's' && !DateWords.NotPluralLookup.Contains(word);
    }

    /// <summary>A word that a month or year can modify: "clashes", "war", "Olympics" — not "on", "was".</summary>
    private bool NounFollows(int k) =>
        k < _count && _tokens[k].IsWord && _tokens[k].SpaceBefore && _words[k].Kind is not (DateWordKind.Month or DateWordKind.Weekday)
        && !DateWords.NotNounLookup.Contains(_tokens[k].Span(_text));

    /// <summary>A capitalised word right after <paramref name="k"/> - 1 that is not a time word: "Sunday Times", "April Smith".</summary>
    private bool FollowedByName(int k) =>
        k < _count && _tokens[k].IsWord && _tokens[k].Capitalized && _tokens[k].SpaceBefore
        && _words[k].Kind is DateWordKind.None && !_tokens[k].AllCaps;

    /// <summary>
    /// A capitalised word before <paramref name="k"/> that is not the sentence's first word or a
    /// time word: "Bloody Sunday", "Good Friday".
    /// </summary>
    private bool PrecededByName(int k)
    {
        int b = k - 1;
        return b >= 0 && _tokens[b].IsWord && _tokens[b].Capitalized && !_tokens[b].AllCaps && !AtClauseStart(b)
            && _words[b].Kind == DateWordKind.None;
    }

    /// <summary>The first word of the sentence or of a quotation, parenthesis or clause after a colon or dash.</summary>
    private bool AtClauseStart(int k)
    {
        if (k == 0)
        {
            return true;
        }

        ref readonly var previous = ref _tokens[k - 1];
        return previous.Kind == ClaimTokenKind.Symbol && _text[previous.Start] is '"' or '“' or '‘' or '\'' or '(' or '[' or ':' or '—' or '–' or '-' or '«';
    }

    /// <summary>
    /// Whether the clause holding token <paramref name="j"/> looks ahead: a future marker
    /// ("will", "due", "plans") among the few words before it, back to the last comma or
    /// clause mark. News reports past events far more often, so past is the default.
    /// </summary>
    private bool IsFuture(int j)
    {
        for (int k = j - 1; k >= 0 && k >= j - 8; k--)
        {
            ref readonly var token = ref _tokens[k];
            if (token.Kind == ClaimTokenKind.Symbol && _text[token.Start] is ',' or ';' or ':' or '.' or '"' or '“' or '”' or '(' or ')')
            {
                return false;
            }

            if (token.IsWord && (DateWords.FutureMarkerLookup.Contains(token.Span(_text)) || EndsWithWill(token)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"they’ll", "we'll".</summary>
    private bool EndsWithWill(ClaimToken token)
    {
        var s = token.Span(_text);
        return s.Length > 3 && s.EndsWith("ll", StringComparison.Ordinal) && ClaimTokenizer.IsApostrophe(s[^3]);
    }

    /// <summary>Parses plain ASCII digits (at most nine) into a number.</summary>
    public static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        if (s.IsEmpty || s.Length > 9)
        {
            return false;
        }

        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                value = 0;
                return false;
            }

            value = value * 10 + (c - '0');
        }

        return true;
    }
}
