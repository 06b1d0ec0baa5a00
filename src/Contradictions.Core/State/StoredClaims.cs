namespace Contradictions.State;

/// <summary>
/// What the Claims stage keeps of one article between runs, as UTF-8 JSON, each part with the
/// key it was computed under: a part is reused only while its key still holds.
/// </summary>
/// <param name="DiscoveryKey">The rules and parties file the discovery evidence was read with.</param>
/// <param name="Discovery">The article's evidence for party discovery.</param>
/// <param name="PeopleKey">The rules and full party lexicon the people were read with.</param>
/// <param name="People">The people the article ties to a party by title.</param>
/// <param name="ClaimsKey">The rules and full party lexicon the claims were read with.</param>
/// <param name="Lookups">The names the article looked up among the corpus's people, with what it found.</param>
/// <param name="Claims">The article's claims, sentence by sentence.</param>
public sealed record StoredClaims(string? DiscoveryKey, byte[]? Discovery, string? PeopleKey, byte[]? People, string? ClaimsKey,
    byte[]? Lookups, byte[]? Claims);
