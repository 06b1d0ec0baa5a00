namespace Contradictions.Ingestion;

/// <summary>A line kept out of the analysis but not thrown away: another script or language.</summary>
/// <param name="Line">1-based line in the source file.</param>
/// <param name="Reason">Why it was set aside ("Cyrillic script", "language es").</param>
/// <param name="Text">The line as it stood.</param>
public sealed record SetAsideLine(int Line, string Reason, string Text);
