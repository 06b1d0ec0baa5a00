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

    /// <summary>
    /// The whole content as one text, equal for equal content: every party with its aliases,
    /// side, backed parties and line, then the ignored phrases. Fields are separated by
    /// control characters no parties file can hold.
    /// </summary>
    public string Canonical()
    {
        var text = new System.Text.StringBuilder();
        foreach (var party in Parties)
        {
            text.Append(party.Name).Append('\u001f').AppendJoin('\u001e', party.Aliases).Append('\u001f').Append(party.Side)
                .Append('\u001f').AppendJoin('\u001e', party.Backs).Append('\u001f').Append(party.Line).Append('\u001d');
        }

        return text.Append('\u001c').AppendJoin('\u001e', Ignore).ToString();
    }
}
