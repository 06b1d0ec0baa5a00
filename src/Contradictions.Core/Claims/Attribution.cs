namespace Contradictions.Claims;

/// <summary>Who says what a sentence says.</summary>
/// <param name="Speaker">The speaker as the text names it ("the Kenyan Foreign Ministry", "Osman"), or the outlet.</param>
/// <param name="Party">The speaker's party, or null when the speaker has none (the outlet, an observer not in the lexicon).</param>
/// <param name="Source">How the speaker was found.</param>
public sealed record Attribution(string Speaker, string? Party, SpeakerSource Source);
