using Contradictions.Grouping;

namespace Contradictions.Reporting;

/// <summary>One thing new since the last run, in words: what it is, and the incident (and conflict) it concerns.</summary>
/// <param name="What">"new article", "incident grew", "figure changed", "no longer found", …</param>
/// <param name="Text">The article's path, the incident's label, or the conflict's summary (with the old values).</param>
/// <param name="Incident">The incident it concerns, when it is still reported.</param>
/// <param name="Conflict">The conflict it concerns, when it is still reported.</param>
public sealed record ChangeLine(string What, string Text, IncidentId? Incident, string? Conflict);
