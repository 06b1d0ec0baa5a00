using System.Collections.Immutable;
using Contradictions.Diagnostics;

namespace Contradictions.Sentences;

/// <summary>An article's sentences after splitting and folding repeats.</summary>
/// <param name="Sentences">The kept sentences, indexed 0.. in order.</param>
/// <param name="Diagnostics">One warning per folded repeat.</param>
public sealed record SegmentedArticle(ImmutableArray<Sentence> Sentences, ImmutableArray<Diagnostic> Diagnostics);
