namespace Contradictions.Claims;

/// <summary>What an outcome phrase says happened, before it is checked against the item.</summary>
internal enum OutcomeKind : byte
{
    /// <summary>"killed", "dead", "death of".</summary>
    Killed,

    /// <summary>"wounded", "injured", "hurt".</summary>
    Wounded,

    /// <summary>"captured", "taken prisoner", "detained".</summary>
    Captured,

    /// <summary>"missing", "unaccounted for".</summary>
    Missing,

    /// <summary>"destroyed", "downed", "shot down", "knocked out".</summary>
    Destroyed,

    /// <summary>"displaced", "fled", "evacuated".</summary>
    Displaced,

    /// <summary>"deployed", "sent".</summary>
    Deployed,

    /// <summary>"lost", "eliminated": killed for people, destroyed for equipment.</summary>
    Lost,
}
