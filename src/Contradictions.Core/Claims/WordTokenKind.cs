namespace Contradictions.Claims;

/// <summary>What a token is.</summary>
internal enum WordTokenKind
{
    Word,
    Number,
    Punctuation,
}
