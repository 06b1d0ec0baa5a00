namespace Contradictions.Claims;

/// <summary>How a phrase names a party.</summary>
public enum PartyMentionKind
{
    /// <summary>The country's name: "Kenya", "the United States".</summary>
    Country,

    /// <summary>A demonym or adjective: "Somali", "Kenyan", "Ukrainians".</summary>
    Demonym,

    /// <summary>A capital standing for its government: "Nairobi", "Kyiv".</summary>
    Capital,

    /// <summary>An institution of a party: "the Somali Defense Ministry", "Turkey's foreign ministry".</summary>
    Institution,

    /// <summary>An alias from the user's parties file: a leader, an agency, a regional authority.</summary>
    Alias,
}
