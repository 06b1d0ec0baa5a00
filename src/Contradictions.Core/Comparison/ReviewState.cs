namespace Contradictions.Comparison;

/// <summary>Where a conflict stands with its reviewer.</summary>
/// <param name="Status">"open", "confirmed" or "dismissed".</param>
/// <param name="Note">The reviewer's note, or null.</param>
/// <param name="At">When it was decided, or null while open.</param>
/// <param name="EvidenceChanged">True when the conflict's evidence changed since the decision: it needs another look.</param>
public sealed record ReviewState(string Status, string? Note, DateTimeOffset? At, bool EvidenceChanged)
{
    /// <summary>Not reviewed.</summary>
    public static ReviewState Open { get; } = new("open", null, null, false);
}
