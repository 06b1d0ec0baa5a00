using Contradictions.Sentences;

namespace Contradictions.Claims;

/// <summary>
/// Cuts a sentence into the words the party lexicon looks up, in one pass and without
/// allocating: runs of letters and digits, dotted abbreviations as one word ("U.S.", "U.A.E."),
/// and possessive endings as words of their own so that "Ukraine’s" is the name "Ukraine"
/// followed by a possessive. Everything else (punctuation, spaces) is a gap, and the flags on
/// the following token say whether a multiword name may continue across it.
/// </summary>
internal static class PartyTokenizer
{
    /// <summary>The word id every lexicon gives to a possessive ending.</summary>
    public const int PossessiveWord = 0;

    /// <summary>
    /// Tokenizes <paramref name="text"/> into <paramref name="tokens"/>, which must hold at least
    /// <c>text.Length</c> tokens (no token is empty). Word ids are left at -1 for the caller to fill.
    /// </summary>
    /// <param name="text">The sentence.</param>
    /// <param name="tokens">Where the tokens go.</param>
    /// <param name="headlineCase">
    /// True when the sentence is written in title case ("Israel Strikes Back At Militants"): then
    /// a capitalised neighbour says nothing about a word, so the person-name rule is off.
    /// </param>
    /// <returns>The number of tokens.</returns>
    public static int Tokenize(ReadOnlySpan<char> text, Span<PartyToken> tokens, out bool headlineCase)
    {
        var count = 0;
        var previousEnd = 0;
        var p = 0;
        int capitalisedWords = 0, lowerWords = 0;
        while (p < text.Length)
        {
            var c = text[p];
            if (!IsWordChar(c))
            {
                p++;
                continue;
            }

            var start = p;
            var end = DottedAbbreviationEnd(text, p);
            if (end < 0)
            {
                end = p + 1;
                while (end < text.Length && IsWordChar(text[end]))
                {
                    end++;
                }
            }

            var flags = count == 0 ? PartyTokenFlags.None : GapFlags(text, previousEnd, start);
            var word = text[start..end];
            if (IsUpper(word[0]) && HasLower(word))
            {
                flags |= PartyTokenFlags.Capitalized;
            }

            if (word.Length == 3 && word.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                flags |= PartyTokenFlags.The;
            }
            else if (word.Length == 2 && word.Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                flags |= PartyTokenFlags.Of;
            }

            // Title-case headlines capitalise every long word; ordinary prose leaves most long
            // words in lower case. The first word is capitalised either way and tells nothing.
            if (count > 0 && word.Length >= 4)
            {
                if (IsUpper(word[0]))
                {
                    capitalisedWords++;
                }
                else if (char.IsLower(word[0]))
                {
                    lowerWords++;
                }
            }

            tokens[count++] = new PartyToken { Start = start, Length = end - start, Word = -1, Flags = flags };
            previousEnd = end;
            p = end;

            var possessive = PossessiveLength(text, end);
            if (possessive > 0)
            {
                tokens[count++] = new PartyToken
                {
                    Start = end, Length = possessive, Word = PossessiveWord, Flags = PartyTokenFlags.Joins | PartyTokenFlags.Possessive,
                };
                previousEnd = end + possessive;
                p = previousEnd;
            }
        }

        headlineCase = capitalisedWords >= 3 && lowerWords * 4 <= capitalisedWords;
        return count;
    }

    /// <summary>A letter, digit or combining mark: part of a word.</summary>
    public static bool IsWordChar(char c)
    {
        if (c < 128)
        {
            return (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;
        }

        return char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>An apostrophe as keyboards and typesetters write it.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ' or '‘';

    private static bool IsUpper(char c) => c < 128 ? (uint)(c - 'A') <= 'Z' - 'A' : char.IsUpper(c);

    private static bool HasLower(ReadOnlySpan<char> word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsLower(word[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The end of a dotted abbreviation starting at <paramref name="p"/> ("U.S.", "U.A.E", "D.R."),
    /// including its final period, or -1. Each part is a single letter, so "Sudan.The" (two
    /// sentences glued by a scraper) is not one.
    /// </summary>
    private static int DottedAbbreviationEnd(ReadOnlySpan<char> text, int p)
    {
        if (!SingleLetterThenPeriod(text, p) || !SingleLetter(text, p + 2))
        {
            return -1;
        }

        var last = p + 2;
        while (SingleLetterThenPeriod(text, last) && SingleLetter(text, last + 2))
        {
            last += 2;
        }

        var end = last + 1;
        return end < text.Length && text[end] == '.' ? end + 1 : end;
    }

    private static bool SingleLetterThenPeriod(ReadOnlySpan<char> text, int p) =>
        p + 1 < text.Length && char.IsLetter(text[p]) && text[p + 1] == '.';

    private static bool SingleLetter(ReadOnlySpan<char> text, int p) =>
        p < text.Length && char.IsLetter(text[p]) && (p + 1 == text.Length || !IsWordChar(text[p + 1]));

    /// <summary>
    /// The length of a possessive ending at <paramref name="p"/>: 2 for "’s" followed by a
    /// non-letter, 1 for a lone apostrophe after a word ending in s ("the Philippines' navy"),
    /// else 0. "d'Ivoire" and "N'Djamena" keep their apostrophe as a gap inside the name.
    /// </summary>
    private static int PossessiveLength(ReadOnlySpan<char> text, int p)
    {
        if (p >= text.Length || !IsApostrophe(text[p]) || text[p] == '‘')
        {
            return 0;
        }

        if (p + 1 < text.Length && text[p + 1] is 's' or 'S' && (p + 2 == text.Length || !IsWordChar(text[p + 2])))
        {
            return 2;
        }

        return text[p - 1] is 's' or 'S' && (p + 1 == text.Length || !IsWordChar(text[p + 1])) ? 1 : 0;
    }

    private static PartyTokenFlags GapFlags(ReadOnlySpan<char> text, int from, int to)
    {
        if (from == to)
        {
            return PartyTokenFlags.Joins;
        }

        bool joins = true, spaced = true;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (CharClass.IsSpace(c))
            {
                continue;
            }

            spaced = false;
            if (!(CharClass.IsDash(c) || c == '‐' || IsApostrophe(c) || (c == '.' && i == from)))
            {
                joins = false;
                break;
            }
        }

        return (joins ? PartyTokenFlags.Joins : PartyTokenFlags.None) | (spaced ? PartyTokenFlags.Spaced : PartyTokenFlags.None);
    }
}
