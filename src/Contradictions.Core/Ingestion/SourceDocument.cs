using System.Collections.Immutable;
using Contradictions.Diagnostics;

namespace Contradictions.Ingestion;

/// <summary>A parsed file: its metadata and blocks of text in reading order, not yet cleaned.</summary>
/// <param name="Metadata">Front matter or meta tags.</param>
/// <param name="Blocks">The text blocks in order.</param>
/// <param name="Diagnostics">What the parser had to say (a malformed front matter, say).</param>
public sealed record SourceDocument(ArticleMetadata Metadata, ImmutableArray<SourceBlock> Blocks, ImmutableArray<Diagnostic> Diagnostics);
