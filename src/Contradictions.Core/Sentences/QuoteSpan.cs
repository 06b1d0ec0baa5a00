namespace Contradictions.Sentences;

/// <summary>
/// A quotation in the cleaned text, from its opening mark to just past its closing mark
/// (or to the end of its paragraph when the closing mark is missing).
/// </summary>
public readonly record struct QuoteSpan(int Start, int End);
