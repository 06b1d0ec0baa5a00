namespace Contradictions.Featurization;

/// <summary>What <see cref="NgramWalker"/> hands the n-grams of a text to.</summary>
internal interface INgramSink
{
    /// <summary>A word n-gram: its words and the single spaces between them, a span of the normalized text.</summary>
    void Word(ReadOnlySpan<char> ngram);

    /// <summary>A character n-gram, packed into a key by <see cref="NgramWalker.Pack"/>.</summary>
    void Char(ulong key);
}
