namespace Contradictions.Claims;

/// <summary>A denial: "refuted allegations that they had targeted civilian facilities".</summary>
/// <param name="Act">The act denied, when the denial names one; null for a denial of the other side's account as a whole.</param>
/// <param name="AgainstCivilians">True when what is denied concerns civilians.</param>
/// <param name="Cue">The words that carry the denial ("refuted allegations", "flatly false").</param>
public sealed record Denial(ActKind? Act, bool AgainstCivilians, string Cue);
