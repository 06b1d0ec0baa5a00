using System.Collections.Immutable;
using Contradictions.Diagnostics;

namespace Contradictions.Claims;

/// <summary>What was read from a parties file and what was wrong with it.</summary>
/// <param name="Config">The usable part of the file; <see cref="PartiesConfig.Empty"/> when nothing was.</param>
/// <param name="Diagnostics">Warnings with line and column, in file order; empty for a clean file.</param>
public sealed record PartiesFileResult(PartiesConfig Config, ImmutableArray<Diagnostic> Diagnostics);
