using System.Collections.Immutable;
using Contradictions.Diagnostics;
using Contradictions.Ingestion;

namespace Contradictions.Pipeline;

/// <summary>Everything a run produced, ready for the reports.</summary>
public sealed record AnalysisResult
{
    /// <summary>When the run started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>The corpus folder as the user gave it.</summary>
    public required string Corpus { get; init; }

    /// <summary>The active articles, in ordinal path order.</summary>
    public required ImmutableArray<AnalyzedArticle> Articles { get; init; }

    /// <summary>The incidents the articles' sentences were grouped into.</summary>
    public ImmutableArray<Grouping.Incident> Incidents { get; init; } = [];

    /// <summary>Articles whose files are gone since an earlier run; kept in the state.</summary>
    public required ImmutableArray<(ArticleId Id, string Path, string Title)> Removed { get; init; }

    /// <summary>Problems with files that are not articles of this run: unreadable, binary, empty, duplicates, skipped.</summary>
    public required ImmutableArray<Diagnostic> FileDiagnostics { get; init; }

    /// <summary>How many files were opened and read this run (unchanged files are not).</summary>
    public required int FilesRead { get; init; }

    /// <summary>How the incidents were grouped: "full: why", or "incremental: what was assigned to the kept incidents".</summary>
    public string GroupingMode { get; init; } = "";

    /// <summary>What is new since the last completed run.</summary>
    public RunChanges Changes { get; init; } = new() { FirstRun = true };

    /// <summary>Articles whose claims were kept from an earlier run instead of read again.</summary>
    public int ClaimsReused { get; init; }

    /// <summary>How many articles were parsed, cleaned and split this run.</summary>
    public required int ArticlesProcessed { get; init; }

    /// <summary>
    /// Wall-clock time spent in each stage: ingest (scan, read, clean, split, store), claims,
    /// grouping, and comparison (with the decisions and change marks, and saving the state).
    /// </summary>
    public (TimeSpan Ingest, TimeSpan Claims, TimeSpan Grouping, TimeSpan Compare) Timings { get; init; }

    /// <summary>True when at least one file could not be analysed, or the corpus held no article.</summary>
    public bool HasErrors => FileDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
