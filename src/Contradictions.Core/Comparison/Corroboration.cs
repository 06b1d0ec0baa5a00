using System.Collections.Immutable;

namespace Contradictions.Comparison;

/// <summary>Where different sources of an incident agree on a figure — strongest when opposing sides do.</summary>
public sealed record Corroboration
{
    /// <summary>Stable id, from the claims.</summary>
    public required string Id { get; init; }

    /// <summary>Always <see cref="ConflictKind.Figure"/> for now.</summary>
    public required ConflictKind Kind { get; init; }

    /// <summary>One line: who agrees on what.</summary>
    public required string Summary { get; init; }

    /// <summary>The rule and the values.</summary>
    public required string Why { get; init; }

    /// <summary>The quantity agreed on.</summary>
    public string? Quantity { get; init; }

    /// <summary>True when two opposing sides agree: an admission against interest.</summary>
    public bool AcrossSides { get; init; }

    /// <summary>The agreeing accounts.</summary>
    public required ImmutableArray<Account> Accounts { get; init; }
}
