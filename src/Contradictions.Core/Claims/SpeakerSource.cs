namespace Contradictions.Claims;

/// <summary>How the speaker of a sentence was found.</summary>
public enum SpeakerSource
{
    /// <summary>A reporting verb names the speaker: "X said", "said X", "X accused", "X denied".</summary>
    ReportingVerb,

    /// <summary>"According to X".</summary>
    AccordingTo,

    /// <summary>The sentence is part of a quotation whose speaker is named elsewhere (before it, or after it: "…," he said).</summary>
    Quote,

    /// <summary>A pronoun or a bare description ("he", "the ministry") resolved to the last named speaker.</summary>
    Pronoun,

    /// <summary>No one is cited: the outlet itself says it.</summary>
    Outlet,
}
