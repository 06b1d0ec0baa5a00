namespace Contradictions.Claims;

/// <summary>
/// Cuts a sentence into <see cref="FigureToken"/>s in one pass: words (with a possessive
/// ending kept on the word), numbers (with their separators, decimal part, clock minutes and
/// glued letters) and single symbols. Each word is looked up in <see cref="FigureLexicon"/>
/// once, here, so the scan that follows never looks at characters again.
/// </summary>
internal static class FigureTokenizer
{
    /// <summary>
    /// Tokenizes <c>text[0..length)</c> into <paramref name="tokens"/>, which must hold at least
    /// <paramref name="length"/> entries (no token is empty). Returns the number of tokens.
    /// </summary>
    public static int Tokenize(string text, int length, FigureToken[] tokens)
    {
        int count = 0;
        int i = 0;
        bool space = true;
        while (i < length)
        {
            char c = text[i];
            if (IsSpace(c))
            {
                space = true;
                i++;
                continue;
            }

            ref var token = ref tokens[count++];
            token = default;
            token.Start = i;
            token.SpaceBefore = space;
            space = false;
            if (char.IsAsciiDigit(c))
            {
                i = ReadNumber(text, length, i, ref token);
            }
            else if (char.IsLetter(c))
            {
                i = ReadWord(text, length, i, ref token);
            }
            else
            {
                token.Kind = FigureTokenKind.Symbol;
                token.Length = 1;
                token.StemLength = 1;
                i++;
            }
        }

        return count;
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF';

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    private static bool IsWordChar(char c) => char.IsLetter(c) || char.IsAsciiDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    private static int ReadWord(string text, int length, int i, ref FigureToken token)
    {
        int start = i;
        while (i < length && IsWordChar(text[i]))
        {
            i++;
        }

        int stem = i - start;
        int end = i;

        // "Somalia’s", "UAV’s": the ending stays on the word so that the word is one token and
        // the stem is what the lexicon is asked about. "Forces’" (plural possessive) likewise.
        if (i + 1 < length && IsApostrophe(text[i]) && text[i + 1] is 's' or 'S' && (i + 2 == length || !IsWordChar(text[i + 2])))
        {
            token.Possessive = true;
            end = i + 2;
        }
        else if (i < length && IsApostrophe(text[i]) && text[i - 1] is 's' && (i + 1 == length || !IsWordChar(text[i + 1])))
        {
            token.Possessive = true;
            end = i + 1;
        }

        token.Kind = FigureTokenKind.Word;
        token.Length = end - start;
        token.StemLength = stem;
        token.Capitalized = char.IsUpper(text[start]);
        token.Word = FigureLexicon.Find(text.AsSpan(start, stem));
        return end;
    }

    private static int ReadNumber(string text, int length, int i, ref FigureToken token)
    {
        int start = i;
        double value = 0;
        while (i < length && char.IsAsciiDigit(text[i]))
        {
            value = (value * 10) + (text[i] - '0');
            i++;
        }

        int leading = i - start;
        var shape = NumberShape.None;

        // Thousands groups: "4,400", "1 500", "2 500 000". A group is exactly three digits not
        // followed by a fourth, and only a first part of one to three digits can be grouped, so
        // "In 2020 100 people" stays two numbers. A space only groups when the grouping has not
        // used commas, which keeps "12,000 500" apart.
        bool spaceGroups = leading <= 3;
        bool commaGroups = leading <= 3;
        while (i < length)
        {
            char separator = text[i];
            bool isComma = separator == ',';
            bool isSpace = separator is ' ' or '\u00A0' or '\u202F' or '\u2009';
            if (!((isComma && commaGroups) || (isSpace && spaceGroups)) || !ThreeDigitsAt(text, length, i + 1))
            {
                break;
            }

            value = (value * 1000) + ((text[i + 1] - '0') * 100) + ((text[i + 2] - '0') * 10) + (text[i + 3] - '0');
            shape |= NumberShape.Grouped;
            if (isComma)
            {
                spaceGroups = false;
            }
            else
            {
                commaGroups = false;
            }

            i += 4;
        }

        if (i + 1 < length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            double scale = 0.1;
            i++;
            while (i < length && char.IsAsciiDigit(text[i]))
            {
                value += (text[i] - '0') * scale;
                scale /= 10;
                i++;
            }

            shape |= NumberShape.Decimal;
        }
        else if (i + 1 < length && text[i] == ':' && char.IsAsciiDigit(text[i + 1]) && shape == NumberShape.None)
        {
            // "9:33", "12:30": a clock time, whatever follows.
            i++;
            while (i < length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            shape |= NumberShape.Time;
        }

        token.StemLength = i - start;
        if (i < length && char.IsLetter(text[i]))
        {
            int suffixStart = i;
            while (i < length && IsWordChar(text[i]))
            {
                i++;
            }

            shape |= NumberShape.LetterSuffix;
            token.Suffix = FigureLexicon.FindSuffix(text.AsSpan(suffixStart, i - suffixStart));
        }

        token.Kind = FigureTokenKind.Number;
        token.Length = i - start;
        token.Value = value;
        token.Shape = shape;
        token.LeadingDigits = leading;
        return i;
    }

    private static bool ThreeDigitsAt(string text, int length, int i) =>
        i + 2 < length
        && char.IsAsciiDigit(text[i]) && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2])
        && (i + 3 == length || !char.IsAsciiDigit(text[i + 3]));
}
