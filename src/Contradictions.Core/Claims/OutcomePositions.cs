namespace Contradictions.Claims;

/// <summary>Where an outcome phrase may stand relative to the count it describes.</summary>
[Flags]
internal enum OutcomePositions : byte
{
    /// <summary>No position.</summary>
    None = 0,

    /// <summary>Before the count, governing it: "killing 4 soldiers", "the death of 21".</summary>
    Before = 1,

    /// <summary>After the counted noun: "3 soldiers were killed", "13 UAVs downed".</summary>
    After = 2,

    /// <summary>Right after the number, standing for the people counted: "12 dead", "30,000 deaths".</summary>
    Noun = 4,

    /// <summary>
    /// With <see cref="Noun"/>: a participle that counts more of the people counted just before
    /// ("3 soldiers killed and 5 wounded"), rather than people in general.
    /// </summary>
    Inherits = 8,

    /// <summary>Between the number and the item: "14 wounded soldiers".</summary>
    Adjective = 16,

    /// <summary>"lost": the capitalised phrase before it owns what was lost.</summary>
    LossVerb = 32,
}
