namespace Contradictions.Diagnostics;

/// <summary>Helpers for the text of diagnostics.</summary>
internal static class MessageText
{
    // A quoted line in a message is cut to this many characters, so one diagnostic stays one line.
    private const int MaxQuoted = 60;

    /// <summary>The text, or its start and "..." when longer than a message can quote; never cuts a surrogate pair.</summary>
    public static string Shorten(string text)
    {
        if (text.Length <= MaxQuoted)
        {
            return text;
        }

        var cut = MaxQuoted - 3;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), "...");
    }
}
