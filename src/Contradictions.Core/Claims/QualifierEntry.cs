namespace Contradictions.Claims;

/// <summary>A hedge phrase that may open a figure.</summary>
/// <param name="Words">The phrase's words, lower case.</param>
/// <param name="Kind">The hedge it expresses.</param>
internal sealed record QualifierEntry(string[] Words, QualifierKind Kind);
