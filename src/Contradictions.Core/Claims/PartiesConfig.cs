using System.Collections.Immutable;

namespace Contradictions.Claims;

/// <summary>
/// What the user's parties file adds to the built-in lexicon. Records compare their arrays by
/// reference, so two configs read from the same text are not equal.
/// </summary>
/// <param name="Parties">The parties with their aliases and sides, in file order.</param>
/// <param name="Ignore">
/// Phrases never to read as a party, for a gazetteer name that means something else in the corpus
/// ("Georgia" in a corpus about the US state).
/// </param>
public sealed record PartiesConfig(ImmutableArray<PartyDefinition> Parties, ImmutableArray<string> Ignore)
{
    /// <summary>No parties file: the built-in lexicon alone.</summary>
    public static PartiesConfig Empty { get; } = new([], []);
}
