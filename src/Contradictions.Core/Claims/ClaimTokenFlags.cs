namespace Contradictions.Claims;

/// <summary>Facts about a <see cref="ClaimToken"/> worked out once by the tokenizer.</summary>
[Flags]
internal enum ClaimTokenFlags : byte
{
    /// <summary>Nothing noted.</summary>
    None = 0,

    /// <summary>Whitespace (or the start of the text) stands before the token.</summary>
    SpaceBefore = 1,

    /// <summary>A word whose first letter is upper case.</summary>
    Capitalized = 2,

    /// <summary>A word of two or more letters, all upper case ("UN", "OSCE", "DECEMBER").</summary>
    AllCaps = 4,

    /// <summary>A word ending in a possessive "’s" or "'s"; <see cref="ClaimToken.BaseLength"/> leaves it out.</summary>
    Possessive = 8,
}
