namespace Contradictions.Claims;

/// <summary>An act attributed to an actor: "Nairobi accused Somalia of shelling" → actor Somalia, act Shelling.</summary>
/// <param name="Actor">The party said to have acted, or null when the text does not say.</param>
/// <param name="Act">What it is said to have done.</param>
/// <param name="Target">The party acted against, or null.</param>
/// <param name="AgainstCivilians">True when the act is said to have hit civilians or civilian objects.</param>
/// <param name="Cue">The words that carry the act ("unleashed military offensive"), for highlighting and the why-line.</param>
public sealed record Accusation(string? Actor, ActKind Act, string? Target, bool AgainstCivilians, string Cue);
