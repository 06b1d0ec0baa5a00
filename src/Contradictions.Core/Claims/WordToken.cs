namespace Contradictions.Claims;

/// <summary>A word, number or punctuation mark of a sentence, by offsets into the sentence text.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Kind">Word, number or punctuation.</param>
internal readonly record struct WordToken(int Start, int Length, WordTokenKind Kind)
{
    public int End => Start + Length;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);

    public bool IsWord => Kind == WordTokenKind.Word;

    public bool IsCapitalized(string text) => Kind == WordTokenKind.Word && char.IsUpper(text[Start]);
}
