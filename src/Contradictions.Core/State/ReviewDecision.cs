namespace Contradictions.State;

/// <summary>A reviewer's decision about one conflict, kept across runs.</summary>
/// <param name="ConflictId">The conflict.</param>
/// <param name="Status">"confirmed" or "dismissed".</param>
/// <param name="Note">The reviewer's note, or null.</param>
/// <param name="At">When it was decided.</param>
/// <param name="Evidence">The conflict's evidence fingerprint when it was decided.</param>
/// <param name="Summary">The conflict's summary when it was decided, so an export reads on its own.</param>
public sealed record ReviewDecision(string ConflictId, string Status, string? Note, DateTimeOffset At, string Evidence, string Summary);
