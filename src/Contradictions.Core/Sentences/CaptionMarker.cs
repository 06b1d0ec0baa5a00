namespace Contradictions.Sentences;

/// <summary>
/// Recognises a photo caption by the marker it ends with: "(file image)", "(file photo)",
/// "(AP Photo/Jane Doe)", "(Reuters)". Captions repeat body text almost word for word on
/// many sites (the corpus has "…fighting in 2020 (file image)" twice), so later stages need
/// to know them.
/// </summary>
internal static class CaptionMarker
{
    // A credit is a few words ("Photo by Jane Doe/Getty Images" has six); a longer
    // parenthesis that mentions a photo is an aside of the body, not a marker.
    private const int MaxMarkerWords = 8;

    /// <summary>Whether <paramref name="sentence"/> ends with a caption marker in parentheses.</summary>
    public static bool EndsWithMarker(ReadOnlySpan<char> sentence)
    {
        int close = sentence.Length - 1;
        while (close >= 0 && (CharClass.IsSpace(sentence[close]) || CharClass.IsTerminal(sentence[close])))
        {
            close--;
        }

        if (close < 0 || sentence[close] != ')')
        {
            return false;
        }

        int open = close - 1;
        while (open >= 0 && sentence[open] != '(')
        {
            if (sentence[open] == ')')
            {
                // A nested parenthesis is not a credit.
                return false;
            }

            open--;
        }

        if (open < 0)
        {
            return false;
        }

        var inside = sentence[(open + 1)..close];
        int words = 0;
        bool marked = false;
        int i = 0;
        while (i < inside.Length)
        {
            if (!char.IsLetter(inside[i]))
            {
                i++;
                continue;
            }

            int wordStart = i;
            while (i < inside.Length && char.IsLetter(inside[i]))
            {
                i++;
            }

            if (++words > MaxMarkerWords)
            {
                return false;
            }

            var word = inside[wordStart..i];
            marked |= SentenceWords.CaptionWordsLookup.Contains(word) || SentenceWords.PhotoAgenciesLookup.Contains(word);
        }

        return marked;
    }
}
