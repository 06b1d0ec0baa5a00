namespace Contradictions.Claims;

/// <summary>One claim of a sentence, with who makes it. Exactly one of the parts is set, per <see cref="Kind"/>.</summary>
/// <param name="Kind">Accusation, denial or figure.</param>
/// <param name="Attribution">Who makes the claim.</param>
/// <param name="Accusation">The act, for an accusation.</param>
/// <param name="Denial">What is denied, for a denial.</param>
/// <param name="Figure">The count, for a figure.</param>
/// <param name="FigureOwner">For a figure, the party whose losses or means it counts, resolved from its owner cue.</param>
public sealed record Claim(ClaimKind Kind, Attribution Attribution, Accusation? Accusation = null, Denial? Denial = null,
    Figure? Figure = null, string? FigureOwner = null);
