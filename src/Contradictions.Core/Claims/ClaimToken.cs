namespace Contradictions.Claims;

/// <summary>
/// A slice of a sentence as the claim finders see it: a word, a number or one symbol.
/// Offsets are into the sentence string; no text is copied.
/// </summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Kind">Word, number or symbol.</param>
/// <param name="Flags">Spacing, case and possessive facts.</param>
internal readonly record struct ClaimToken(int Start, int Length, ClaimTokenKind Kind, ClaimTokenFlags Flags)
{
    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>The length without a possessive ending: "minister’s" → 8.</summary>
    public int BaseLength => (Flags & ClaimTokenFlags.Possessive) != 0 ? Length - 2 : Length;

    /// <summary>Offset just past the last character of the base (see <see cref="BaseLength"/>).</summary>
    public int BaseEnd => Start + BaseLength;

    /// <summary>True for a word.</summary>
    public bool IsWord => Kind == ClaimTokenKind.Word;

    /// <summary>True for a number.</summary>
    public bool IsNumber => Kind == ClaimTokenKind.Number;

    /// <summary>True when whitespace separates this token from the one before it.</summary>
    public bool SpaceBefore => (Flags & ClaimTokenFlags.SpaceBefore) != 0;

    /// <summary>True for a word that starts with an upper-case letter.</summary>
    public bool Capitalized => (Flags & ClaimTokenFlags.Capitalized) != 0;

    /// <summary>True for a word of two or more letters, all upper case.</summary>
    public bool AllCaps => (Flags & ClaimTokenFlags.AllCaps) != 0;

    /// <summary>True for a word that ends in a possessive "’s".</summary>
    public bool Possessive => (Flags & ClaimTokenFlags.Possessive) != 0;

    /// <summary>True when this is the one-character symbol <paramref name="c"/>.</summary>
    public bool IsSymbol(string text, char c) => Kind == ClaimTokenKind.Symbol && text[Start] == c;

    /// <summary>The token's characters.</summary>
    public ReadOnlySpan<char> Span(string text) => text.AsSpan(Start, Length);

    /// <summary>The token's characters without a possessive ending.</summary>
    public ReadOnlySpan<char> BaseSpan(string text) => text.AsSpan(Start, BaseLength);
}
