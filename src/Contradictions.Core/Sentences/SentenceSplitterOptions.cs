namespace Contradictions.Sentences;

/// <summary>
/// Settings for <see cref="SentenceSplitter"/>. Start from <see cref="Default"/> and change
/// what you need with <c>with</c>.
/// </summary>
public sealed record SentenceSplitterOptions
{
    /// <summary>
    /// Default for <see cref="MaxSentenceLength"/>. Later stages compare sentences pairwise and
    /// align them word by word, which costs time proportional to the product of the two
    /// lengths; a scraped page that lost its punctuation can otherwise hand them one
    /// "sentence" of tens of thousands of characters. Real news sentences stay well under
    /// 1,000 characters (a long one is 300–400), so the limit only ever bites on such runs.
    /// </summary>
    public const int DefaultMaxSentenceLength = 1000;

    /// <summary>
    /// The smallest accepted <see cref="MaxSentenceLength"/>. Below this a cut would fall
    /// inside ordinary words and the pieces would be useless to every later stage.
    /// </summary>
    public const int MinMaxSentenceLength = 16;

    /// <summary>The settings used when none are given.</summary>
    public static SentenceSplitterOptions Default { get; } = new();

    /// <summary>
    /// The longest sentence, in characters, that the splitter returns. A longer run is cut at
    /// the last whitespace before the limit (or exactly at the limit when the run holds no
    /// whitespace there), and the rest is split again the same way. Headlines are never cut.
    /// Must be at least <see cref="MinMaxSentenceLength"/>; <see cref="SentenceSplitter"/>
    /// checks it when it is constructed.
    /// </summary>
    public int MaxSentenceLength { get; init; } = DefaultMaxSentenceLength;
}
