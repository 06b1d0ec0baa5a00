namespace Contradictions.Claims;

/// <summary>A speaker found in one sentence, before resolution against the article's earlier speakers.</summary>
/// <param name="Text">The speaker phrase as written.</param>
/// <param name="Party">The party named inside the phrase, if any.</param>
/// <param name="Source">Reporting verb or "according to".</param>
/// <param name="HasName">True when the phrase holds a name ("Osman", "the Ministry of Defense"), even without a party.</param>
/// <param name="VerbIndex">Token index of the reporting verb (or of "according").</param>
internal sealed record SpeakerCue(string Text, string? Party, SpeakerSource Source, bool HasName, int VerbIndex)
{
    /// <summary>True when the phrase names parties of two sides ("Both X and Y"): nobody's own claim.</summary>
    public bool Mutual { get; init; }

    /// <summary>Rank for choosing among several cues of one sentence: a party beats a name beats a pronoun.</summary>
    public int Strength => Party is not null ? 2 : HasName || Mutual ? 1 : 0;
}
