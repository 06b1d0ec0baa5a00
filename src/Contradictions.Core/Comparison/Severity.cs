namespace Contradictions.Comparison;

/// <summary>How hard two accounts clash.</summary>
public enum Severity
{
    /// <summary>They cannot both be true (disjoint figures, opposite blame, a denied act).</summary>
    Contradiction,

    /// <summary>They can both be true but differ (overlapping figures with different stated values, e.g. a later, higher count).</summary>
    Discrepancy,
}
