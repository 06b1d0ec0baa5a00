namespace Contradictions.Sentences;

/// <summary>Character tests shared by the sentence stage, each a plain switch.</summary>
internal static class CharClass
{
    /// <summary>
    /// Whitespace, including the no-break space that scraped pages use between words and the
    /// zero-width space and byte-order mark that survive HTML cleaning.
    /// </summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF';

    /// <summary>A mark that can end a sentence.</summary>
    public static bool IsTerminal(char c) => c is '.' or '…' || IsStrongTerminal(c);

    /// <summary>A question or exclamation mark, alone or combined ("‼", "⁉").</summary>
    public static bool IsStrongTerminal(char c) => c is '!' or '?' or '‼' or '⁇' or '⁈' or '⁉';

    /// <summary>
    /// A double quotation mark. Single marks are left out: in news text ’ and ' are far more
    /// often apostrophes (Putin’s, the ’90s) than quotes, and headline-style ‘scare quotes’
    /// never span sentences.
    /// </summary>
    public static bool IsDoubleQuote(char c) => c is '"' or '“' or '”' or '«' or '»';

    /// <summary>A single quotation mark or apostrophe.</summary>
    public static bool IsSingleQuote(char c) => c is '\'' or '‘' or '’';

    /// <summary>An opening bracket.</summary>
    public static bool IsOpeningBracket(char c) => c is '(' or '[' or '{';

    /// <summary>A closing bracket.</summary>
    public static bool IsClosingBracket(char c) => c is ')' or ']' or '}';

    /// <summary>A hyphen or dash, after which a quotation may open ("—“We").</summary>
    public static bool IsDash(char c) => c is '-' or '–' or '—';

    /// <summary>A mark that may stand before the first word of a sentence.</summary>
    public static bool IsOpener(char c) => c is '"' or '“' or '«' or '‘' or '\'' or '(' or '[' or '{' or '¿' or '¡';

    /// <summary>Punctuation that may directly follow a closing quotation mark.</summary>
    public static bool IsClosingPunctuation(char c) =>
        c is ',' or '.' or ';' or ':' or '!' or '?' or '…' or ')' or ']' or '}' or '’' or '\'' or '”' or '»';

    /// <summary>Offset past the last non-space character of <c>text[start..end)</c>, or <paramref name="start"/>.</summary>
    public static int TrimEnd(string text, int start, int end)
    {
        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>Offset of the first non-space character of <c>text[start..end)</c>, or <paramref name="end"/>.</summary>
    public static int TrimStart(string text, int start, int end)
    {
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        return start;
    }
}
