using Contradictions.Sentences;

namespace Contradictions.Ingestion;

/// <summary>A paragraph of an article's cleaned text.</summary>
/// <param name="Span">Where it stands in <see cref="Article.Text"/>.</param>
/// <param name="SourceLine">1-based line in the source file, so a diagnostic can point at it.</param>
/// <param name="Role">What kind of block it came from.</param>
public readonly record struct Paragraph(TextSpan Span, int SourceLine, BlockRole Role);
