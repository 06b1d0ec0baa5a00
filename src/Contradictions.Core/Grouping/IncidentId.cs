namespace Contradictions.Grouping;

/// <summary>
/// An incident's identity, derived from its earliest member sentence (the smallest article id
/// and sentence index), so it stays the same while that sentence stays in the incident.
/// </summary>
public readonly record struct IncidentId(string Value)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}
