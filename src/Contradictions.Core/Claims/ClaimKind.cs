namespace Contradictions.Claims;

/// <summary>The kinds of claim a sentence can carry.</summary>
public enum ClaimKind
{
    /// <summary>An actor is said to have done an act.</summary>
    Accusation,

    /// <summary>A party denies an act or an account.</summary>
    Denial,

    /// <summary>A count of losses or means.</summary>
    Figure,
}
