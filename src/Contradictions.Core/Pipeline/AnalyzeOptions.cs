using Contradictions.Ingestion;

namespace Contradictions.Pipeline;

/// <summary>What to analyse and where to keep state.</summary>
public sealed record AnalyzeOptions
{
    /// <summary>The corpus folder used when none is given.</summary>
    public const string DefaultCorpus = "corpus";

    /// <summary>The corpus folder.</summary>
    public string Corpus { get; init; } = DefaultCorpus;

    /// <summary>The state file; null means <c>CORPUS/.contradictions/state.db</c>.</summary>
    public string? StatePath { get; init; }

    /// <summary>Move an unusable or unwanted state file aside and start a new one.</summary>
    public bool Rebuild { get; init; }

    /// <summary>
    /// Analyse without keeping anything in the state file (for commands that only look:
    /// <c>incidents</c>, <c>show</c>, <c>claims</c>).
    /// </summary>
    public bool ReadOnly { get; init; }

    /// <summary>
    /// Group the whole corpus again even when the run only adds a few articles (normally they
    /// are assigned to the stored incidents; see <see cref="Grouping.GroupingOptions.IncrementalShare"/>).
    /// </summary>
    public bool Regroup { get; init; }

    /// <summary>How long a run waits for another run on the same state file before it stops with a message.</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Limits and language for reading articles.</summary>
    public IngestionOptions Ingestion { get; init; } = IngestionOptions.Default;

    /// <summary>Thresholds of the incident grouping.</summary>
    public Grouping.GroupingOptions Grouping { get; init; } = Contradictions.Grouping.GroupingOptions.Default;

    /// <summary>
    /// How many articles are read in parallel. Per-article work is independent, so all cores
    /// help; writes to the state file stay on one thread.
    /// </summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The defaults: <c>corpus</c>, its own state file.</summary>
    public static AnalyzeOptions Default { get; } = new();

    /// <summary>The state file this run uses.</summary>
    public string ResolvedStatePath => StatePath ?? Path.Join(Corpus, ".contradictions", "state.db");
}
