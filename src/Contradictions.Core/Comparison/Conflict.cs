using System.Collections.Immutable;

namespace Contradictions.Comparison;

/// <summary>Where the accounts of an incident cannot both be true, or differ: with the rule and the values that flagged it.</summary>
public sealed record Conflict
{
    /// <summary>Stable id, from the kind and the claims.</summary>
    public required string Id { get; init; }

    /// <summary>A fingerprint of the cited claims; a review made under another fingerprint needs another look.</summary>
    public string Evidence { get; init; } = "";

    /// <summary>The reviewer's decision, if any.</summary>
    public ReviewState Review { get; init; } = ReviewState.Open;

    /// <summary>Since the last run: "new", "changed" (its evidence) or "unchanged"; "new" on a first run.</summary>
    public string Change { get; init; } = "new";

    /// <summary>
    /// When <see cref="Change"/> is "changed" and what the conflict says changed with it: what
    /// the last run said (<see cref="IncidentComparer.Statement"/>: a figure conflict's values by account).
    /// </summary>
    public string? Previous { get; init; }

    /// <summary>Blame, denial or figure.</summary>
    public required ConflictKind Kind { get; init; }

    /// <summary>Contradiction or discrepancy.</summary>
    public required Severity Severity { get; init; }

    /// <summary>One line a reader understands: who says what against whom.</summary>
    public required string Summary { get; init; }

    /// <summary>The rule and the values that flagged it.</summary>
    public required string Why { get; init; }

    /// <summary>For a figure, the quantity compared ("Kenya's helicopters destroyed"); otherwise null.</summary>
    public string? Quantity { get; init; }

    /// <summary>
    /// True for a figure one source gave twice with different values (a count revised as news
    /// came in): shown so the reader sees it, labelled so it is never taken for a dispute.
    /// </summary>
    public bool IsRevision { get; init; }

    /// <summary>The sides' accounts.</summary>
    public required ImmutableArray<Account> Accounts { get; init; }

    /// <summary>How many different articles the evidence comes from.</summary>
    public int Sources => Accounts.SelectMany(a => a.Claims).Select(c => c.Article).Distinct().Count();
}
