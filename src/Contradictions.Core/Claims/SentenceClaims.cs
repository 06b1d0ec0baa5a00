using System.Collections.Immutable;

namespace Contradictions.Claims;

/// <summary>Everything the Claims stage read in one sentence.</summary>
/// <param name="Sentence">The sentence's index in its article.</param>
/// <param name="Attribution">Who says it.</param>
/// <param name="Parties">The parties it names.</param>
/// <param name="Places">The places it names.</param>
/// <param name="Dates">The times it names.</param>
/// <param name="Frame">When the sentence is set: its own dates, or those of the sentence before it in the same paragraph.</param>
/// <param name="Claims">Its accusations, denials and figures.</param>
public sealed record SentenceClaims(
    int Sentence,
    Attribution Attribution,
    ImmutableArray<PartyMention> Parties,
    ImmutableArray<PlaceMention> Places,
    ImmutableArray<DateMention> Dates,
    TimeFrame Frame,
    ImmutableArray<Claim> Claims);
