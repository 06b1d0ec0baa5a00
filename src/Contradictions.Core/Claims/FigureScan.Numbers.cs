namespace Contradictions.Claims;

/// <summary>Reading hedges and numbers, turning them into intervals, and telling counts from other numbers.</summary>
internal sealed partial class FigureScan
{
    /// <summary>
    /// Reads a hedge (if any) and the number after it, starting at token <paramref name="i"/>.
    /// </summary>
    private bool ReadNumberPhrase(int i, out NumberPhrase phrase)
    {
        phrase = default;
        QualifierKind? qualifier = null;
        int j = i;
        if (_t[i].Word is { Qualifiers.Length: > 0 } word)
        {
            foreach (var entry in word.Qualifiers)
            {
                int end = MatchForward(i, entry.Words);
                if (end > 0)
                {
                    qualifier = entry.Kind;
                    j = end;
                    break;
                }
            }
        }

        if (j >= _n)
        {
            return false;
        }

        if (qualifier is QualifierKind.Between or QualifierKind.From)
        {
            return ReadOpenedRange(i, j, qualifier.Value, out phrase);
        }

        if (!ReadNumber(j, out phrase))
        {
            return false;
        }

        phrase.Start = i;
        phrase.Qualifier = qualifier;
        if (qualifier is not null)
        {
            // A hedge goes with a count or a vague plural ("over a dozen", "at least dozens"),
            // never with "a", "no" or an ordinal ("about a soldier" is not a count).
            return phrase.Form is NumberForm.Count or NumberForm.Vague;
        }

        if (phrase.Form is NumberForm.Count or NumberForm.One)
        {
            ReadTrailing(ref phrase);
        }

        return true;
    }

    /// <summary>
    /// "between 5 and 7", "from 5 to 7". After a verb of change, "rose from 12 to 57" is not a
    /// range but an update: the figure is the second number alone.
    /// </summary>
    private bool ReadOpenedRange(int i, int j, QualifierKind qualifier, out NumberPhrase phrase)
    {
        phrase = default;
        string link = qualifier == QualifierKind.Between ? "and" : "to";
        if (!ReadNumber(j, out var low) || low.Form is not (NumberForm.Count or NumberForm.One)
            || !IsWord(low.End, link) || low.End + 1 >= _n
            || !ReadNumber(low.End + 1, out var high) || high.Form != NumberForm.Count)
        {
            return false;
        }

        SpreadScale(ref low, high);
        if (high.Low <= low.Low)
        {
            return false;
        }

        if (qualifier == QualifierKind.From && Has(i - 1, WordRoles.ChangeVerb))
        {
            phrase = high;
            return true;
        }

        phrase = MakeRange(low, high);
        phrase.Start = i;
        return true;
    }

    /// <summary>
    /// What may follow a plain count: "or more" (at least), "or so" and "-odd" (about),
    /// "-plus" (at least), or a second number making a range ("100 to 300", "5 or 6", "5-7").
    /// </summary>
    private void ReadTrailing(ref NumberPhrase phrase)
    {
        int k = phrase.End;
        if (IsWord(k, "or") && IsWord(k + 1, "more"))
        {
            phrase.Qualifier = QualifierKind.AtLeast;
            phrase.End = k + 2;
            return;
        }

        if (IsWord(k, "or") && IsWord(k + 1, "so"))
        {
            phrase.Qualifier = QualifierKind.About;
            phrase.End = k + 2;
            return;
        }

        if (IsJoinedHyphen(k) && (IsWord(k + 1, "plus") || IsWord(k + 1, "odd")))
        {
            phrase.Qualifier = IsWord(k + 1, "plus") ? QualifierKind.AtLeast : QualifierKind.About;
            phrase.End = k + 2;
            return;
        }

        // A hyphen only joins a range when glued on both sides ("5-7"); a spaced hyphen is
        // punctuation. En and em dashes join either way ("5 – 7").
        bool dash = IsJoinedHyphen(k) || IsSymbol(k, '–') || IsSymbol(k, '—');
        if (!(dash || IsWord(k, "to") || IsWord(k, "or")) || k + 1 >= _n)
        {
            return;
        }

        if (!ReadNumber(k + 1, out var high) || high.Form != NumberForm.Count || high.Digits != phrase.Digits)
        {
            return;
        }

        var low = phrase;
        SpreadScale(ref low, high);
        if (high.Low <= low.Low)
        {
            return;
        }

        int start = phrase.Start;
        phrase = MakeRange(low, high);
        phrase.Start = start;
    }

    /// <summary>"2 to 3 million": the scale written once applies to both ends.</summary>
    private static void SpreadScale(ref NumberPhrase low, NumberPhrase high)
    {
        if (high.Scale > 1 && low.Scale == 1 && low.Low * high.Scale <= high.Low)
        {
            low.Low *= high.Scale;
            low.High = low.Low;
        }
    }

    private static NumberPhrase MakeRange(NumberPhrase low, NumberPhrase high) => low with
    {
        Form = NumberForm.Range,
        High = high.High,
        End = high.End,
        YearLike = low.YearLike && high.YearLike,
        Qualifier = null,
    };

    // Words that, a few words before "any", make it none: "had not lost any", "denied losing any".
    private static readonly string[] Negations = ["not", "never", "denied", "denies", "deny", "denying", "without"];

    /// <summary>
    /// True when a negation or a denial stands up to four words before token <paramref name="j"/>
    /// in the same clause ("had not lost any", "didn't lose any", "denied losing any").
    /// </summary>
    private bool NegatedBefore(int j)
    {
        for (int k = j - 1; k >= 0 && j - k <= 4; k--)
        {
            if (_t[k].Kind != FigureTokenKind.Word)
            {
                return false;
            }

            var word = _text.AsSpan(_t[k].Start, _t[k].End - _t[k].Start);
            if (word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            foreach (var negation in Negations)
            {
                if (IsWord(k, negation))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Reads one number (digits or words) at token <paramref name="j"/>.</summary>
    private bool ReadNumber(int j, out NumberPhrase phrase)
    {
        phrase = new NumberPhrase { Start = j, NumberStart = j, End = j + 1, Scale = 1 };
        ref readonly var token = ref _t[j];
        if (token.Kind == FigureTokenKind.Number)
        {
            return ReadDigits(j, ref phrase);
        }

        if (token.Kind != FigureTokenKind.Word || token.Word?.Number is not { } number)
        {
            return false;
        }

        switch (number.Kind)
        {
            case NumberWordKind.Cardinal:
                return ReadCardinalWords(j, ref phrase);

            case NumberWordKind.Vague:
                phrase.Form = NumberForm.Vague;
                phrase.Low = number.Low;
                phrase.High = number.High;
                ExtendVague(ref phrase);
                return true;

            case NumberWordKind.Ordinal:
                phrase.Form = NumberForm.Ordinal;
                phrase.Low = phrase.High = number.Value;
                return true;

            case NumberWordKind.ZeroDeterminer:
                // "no one" is nobody; "no one of them" is not English enough to care about.
                if (IsWord(j + 1, "one") && !IsWord(j + 2, "of"))
                {
                    phrase.Form = NumberForm.ZeroPerson;
                    phrase.End = j + 2;
                }
                else
                {
                    phrase.Form = NumberForm.ZeroDeterminer;
                }

                return true;

            case NumberWordKind.ZeroPronoun:
                phrase.Form = NumberForm.ZeroPronoun;
                return true;

            case NumberWordKind.ZeroPerson:
                phrase.Form = NumberForm.ZeroPerson;
                return true;

            case NumberWordKind.Not:
                phrase.Form = NumberForm.ZeroDeterminer;
                if (IsWord(j + 1, "a") && IsWord(j + 2, "single"))
                {
                    phrase.End = j + 3;
                    return true;
                }

                if (IsWord(j + 1, "one") && !IsWord(j + 2, "of"))
                {
                    phrase.End = j + 2;
                    return true;
                }

                return false;

            case NumberWordKind.NegatedAny:
                // "had not lost any aircraft", "denied losing any": the speaker's zero.
                if (!NegatedBefore(j))
                {
                    return false;
                }

                phrase.Form = NumberForm.ZeroDeterminer;
                return true;

            case NumberWordKind.Article:
                return ReadArticle(j, ref phrase);

            case NumberWordKind.Half:
                // "half a dozen"
                if (IsWord(j + 1, "a") && IsWord(j + 2, "dozen"))
                {
                    phrase.Form = NumberForm.Count;
                    phrase.Low = phrase.High = 6;
                    phrase.End = j + 3;
                    return true;
                }

                return false;

            default:
                return false;
        }
    }

    private bool ReadDigits(int j, ref NumberPhrase phrase)
    {
        ref readonly var token = ref _t[j];
        if ((token.Shape & NumberShape.Time) != 0)
        {
            return false;
        }

        double scale = 1;
        if ((token.Shape & NumberShape.LetterSuffix) != 0)
        {
            // "4th" is an ordinal, "2.5bn" a scaled count; "152mm", "1990s", "9pm" are no counts.
            if (token.Suffix is not { } suffix)
            {
                return false;
            }

            if (suffix.Kind == NumberWordKind.Ordinal)
            {
                if ((token.Shape & (NumberShape.Decimal | NumberShape.Grouped)) != 0)
                {
                    return false;
                }

                phrase.Form = NumberForm.Ordinal;
                phrase.Low = phrase.High = token.Value;
                phrase.Digits = true;
                return true;
            }

            scale = suffix.Value;
        }
        else if (j + 1 < _n && _t[j + 1].Word?.Number is { Kind: NumberWordKind.Scale, Value: >= 100 } written)
        {
            // "2.5 million", "3 thousand"
            scale = written.Value;
            phrase.End = j + 2;
        }

        // A fraction is no count of people or things: "2.5 soldiers" does not occur, "6.8" is a magnitude.
        if ((token.Shape & NumberShape.Decimal) != 0 && scale == 1)
        {
            return false;
        }

        phrase.Form = NumberForm.Count;
        phrase.Low = phrase.High = Math.Round(token.Value * scale);
        phrase.Scale = scale;
        phrase.Digits = true;

        // Four bare digits between 1800 and 2100 are far more often a year than a count; the
        // noun after them decides ("in 2020" vs "1500 people").
        phrase.YearLike = token.Shape == NumberShape.None && token.LeadingDigits == 4 && scale == 1
            && token.Value is >= 1800 and <= 2100;
        return true;
    }

    /// <summary>
    /// Number words, compounded the usual way: "twenty-one", "two hundred", "one hundred and
    /// twenty", "three thousand five hundred", "two dozen". "one" alone is <see cref="NumberForm.One"/>.
    /// </summary>
    private bool ReadCardinalWords(int j, ref NumberPhrase phrase)
    {
        const int none = 0, unit = 1, ten = 2, scaled = 3, and = 4;
        double total = 0;
        double current = 0;
        int last = none;
        int end = j;
        int k = j;
        while (k < _n)
        {
            if (last == ten && IsJoinedHyphen(k) && _t[k + 1].Word?.Number is { Kind: NumberWordKind.Cardinal, Value: < 10 })
            {
                k++;
                continue;
            }

            if (last == scaled && IsWord(k, "and") && k + 1 < _n && _t[k + 1].Word?.Number is { Kind: NumberWordKind.Cardinal })
            {
                last = and;
                k++;
                continue;
            }

            if (_t[k].Kind != FigureTokenKind.Word || _t[k].Word?.Number is not { } number
                || number.Kind is not (NumberWordKind.Cardinal or NumberWordKind.Scale))
            {
                break;
            }

            if (number.Kind == NumberWordKind.Cardinal)
            {
                double v = number.Value;
                if (last == none)
                {
                    current = v;
                }
                else if ((last == ten && v < 10) || last is scaled or and)
                {
                    current += v;
                }
                else
                {
                    break;
                }

                last = v >= 20 && v % 10 == 0 ? ten : unit;
            }
            else
            {
                if (last is none or and)
                {
                    break;
                }

                // "hundred" and "dozen" multiply what came before; "thousand" and "million"
                // close a group ("three thousand five hundred").
                if (number.Value is 100 or 12)
                {
                    current *= number.Value;
                }
                else
                {
                    total += current * number.Value;
                    current = 0;
                }

                last = scaled;
            }

            end = k + 1;
            k++;
        }

        if (end == j)
        {
            return false;
        }

        double value = total + current;
        phrase.End = end;
        phrase.Low = phrase.High = value;
        phrase.Form = value == 1 && end == j + 1 ? NumberForm.One : NumberForm.Count;
        return true;
    }

    /// <summary>
    /// "a dozen", "a hundred", "a few", "a couple of", "a handful of"; otherwise "a" counts one
    /// only if a singular item and an outcome follow (checked later). Before another number
    /// ("a 4th soldier", "a 12-year-old") "a" is just the article.
    /// </summary>
    private bool ReadArticle(int j, ref NumberPhrase phrase)
    {
        int k = j + 1;
        if (k >= _n)
        {
            return false;
        }

        // "a 12-year-old soldier", "a two-man crew": the number describes the noun; "a" counts it.
        if (IsCompoundAdjective(k))
        {
            phrase.Form = NumberForm.Article;
            phrase.Low = phrase.High = 1;
            return true;
        }

        if (_t[k].Kind == FigureTokenKind.Number)
        {
            return false;
        }

        if (_t[k].Word?.Number is { } next)
        {
            switch (next.Kind)
            {
                case NumberWordKind.Scale:
                    phrase.Form = NumberForm.Count;
                    phrase.Low = phrase.High = next.Value;
                    phrase.End = k + 1;
                    return true;

                case NumberWordKind.ArticleVague:
                    phrase.Form = NumberForm.Vague;
                    phrase.Low = next.Low;
                    phrase.High = next.High;
                    phrase.End = k + 1;
                    ExtendVague(ref phrase);
                    return true;

                case NumberWordKind.Cardinal or NumberWordKind.Ordinal or NumberWordKind.Vague:
                    return false;
            }
        }

        phrase.Form = NumberForm.Article;
        phrase.Low = phrase.High = 1;
        return true;
    }

    /// <summary>
    /// Vague quantities of a unit: "several hundred" is [300, 999], "a few dozen" [24, 71],
    /// "hundreds of thousands" [200,000, 999,999], "tens of thousands" [20,000, 99,999]. The
    /// rule is [low × unit, (high + 1) × unit − 1]: everything the vague word allows, at that unit.
    /// </summary>
    private void ExtendVague(ref NumberPhrase phrase)
    {
        int k = phrase.End;
        double unit = 0;
        if (k < _n && _t[k].Word?.Number is { Kind: NumberWordKind.Scale } scale)
        {
            unit = scale.Value;
            phrase.End = k + 1;
        }
        else if (IsWord(k, "of") && k + 1 < _n && _t[k + 1].Word?.Number is { Kind: NumberWordKind.Vague, OfScale: > 0 } plural)
        {
            unit = plural.OfScale;
            phrase.End = k + 2;
        }

        if (unit > 0)
        {
            phrase.Low *= unit;
            phrase.High = ((phrase.High + 1) * unit) - 1;
        }
    }

    /// <summary>
    /// The interval a hedge gives a number n (counts are whole, so open bounds become closed ones):
    /// <list type="bullet">
    /// <item>plain: [n, n], Exact;</item>
    /// <item>"at least", "no fewer than", "or more", "-plus": [n, ∞), AtLeast;</item>
    /// <item>"more than", "over", "in excess of": [⌊n⌋ + 1, ∞), MoreThan;</item>
    /// <item>"as many as", "up to", "at most", "no more than": [0, n], AtMost;</item>
    /// <item>"fewer than", "less than", "under", "below": [0, ⌈n⌉ − 1], LessThan;</item>
    /// <item>"around", "about", "some", "roughly", "approximately", "close to", "or so":
    /// [⌊n(1 − t)⌋, ⌈n(1 + t)⌉], About, with t = <see cref="FigureExtractorOptions.AboutTolerance"/>;</item>
    /// <item>"nearly", "almost", "just under": [⌊n(1 − t)⌋, n], About;</item>
    /// <item>ranges: [low, high], Range, no stated number;</item>
    /// <item>vague plurals: their own bounds, Vague, no stated number; a hedge opens them ("at least
    /// dozens": [24, ∞)) or closes them ("up to hundreds": [0, 999]);</item>
    /// <item>"no", "none", "no one": [0, 0]; "a", "one": [1, 1]; an ordinal counter n: [n, n].</item>
    /// </list>
    /// </summary>
    private FigureValue ToValue(NumberPhrase phrase)
    {
        double n = phrase.Low;
        switch (phrase.Form)
        {
            case NumberForm.ZeroDeterminer or NumberForm.ZeroPronoun or NumberForm.ZeroPerson:
                return new FigureValue(0, 0, 0, FigureQualifier.Exact);
            case NumberForm.Article or NumberForm.One or NumberForm.Ordinal:
                return new FigureValue(n, n, n, FigureQualifier.Exact);
            case NumberForm.Range:
                return new FigureValue(phrase.Low, phrase.High, null, FigureQualifier.Range);
            case NumberForm.Vague:
                return phrase.Qualifier switch
                {
                    QualifierKind.AtLeast => new FigureValue(phrase.Low, double.PositiveInfinity, null, FigureQualifier.AtLeast),
                    QualifierKind.MoreThan => new FigureValue(phrase.Low, double.PositiveInfinity, null, FigureQualifier.MoreThan),
                    QualifierKind.AtMost => new FigureValue(0, phrase.High, null, FigureQualifier.AtMost),
                    QualifierKind.LessThan => new FigureValue(0, phrase.High, null, FigureQualifier.LessThan),
                    _ => new FigureValue(phrase.Low, phrase.High, null, FigureQualifier.Vague),
                };
        }

        // decimal, so that 110 × 1.1 is 121 and not 121.00000000000001 (whose ceiling is 122).
        decimal exact = (decimal)n;
        return phrase.Qualifier switch
        {
            QualifierKind.AtLeast => new FigureValue(n, double.PositiveInfinity, n, FigureQualifier.AtLeast),
            QualifierKind.MoreThan => new FigureValue(Math.Floor(n) + 1, double.PositiveInfinity, n, FigureQualifier.MoreThan),
            QualifierKind.AtMost => new FigureValue(0, n, n, FigureQualifier.AtMost),
            QualifierKind.LessThan => new FigureValue(0, Math.Max(0, Math.Ceiling(n) - 1), n, FigureQualifier.LessThan),
            QualifierKind.About => new FigureValue(
                (double)decimal.Floor(exact * (1 - _tolerance)), (double)decimal.Ceiling(exact * (1 + _tolerance)), n, FigureQualifier.About),
            QualifierKind.Nearly => new FigureValue((double)decimal.Floor(exact * (1 - _tolerance)), n, n, FigureQualifier.About),
            _ => new FigureValue(n, n, n, FigureQualifier.Exact),
        };
    }

    /// <summary>
    /// Numbers that are not counts, told by their neighbours: money ("$2.5bn", "2,500 $",
    /// "USD 5"), shares ("40%"), dates ("July 12", "12 September"), clock times ("4 pm", "9
    /// a.m."), labels ("Resolution 2334", "Route 60", "Su-25"), ages ("aged 71",
    /// "12-year-old"), compound adjectives ("44-day war"), units ("six weeks", "50 kilometres"),
    /// phone numbers ("+249 …") and runs of bare numbers ("2 1 2" share counters).
    /// </summary>
    private bool IsExcluded(in NumberPhrase phrase)
    {
        int before = phrase.NumberStart - 1;
        if (before >= 0 && IsExcludedByWhatPrecedes(before, phrase))
        {
            return true;
        }

        if (phrase.End < _n && IsExcludedByWhatFollows(phrase.End, phrase))
        {
            return true;
        }

        // "in 2020", "since 1991", "July 12, 2020"
        return phrase.YearLike && phrase.Start == phrase.NumberStart && before >= 0
            && (Has(before, WordRoles.YearPreposition)
                || (Has(before, WordRoles.Month) && _t[before].Capitalized)
                || (IsSymbol(before, ',') && before > 0 && _t[before - 1].Kind == FigureTokenKind.Number));
    }

    private bool IsExcludedByWhatPrecedes(int before, in NumberPhrase phrase)
    {
        ref readonly var token = ref _t[before];
        bool glued = !_t[phrase.NumberStart].SpaceBefore;
        switch (token.Kind)
        {
            case FigureTokenKind.Symbol:
                char c = _text[token.Start];
                if (IsCurrencySymbol(c) || c is '#' or '№')
                {
                    return true;
                }

                if (glued && c is '+' or '/' or '\\')
                {
                    return true;
                }

                // "Su-25", "T-72", "COVID-19": the number is part of a name.
                return glued && c is '-' or '‐' or '‑' or '–' && !token.SpaceBefore
                    && before > 0 && _t[before - 1].Kind == FigureTokenKind.Word;

            case FigureTokenKind.Word when phrase.Digits:
                return token.Has(WordRoles.Label | WordRoles.CurrencyCode | WordRoles.Age)
                    || (token.Has(WordRoles.Month) && token.Capitalized);

            case FigureTokenKind.Word:
                return token.Has(WordRoles.Age);

            default:
                // Another number right before, with only space between: a share counter or a
                // phone number, unless it was a year ("In 2021 1,200 civilians").
                return phrase.Digits && !IsYearToken(before);
        }
    }

    private bool IsExcludedByWhatFollows(int after, in NumberPhrase phrase)
    {
        ref readonly var token = ref _t[after];
        bool glued = !token.SpaceBefore;
        switch (token.Kind)
        {
            case FigureTokenKind.Symbol:
                char c = _text[token.Start];
                if (c == '%' || IsCurrencySymbol(c) || (glued && c == '/'))
                {
                    return true;
                }

                // "44-day", "two-day", "12-year-old", "2,000-strong", "122-mm": a compound
                // adjective describes something else.
                if (IsJoinedHyphen(after) && _t[after + 1].Kind == FigureTokenKind.Word)
                {
                    return true;
                }

                // "the 1980’s"
                return glued && c is '\'' or '’' && IsWord(after + 1, "s") && !_t[after + 1].SpaceBefore;

            case FigureTokenKind.Word:
                return token.Has(WordRoles.Unit)
                    || (phrase.Digits && token.Has(WordRoles.Month) && token.Capitalized)
                    || ((IsWord(after, "a") || IsWord(after, "p")) && IsSymbol(after + 1, '.') && IsWord(after + 2, "m"));

            default:
                return phrase.Digits;
        }
    }

    /// <summary>A number glued by a hyphen to a word that is not a number: "12-year-old", "44-day", "two-man".</summary>
    private bool IsCompoundAdjective(int i) =>
        i < _n && (_t[i].Kind == FigureTokenKind.Number || _t[i].Word?.Number is not null) && IsJoinedHyphen(i + 1)
        && _t[i + 2].Kind == FigureTokenKind.Word && _t[i + 2].Word?.Number is null;

    private bool IsYearToken(int i)
    {
        ref readonly var token = ref _t[i];
        return token.Kind == FigureTokenKind.Number && token.Shape == NumberShape.None && token.LeadingDigits == 4
            && token.Value is >= 1800 and <= 2100;
    }

    private static bool IsCurrencySymbol(char c) => c is '$' or '€' or '£' or '¥' or '₹' or '₽' or '₴' or '₪' or '₦' or '₼' or '֏';

    /// <summary>A hedge and number as read, before the noun after them is known.</summary>
    private record struct NumberPhrase
    {
        /// <summary>First token of the figure (the hedge, or the number).</summary>
        public int Start;

        /// <summary>First token of the number.</summary>
        public int NumberStart;

        /// <summary>Token after the number (and any trailing "or more", or the second number of a range).</summary>
        public int End;

        /// <summary>How it is written.</summary>
        public NumberForm Form;

        /// <summary>The value, or the lower bound of a vague word or range.</summary>
        public double Low;

        /// <summary>The value, or the upper bound of a vague word or range.</summary>
        public double High;

        /// <summary>The scale written after digits ("million"), or 1.</summary>
        public double Scale;

        /// <summary>The hedge, or null.</summary>
        public QualifierKind? Qualifier;

        /// <summary>True when written in digits.</summary>
        public bool Digits;

        /// <summary>True for four bare digits that may be a year.</summary>
        public bool YearLike;
    }
}
