namespace Contradictions.Claims;

/// <summary>What a <see cref="FigureToken"/> is made of.</summary>
internal enum FigureTokenKind : byte
{
    /// <summary>Letters, possibly with digits after the first letter ("TB2", "MH17").</summary>
    Word,

    /// <summary>Digits with their separators and any letters glued after them ("4,400", "4th", "152mm").</summary>
    Number,

    /// <summary>One other character: punctuation, a dash, a currency sign.</summary>
    Symbol,
}
