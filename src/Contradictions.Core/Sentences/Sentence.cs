namespace Contradictions.Sentences;

/// <summary>
/// One sentence of an article, located by offsets into the article's cleaned text
/// (<see cref="Ingestion.Article.Text"/>), so every report line can quote it exactly.
/// </summary>
/// <param name="Index">Position among the article's kept sentences, from 0.</param>
/// <param name="Start">Offset of the first character in the cleaned text.</param>
/// <param name="Length">Number of characters; <c>Text == article.Text.Substring(Start, Length)</c>.</param>
/// <param name="Paragraph">Index of the paragraph that holds the sentence.</param>
/// <param name="Kind">Headline, caption or ordinary body sentence.</param>
/// <param name="Text">The sentence as it stands in the cleaned text.</param>
public sealed record Sentence(int Index, int Start, int Length, int Paragraph, SentenceKind Kind, string Text)
{
    /// <summary>
    /// The quotation this sentence belongs to when that quotation spans more than one
    /// sentence; every sentence of the quotation carries the same span, so a speaker named
    /// before or after it ("…," he said) stays reachable from each of them.
    /// </summary>
    public QuoteSpan? Quote { get; init; }

    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;
}
