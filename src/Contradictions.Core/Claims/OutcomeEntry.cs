namespace Contradictions.Claims;

/// <summary>A phrase of the outcome vocabulary.</summary>
/// <param name="Words">The phrase's words, lower case.</param>
/// <param name="Kind">What it says happened.</param>
/// <param name="Positions">Where it may stand relative to the count.</param>
internal sealed record OutcomeEntry(string[] Words, OutcomeKind Kind, OutcomePositions Positions)
{
    /// <summary>True when the phrase may stand in any of <paramref name="positions"/>.</summary>
    public bool Allows(OutcomePositions positions) => (Positions & positions) != 0;
}
