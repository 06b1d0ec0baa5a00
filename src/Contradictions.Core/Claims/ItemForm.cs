namespace Contradictions.Claims;

/// <summary>Grammar and special handling of an item phrase.</summary>
[Flags]
internal enum ItemForm : byte
{
    /// <summary>No flag.</summary>
    None = 0,

    /// <summary>A singular noun ("soldier"): the only form "a", "one" and ordinals count.</summary>
    Singular = 1,

    /// <summary>A plural noun ("soldiers").</summary>
    Plural = 2,

    /// <summary>"others", "more": counts more of what the sentence counted before.</summary>
    Anaphoric = 4,

    /// <summary>A phrase that looks like an item but is not one ("suicide bomber").</summary>
    NotItem = 8,

    /// <summary>A noun that is itself a loss ("casualties"): a count of it needs no outcome word.</summary>
    LossNoun = 16,
}
