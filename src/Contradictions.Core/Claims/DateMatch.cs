namespace Contradictions.Claims;

/// <summary>A time expression found by <see cref="DateScanner"/>.</summary>
/// <param name="FirstToken">Index of its first token.</param>
/// <param name="EndToken">Index just past its last token.</param>
/// <param name="Start">Offset of its first character in the sentence.</param>
/// <param name="End">Offset just past its last character (a possessive "’s" is left out).</param>
/// <param name="Value">What it resolves to.</param>
internal readonly record struct DateMatch(int FirstToken, int EndToken, int Start, int End, DateValue Value);
