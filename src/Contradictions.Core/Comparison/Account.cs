using System.Collections.Immutable;

namespace Contradictions.Comparison;

/// <summary>One party's side of a conflict: its claims, in article and sentence order.</summary>
/// <param name="Party">The party ("Kenya"), an ally shown with whom it backs ("Turkey (backs Kenya)"), or an outlet ("outlet: 004.txt").</param>
/// <param name="Claims">The claims.</param>
public sealed record Account(string Party, ImmutableArray<ClaimEvidence> Claims);
