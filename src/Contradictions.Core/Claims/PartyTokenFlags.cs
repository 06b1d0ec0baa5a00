namespace Contradictions.Claims;

/// <summary>What the party tokenizer notes about a token and the gap before it.</summary>
[Flags]
internal enum PartyTokenFlags : ushort
{
    /// <summary>Nothing noted.</summary>
    None = 0,

    /// <summary>
    /// The gap before the token holds only spaces, hyphens, apostrophes and at most one period
    /// right after the previous token, so a multiword name may continue across it:
    /// "South Sudan", "Guinea-Bissau", "Côte d'Ivoire", "St. Lucia".
    /// </summary>
    Joins = 1,

    /// <summary>The gap before the token is non-empty whitespace and nothing else.</summary>
    Spaced = 2,

    /// <summary>The token is a possessive ending: "’s", "'s", or a lone apostrophe after a final s ("the Philippines'").</summary>
    Possessive = 4,

    /// <summary>An upper-case letter followed by at least one lower-case letter: a capitalised word, not an acronym.</summary>
    Capitalized = 8,

    /// <summary>The word "the" in any case.</summary>
    The = 32,

    /// <summary>The word "of" in any case.</summary>
    Of = 64,
}
