namespace Contradictions.Claims;

/// <summary>What follows a number.</summary>
internal enum NounKind : byte
{
    /// <summary>Nothing that makes the number a figure.</summary>
    None,

    /// <summary>A unit ("weeks", "kilometres"): the number is no count at all.</summary>
    Reject,

    /// <summary>An item of the vocabulary, possibly after modifiers or "of its".</summary>
    Item,

    /// <summary>"others", "more": the item of the previous figure.</summary>
    Anaphoric,

    /// <summary>An outcome word standing for people: "12 dead", "30,000 deaths".</summary>
    NounOutcome,

    /// <summary>Only capitalised words: "no Somali was killed", "12 Palestinians".</summary>
    Demonym,

    /// <summary>Nothing at all: "killed 12", "14 were hurt".</summary>
    Bare,

    /// <summary>"no one", "nobody": zero people.</summary>
    People,
}
