using System.Globalization;
using Contradictions.Sentences;

namespace Contradictions.Claims;

/// <summary>
/// Cuts a sentence into <see cref="ClaimToken"/>s in one pass over its characters. The claim
/// finders then walk the tokens and look words up in frozen sets by span, so no string is
/// made for a word unless it is reported.
/// </summary>
internal static class ClaimTokenizer
{
    /// <summary>
    /// Tokenizes <paramref name="text"/> into <paramref name="buffer"/>, growing it when it is
    /// too small, and returns how many tokens were written.
    /// </summary>
    public static int Tokenize(string text, ref ClaimToken[] buffer)
    {
        int count = 0;
        bool space = true;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (CharClass.IsSpace(c))
            {
                space = true;
                i++;
                continue;
            }

            int start = i;
            ClaimTokenKind kind;
            var flags = space ? ClaimTokenFlags.SpaceBefore : ClaimTokenFlags.None;
            if (IsLetter(c))
            {
                kind = ClaimTokenKind.Word;
                i = ScanWord(text, i);
                flags |= WordFlags(text, start, i);
            }
            else if (char.IsAsciiDigit(c))
            {
                kind = ClaimTokenKind.Number;
                i = ScanNumber(text, i);
            }
            else
            {
                kind = ClaimTokenKind.Symbol;
                i++;
            }

            if (count == buffer.Length)
            {
                Array.Resize(ref buffer, Math.Max(16, buffer.Length * 2));
            }

            buffer[count++] = new ClaimToken(start, i - start, kind, flags);
            space = false;
        }

        return count;
    }

    /// <summary>A letter or a combining mark (so "İbrahim" written with a combining dot stays one word).</summary>
    public static bool IsLetter(char c) =>
        char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>An apostrophe as scraped text writes it.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    private static int ScanWord(string text, int i)
    {
        int segmentStart = i;
        while (i < text.Length)
        {
            char c = text[i];
            if (IsLetter(c))
            {
                i++;
                continue;
            }

            bool letterFollows = i + 1 < text.Length && IsLetter(text[i + 1]);
            if (IsApostrophe(c) && letterFollows)
            {
                // "minister’s", "O’Neill", "don’t": the apostrophe belongs to the word.
                i++;
                continue;
            }

            if (c == '.' && letterFollows && i - segmentStart == 1)
            {
                // Initialisms keep their inner dots ("U.S", "a.m") so the parts are not read as
                // one-letter words; a dot after a longer segment ends the word ("Sept.").
                i++;
                segmentStart = i;
                continue;
            }

            break;
        }

        return i;
    }

    private static int ScanNumber(string text, int i)
    {
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsAsciiDigit(c))
            {
                i++;
                continue;
            }

            // A separator between digits stays inside the number: thousands ("6,500"), decimals
            // and dotted dates ("12.07.2020"), clock times ("9:33"), ISO dates and ranges
            // ("2020-09-27", "12–13", "1992-94"), fractions ("3/4"). What the number means is
            // decided by whoever reads it.
            bool digitFollows = i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]);
            if (digitFollows && c is ',' or '.' or ':' or '-' or '–' or '/')
            {
                i++;
                continue;
            }

            break;
        }

        return i;
    }

    private static ClaimTokenFlags WordFlags(string text, int start, int end)
    {
        var flags = ClaimTokenFlags.None;
        if (char.IsUpper(text[start]))
        {
            flags |= ClaimTokenFlags.Capitalized;
            int letters = 0;
            bool allUpper = true;
            for (int k = start; k < end; k++)
            {
                char c = text[k];
                if (char.IsLetter(c))
                {
                    letters++;
                    if (!char.IsUpper(c))
                    {
                        allUpper = false;
                        break;
                    }
                }
            }

            if (allUpper && letters >= 2)
            {
                flags |= ClaimTokenFlags.AllCaps;
            }
        }

        if (end - start > 2 && (text[end - 1] is 's' or 'S') && IsApostrophe(text[end - 2]))
        {
            flags |= ClaimTokenFlags.Possessive;
        }

        return flags;
    }
}
