namespace Contradictions.Claims;

/// <summary>How a phrase names a party.</summary>
public enum PartyMentionKind
{
    /// <summary>The country's name: "Azerbaijan", "the United States".</summary>
    Country,

    /// <summary>A demonym or adjective: "Armenian", "Azeri", "Ukrainians".</summary>
    Demonym,

    /// <summary>A capital standing for its government: "Baku", "Kyiv".</summary>
    Capital,

    /// <summary>An institution of a party: "the Armenian Defense Ministry", "Turkey's foreign ministry".</summary>
    Institution,

    /// <summary>An alias from the user's parties file: a leader, an agency, a regional authority.</summary>
    Alias,
}
