using System.Collections.Immutable;

namespace Contradictions.Claims;

/// <summary>One entry of the parties file: a party, the other names text uses for it, and whose side it is on.</summary>
/// <param name="Name">
/// The party's name as written: a gazetteer country (any of its names; the lexicon uses the
/// canonical one) or a party of the user's own ("Somaliland Coast Guard", "Rapid Support Forces").
/// </param>
/// <param name="Aliases">Phrases that name the party in text: leaders, spokespeople, agencies, units, regional authorities.</param>
/// <param name="Side">
/// The party this one speaks or fights for (a de facto authority for the state it is aligned with),
/// or null. <see cref="PartyLexicon.SideOf"/> returns it, so later stages treat the two as one side.
/// </param>
/// <param name="Backs">
/// Parties this one backs as an ally while staying a party of its own ("Iran backs the Houthis"):
/// recorded, but <see cref="PartyLexicon.SideOf"/> keeps the ally distinct.
/// </param>
/// <param name="Line">The 1-based line of the entry in the parties file, or 0 when built in code.</param>
public sealed record PartyDefinition(string Name, ImmutableArray<string> Aliases, string? Side, ImmutableArray<string> Backs, int Line);
