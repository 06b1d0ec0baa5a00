using System.Globalization;
using Contradictions.Comparison;
using Contradictions.Grouping;
using Contradictions.Pipeline;

namespace Contradictions.Reporting;

/// <summary>What changed since the last run, as lines for the terminal and the reports, in a fixed order.</summary>
public static class ChangeList
{
    /// <summary>The lines of <paramref name="changes"/>; none on a first run.</summary>
    public static IReadOnlyList<ChangeLine> Of(RunChanges changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var lines = new List<ChangeLine>();
        if (changes.FirstRun)
        {
            return lines;
        }

        lines.AddRange(changes.NewArticles.Select(a => new ChangeLine("new article", a.DisplayPath, null, null)));
        lines.AddRange(changes.ChangedArticles.Select(a => new ChangeLine("changed article", a.DisplayPath, null, null)));
        lines.AddRange(changes.RemovedArticles.Select(p => new ChangeLine("removed article", p, null, null)));
        lines.AddRange(changes.NewIncidents.Select(i => new ChangeLine("new incident", i.Label, i.Id, null)));
        lines.AddRange(changes.GrownIncidents.Select(i => new ChangeLine(
            string.Create(CultureInfo.InvariantCulture, $"incident grew by {i.GainedSentences} sentence{(i.GainedSentences == 1 ? "" : "s")}"), i.Label, i.Id, null)));
        lines.AddRange(changes.NewConflicts.Select(p => new ChangeLine($"new {Words(p.Conflict)}", p.Conflict.Summary, p.Incident.Id, p.Conflict.Id)));
        lines.AddRange(changes.ChangedConflicts.Select(p => new ChangeLine(
            p.Conflict.Previous is null ? $"evidence changed ({Words(p.Conflict)})"
                : p.Conflict.Kind == ConflictKind.Figure ? "figure changed" : $"{Words(p.Conflict)} changed",
            p.Conflict.Previous is null ? p.Conflict.Summary
                : p.Conflict.Kind == ConflictKind.Figure ? $"{p.Conflict.Quantity}: now {IncidentComparer.Statement(p.Conflict)} (was: {p.Conflict.Previous})"
                : $"{p.Conflict.Summary} (was: {p.Conflict.Previous})",
            p.Incident.Id, p.Conflict.Id)));
        lines.AddRange(changes.GoneConflicts.Select(c => new ChangeLine("no longer found", c.Summary, null, null)));
        return lines;
    }

    /// <summary>"2 new articles, 1 incident grew, 3 new conflicts, 1 changed", or why there is nothing to say.</summary>
    public static string Summary(RunChanges changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.FirstRun)
        {
            return "first run on this state: everything is new";
        }

        if (changes.IsEmpty)
        {
            return "nothing changed";
        }

        var parts = new List<string>();
        void Add(int count, string one, string many)
        {
            if (count > 0)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}"));
            }
        }

        Add(changes.NewArticles.Length, "new article", "new articles");
        Add(changes.ChangedArticles.Length, "changed article", "changed articles");
        Add(changes.RemovedArticles.Length, "removed article", "removed articles");
        Add(changes.NewIncidents.Length, "new incident", "new incidents");
        Add(changes.GrownIncidents.Length, "incident grew", "incidents grew");
        Add(changes.NewConflicts.Length, "new conflict", "new conflicts");
        Add(changes.ChangedConflicts.Length, "conflict changed", "conflicts changed");
        Add(changes.GoneConflicts.Length, "conflict no longer found", "conflicts no longer found");
        return string.Join(", ", parts);
    }

    // "figure contradiction", "blame discrepancy".
    private static string Words(Conflict conflict) =>
        $"{conflict.Kind.ToString().ToLowerInvariant()} {conflict.Severity.ToString().ToLowerInvariant()}";
}
