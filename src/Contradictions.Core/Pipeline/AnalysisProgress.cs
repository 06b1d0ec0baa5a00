namespace Contradictions.Pipeline;

/// <summary>A progress report: one file done out of how many.</summary>
/// <param name="Done">Files handled so far.</param>
/// <param name="Total">Files in the corpus.</param>
/// <param name="Path">The file just handled.</param>
/// <param name="Outcome">What happened to it, in a word or two ("new", "unchanged", "error").</param>
public readonly record struct AnalysisProgress(int Done, int Total, string Path, string Outcome);
