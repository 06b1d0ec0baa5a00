namespace Contradictions.Claims;

/// <summary>The numeric meaning of a word.</summary>
/// <param name="Kind">How the word contributes to a count.</param>
/// <param name="Value">Cardinal, scale or ordinal value.</param>
/// <param name="Low">Lower bound of a vague word.</param>
/// <param name="High">Upper bound of a vague word.</param>
/// <param name="OfScale">
/// For plural scales, the factor they apply after "of": "hundreds of thousands" multiplies the
/// bounds of "hundreds" by 1,000. Zero for other words.
/// </param>
internal sealed record NumberWord(NumberWordKind Kind, double Value, double Low = 0, double High = 0, double OfScale = 0);
