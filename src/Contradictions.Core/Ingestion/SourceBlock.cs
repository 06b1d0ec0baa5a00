namespace Contradictions.Ingestion;

/// <summary>One block of text as a parser found it, before cleaning.</summary>
/// <param name="Text">The block's text, with inline markup removed.</param>
/// <param name="Line">1-based line in the source file where the block starts (0 when unknown).</param>
/// <param name="Role">What kind of block it is.</param>
public readonly record struct SourceBlock(string Text, int Line, BlockRole Role);
