namespace Contradictions.Claims;

/// <summary>
/// What one article contributes to finding the parties of a corpus: the one-word names that
/// speak in it, the names used before a group noun ("X fighters") and how often, the words
/// that follow a first name (surnames), how often each capitalized word stands inside a
/// sentence, the X of "the X Foreign Ministry said", and the long forms its acronyms are
/// introduced with ("the Rapid Support Forces (RSF)"). <see cref="PartyDiscovery.Decide"/>
/// adds these up over the corpus.
/// </summary>
/// <param name="Speakers">One-word names that speak in the article, in ordinal order.</param>
/// <param name="GroupUses">Names used right before a group noun, with their counts.</param>
/// <param name="Surnames">Words that follow a capitalized first name, in ordinal order.</param>
/// <param name="Mentions">Capitalized words inside sentences (not the first word, not in a headline), with their counts.</param>
/// <param name="InstitutionHeads">The X of "the X Foreign Ministry" speaker phrases, in ordinal order.</param>
/// <param name="LongForms">Each acronym introduced in the article with the words it stands for: "RSF" → "Rapid Support Forces".</param>
public sealed record DiscoveryEvidence(
    string[] Speakers,
    Dictionary<string, int> GroupUses,
    string[] Surnames,
    Dictionary<string, int> Mentions,
    string[] InstitutionHeads,
    Dictionary<string, string> LongForms);
