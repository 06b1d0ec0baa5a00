using System.Globalization;
using Contradictions.Claims;
using Contradictions.Comparison;
using Contradictions.Grouping;
using Contradictions.Ingestion;
using Contradictions.Pipeline;

namespace Contradictions.Reporting;

/// <summary>
/// An incident's claims in the order they were made public: by the article's date, and for
/// undated articles by the run in which they arrived, then by article and position in it.
/// Articles of the same date keep the same order whatever runs they arrived in, so a corpus
/// built up over runs gives the same timeline as one analysed at once.
/// </summary>
public static class Timeline
{
    /// <summary>The timeline of <paramref name="incident"/>.</summary>
    public static IReadOnlyList<TimelineEntry> Of(Incident incident, IReadOnlyDictionary<ArticleId, AnalyzedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(articles);
        var entries = new List<TimelineEntry>();
        foreach (var member in incident.Sentences)
        {
            if (!articles.TryGetValue(member.Article, out var analyzed) || member.Index >= analyzed.Claims.Length)
            {
                continue;
            }

            foreach (var claim in analyzed.Claims[member.Index].Claims)
            {
                entries.Add(new TimelineEntry(analyzed.Article.Metadata.Published, analyzed.Arrival, member.Article, member.Index,
                    claim.Attribution.Speaker, claim.Attribution.Party, Describe(claim), member.Text));
            }
        }

        return [.. entries
            .OrderBy(e => e.Date ?? DateOnly.MaxValue)
            .ThenBy(e => e.Date is null ? e.Arrival : 0)
            .ThenBy(e => e.Article.Value, StringComparer.Ordinal)
            .ThenBy(e => e.Sentence)];
    }

    /// <summary>A claim in words: "accuses X: shelled", "denies it targeted civilians", "X's drones destroyed: [1, 1]".</summary>
    public static string Describe(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return claim switch
        {
            { Accusation: { } a } => $"accuses {a.Actor ?? "(actor not named)"}: {IncidentComparer.ActWords(a.Act)}{(a.Target is null ? "" : $" against {a.Target}")}",
            { Denial: { } d } => d.Act is { } act ? $"denies it {IncidentComparer.ActWords(act)}" : "rejects the other side's account",
            { Figure: { } f } => string.Create(CultureInfo.InvariantCulture,
                $"{claim.FigureOwner ?? "unknown"}'s {f.Item} {f.Outcome}: [{f.Value.Low}, {(double.IsPositiveInfinity(f.Value.High) ? "∞" : f.Value.High.ToString(CultureInfo.InvariantCulture))}]"),
            _ => claim.Kind.ToString(),
        };
    }
}
