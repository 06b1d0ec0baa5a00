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
internal sealed partial class DateScanner
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
        /// <summary>No time word before: "Resolution 2334", "at 1900 GMT".</summary>
        None,

        /// <summary>
        /// "of", "by", "from", "over", "between": often before a count ("a total of 2000 troops"),
        /// so a plural noun after the number makes it a count.
        /// </summary>
        Weak,

        /// <summary>"in", "since", "during", "until", "the year", a list right after a time: a year or month.</summary>
        Strong,
    }

    /// <summary>The sentence's tokens.</summary>
    public ReadOnlySpan<ClaimToken> Tokens => _tokens.AsSpan(0, _count);

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
            DateWordKind.The => TryThe(j, out match),
            DateWordKind.Portion => TryPortion(j, j, out match),
            DateWordKind.TimePoint => TryTimePoint(j, out match),
            DateWordKind.NumberWord or DateWordKind.Unit => TryAgo(j, out match),
            _ => false,
        };
    }

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
