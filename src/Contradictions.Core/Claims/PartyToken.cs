namespace Contradictions.Claims;

/// <summary>A word of a sentence as the party lexicon sees it: a slice of the text and its word id.</summary>
internal struct PartyToken
{
    /// <summary>Offset of the first character in the sentence.</summary>
    public int Start;

    /// <summary>Number of characters.</summary>
    public int Length;

    /// <summary>
    /// The id of the word in the lexicon's vocabulary, <see cref="PartyTokenizer.PossessiveWord"/>
    /// for a possessive ending, or -1 when the word is in no party phrase.
    /// </summary>
    public int Word;

    /// <summary>What was noted about the token and the gap before it.</summary>
    public PartyTokenFlags Flags;

    /// <summary>Offset just past the last character.</summary>
    public readonly int End => Start + Length;

    /// <summary>True when every flag in <paramref name="flags"/> is set.</summary>
    public readonly bool Has(PartyTokenFlags flags) => (Flags & flags) == flags;
}
