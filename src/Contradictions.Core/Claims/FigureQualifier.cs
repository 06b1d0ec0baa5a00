namespace Contradictions.Claims;

/// <summary>The hedge a number comes with, which decides its interval.</summary>
public enum FigureQualifier
{
    /// <summary>A plain number: "three tanks" is [3, 3].</summary>
    Exact,

    /// <summary>"at least 4", "a minimum of 4": [4, ∞).</summary>
    AtLeast,

    /// <summary>"more than 12", "over a dozen": (12, ∞), stored as [13, ∞) for counts.</summary>
    MoreThan,

    /// <summary>"as many as 14", "up to 14", "at most 14": [0, 14].</summary>
    AtMost,

    /// <summary>"fewer than 10", "under 10": [0, 9] for counts.</summary>
    LessThan,

    /// <summary>"around 110", "about", "some", "nearly", "almost", "approximately": about ±10 %.</summary>
    About,

    /// <summary>"100 to 300", "between 5 and 7": [100, 300].</summary>
    Range,

    /// <summary>A vague plural: "dozens" [24, 99], "hundreds" [200, 999], "several" [3, 9].</summary>
    Vague,
}
