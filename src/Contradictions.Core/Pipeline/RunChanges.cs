using System.Collections.Immutable;
using Contradictions.Comparison;
using Contradictions.Grouping;
using Contradictions.State;

namespace Contradictions.Pipeline;

/// <summary>
/// What a run found new since the last completed run: articles added, changed and removed,
/// incidents that are new or gained sentences, conflicts that are new, whose evidence changed
/// (with the figures they had before, when those changed), and conflicts no longer found.
/// On a first run everything is new and the lists say nothing more than the report.
/// </summary>
public sealed record RunChanges
{
    /// <summary>No run was completed on this state before.</summary>
    public bool FirstRun { get; init; }

    /// <summary>Articles new in this run.</summary>
    public ImmutableArray<AnalyzedArticle> NewArticles { get; init; } = [];

    /// <summary>Articles whose file content changed.</summary>
    public ImmutableArray<AnalyzedArticle> ChangedArticles { get; init; } = [];

    /// <summary>Paths of the files gone since the last run.</summary>
    public ImmutableArray<string> RemovedArticles { get; init; } = [];

    /// <summary>Incidents new in this run.</summary>
    public ImmutableArray<Incident> NewIncidents { get; init; } = [];

    /// <summary>Incidents that gained sentences.</summary>
    public ImmutableArray<Incident> GrownIncidents { get; init; } = [];

    /// <summary>Conflicts new in this run, with their incidents.</summary>
    public ImmutableArray<(Incident Incident, Conflict Conflict)> NewConflicts { get; init; } = [];

    /// <summary>Conflicts whose evidence changed, with their incidents; <see cref="Conflict.Previous"/> holds the old values when they changed.</summary>
    public ImmutableArray<(Incident Incident, Conflict Conflict)> ChangedConflicts { get; init; } = [];

    /// <summary>Conflicts the last run reported that this run no longer finds.</summary>
    public ImmutableArray<StoredConflict> GoneConflicts { get; init; } = [];

    /// <summary>True when nothing changed since the last run.</summary>
    public bool IsEmpty => NewArticles.IsEmpty && ChangedArticles.IsEmpty && RemovedArticles.IsEmpty && NewIncidents.IsEmpty
        && GrownIncidents.IsEmpty && NewConflicts.IsEmpty && ChangedConflicts.IsEmpty && GoneConflicts.IsEmpty;

    /// <summary>The changes of a run from its articles' statuses and its incidents' and conflicts' change marks.</summary>
    public static RunChanges Of(bool firstRun, ImmutableArray<AnalyzedArticle> articles, ImmutableArray<Incident> incidents,
        IEnumerable<string> removed, ImmutableArray<StoredConflict> gone)
    {
        if (firstRun)
        {
            return new RunChanges { FirstRun = true };
        }

        var conflicts = incidents.SelectMany(i => i.Conflicts.Select(c => (Incident: i, Conflict: c))).ToList();
        return new RunChanges
        {
            FirstRun = firstRun,
            NewArticles = [.. articles.Where(a => a.Status == ArticleStatus.New)],
            ChangedArticles = [.. articles.Where(a => a.Status == ArticleStatus.Changed)],
            RemovedArticles = [.. removed],
            NewIncidents = [.. incidents.Where(i => i.Change == "new")],
            GrownIncidents = [.. incidents.Where(i => i.Change == "grew")],
            NewConflicts = [.. conflicts.Where(p => p.Conflict.Change == "new")],
            ChangedConflicts = [.. conflicts.Where(p => p.Conflict.Change == "changed")],
            GoneConflicts = gone,
        };
    }
}
