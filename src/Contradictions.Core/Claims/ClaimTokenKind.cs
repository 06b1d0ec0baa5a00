namespace Contradictions.Claims;

/// <summary>What a <see cref="ClaimToken"/> is made of.</summary>
internal enum ClaimTokenKind : byte
{
    /// <summary>Letters, with apostrophes between letters ("minister’s") and dots inside initialisms ("U.S", "a.m").</summary>
    Word,

    /// <summary>Digits, with separators between digits ("6,500", "9:33", "2020-09-27", "12.07.2020", "1992-94").</summary>
    Number,

    /// <summary>Any other single character: punctuation, dashes, quotation marks, currency signs.</summary>
    Symbol,
}
