using System.Collections.Frozen;

namespace Contradictions.Featurization;

/// <summary>
/// The normalization settings a fitted featurizer applies to every text, with its stop words
/// (already normalized) ready for lookup by span.
/// </summary>
internal sealed class TextNormalization
{
    public TextNormalization(FeaturizerOptions options, FrozenSet<string>? stopWords)
    {
        LowerCase = options.LowerCase;
        RemoveDiacritics = options.RemoveDiacritics;
        KeepNumbers = options.KeepNumbers;
        StopWords = stopWords is { Count: > 0 } ? stopWords : null;
        if (StopWords is not null)
        {
            StopWordLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();
        }
    }

    public bool LowerCase { get; }

    public bool RemoveDiacritics { get; }

    public bool KeepNumbers { get; }

    /// <summary>The stop words as the normalizer writes words, or null for none.</summary>
    public FrozenSet<string>? StopWords { get; }

    /// <summary>Finds a word of the normalized buffer among <see cref="StopWords"/> without making a string.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup { get; }

    /// <summary>
    /// The normalization of <paramref name="options"/>, with its stop words normalized the way
    /// the text will be, so that a list written "Didn't" or "THE" still matches. An entry that
    /// normalizes to several words ("so-called") can never match one word and is left out.
    /// </summary>
    public static TextNormalization For(FeaturizerOptions options)
    {
        var plain = new TextNormalization(options, null);
        if (options.StopWords is not { Count: > 0 } words)
        {
            return plain;
        }

        var text = new NormalizedText();
        var normalized = new HashSet<string>(StringComparer.Ordinal);
        foreach (string word in words)
        {
            if (word is null)
            {
                throw new ArgumentException("The stop word list holds a null entry.", nameof(options));
            }

            text.Load(word, plain);
            if (text.TokenCount == 1)
            {
                normalized.Add(text.Token(0).ToString());
            }
        }

        return new TextNormalization(options, normalized.ToFrozenSet(StringComparer.Ordinal));
    }
}
