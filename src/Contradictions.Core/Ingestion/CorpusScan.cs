using System.Collections.Immutable;
using Contradictions.Diagnostics;

namespace Contradictions.Ingestion;

/// <summary>What a scan of the corpus folder found: article files in ordinal path order, and what it skipped.</summary>
/// <param name="Files">Candidate articles, ordered by relative path (ordinal).</param>
/// <param name="Diagnostics">Files skipped or unreadable, each named.</param>
public sealed record CorpusScan(ImmutableArray<CorpusFile> Files, ImmutableArray<Diagnostic> Diagnostics);
