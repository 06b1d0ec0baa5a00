namespace Contradictions.State;

/// <summary>A conflict as the last completed run reported it: enough to tell what changed since.</summary>
/// <param name="Id">The conflict id.</param>
/// <param name="Incident">Its incident's id.</param>
/// <param name="Evidence">Its evidence fingerprint.</param>
/// <param name="Summary">Its summary.</param>
/// <param name="Statement">What it said (a figure conflict's values by account), to tell a changed figure; "" when not recorded.</param>
public sealed record StoredConflict(string Id, string Incident, string Evidence, string Summary, string Statement = "");
