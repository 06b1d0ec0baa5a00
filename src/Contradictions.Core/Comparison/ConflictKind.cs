namespace Contradictions.Comparison;

/// <summary>What two accounts disagree (or agree) about.</summary>
public enum ConflictKind
{
    /// <summary>Each side says the other attacked, started it or broke the ceasefire.</summary>
    Blame,

    /// <summary>One side states an act; the accused side denies it.</summary>
    Denial,

    /// <summary>The same quantity stated with different values.</summary>
    Figure,
}
