namespace Contradictions.Featurization;

/// <summary>
/// Enumerates the word and character n-grams of a <see cref="NormalizedText"/> into a sink, so
/// that fitting (which counts them) and featurizing (which looks them up) read exactly the same
/// n-grams. The sink is a struct type parameter, so each call site compiles to its own loop
/// with the sink's calls inlined.
/// </summary>
internal static class NgramWalker
{
    /// <summary>The largest character n-gram that fits a packed key (16 bits a character).</summary>
    public const int MaxCharNgramLength = 4;

    /// <summary>Hands every word n-gram of <paramref name="text"/> to <paramref name="sink"/>.</summary>
    /// <param name="text">The normalized text.</param>
    /// <param name="length">The longest n-gram; 0 for none.</param>
    /// <param name="allLengths">Whether shorter n-grams (down to single words) are features too.</param>
    /// <param name="sink">Receives each n-gram as a span of the text: its words and the single spaces between them.</param>
    public static void WalkWords<TSink>(NormalizedText text, int length, bool allLengths, ref TSink sink)
        where TSink : struct, INgramSink
    {
        int shortest = allLengths ? 1 : length;
        for (int last = 0; last < text.TokenCount; last++)
        {
            for (int n = shortest; n <= length && n <= last + 1; n++)
            {
                sink.Word(text.Tokens(last - n + 1, last));
            }
        }
    }

    /// <summary>Hands every character n-gram of <paramref name="text"/>, markers included, to <paramref name="sink"/>.</summary>
    /// <param name="text">The normalized text.</param>
    /// <param name="length">The n-gram length, 1 to <see cref="MaxCharNgramLength"/>; 0 for none.</param>
    /// <param name="sink">Receives each n-gram packed by <see cref="Pack"/>.</param>
    public static void WalkChars<TSink>(NormalizedText text, int length, ref TSink sink)
        where TSink : struct, INgramSink
    {
        if (length == 0)
        {
            return;
        }

        ReadOnlySpan<char> chars = text.Chars;
        ulong mask = length == MaxCharNgramLength ? ulong.MaxValue : (1UL << (16 * length)) - 1;
        ulong key = 0;
        for (int i = 0; i < chars.Length; i++)
        {
            // A rolling key: shift the oldest character out, the new one in.
            key = ((key << 16) | chars[i]) & mask;
            if (i >= length - 1)
            {
                sink.Char(key);
            }
        }
    }

    /// <summary>The key of a character n-gram: its UTF-16 code units, 16 bits each, the first highest.</summary>
    public static ulong Pack(ReadOnlySpan<char> ngram)
    {
        ulong key = 0;
        foreach (char c in ngram)
        {
            key = (key << 16) | c;
        }

        return key;
    }

    /// <summary>The characters of a key made by <see cref="Pack"/> for an n-gram of <paramref name="length"/>.</summary>
    public static string Unpack(ulong key, int length)
    {
        return string.Create(length, key, static (span, k) =>
        {
            for (int i = span.Length - 1; i >= 0; i--)
            {
                span[i] = (char)(k & 0xFFFF);
                k >>= 16;
            }
        });
    }
}
