using System.Globalization;
using System.Text.RegularExpressions;
using Contradictions.Claims;
using Contradictions.Comparison;
using Contradictions.Grouping;
using Contradictions.Ingestion;
using Contradictions.Pipeline;
using Contradictions.Sentences;
using Contradictions.State;

namespace Contradictions.Reporting;

/// <summary>
/// Turns a run's result into the pre-formatted views the HTML and Markdown templates bind
/// to, and names the files they are written to. File names come from ids checked to be
/// letters, digits and hyphens only, so no name can leave the output folder.
/// </summary>
public sealed partial class ReportViewBuilder
{
    private readonly AnalysisResult _result;
    private readonly string _generatedAt;
    private readonly string _extension;
    private readonly Dictionary<ArticleId, AnalyzedArticle> _articles;
    private readonly Dictionary<(ArticleId, int), Incident> _incidentOf = [];

    /// <summary>Prepares views of <paramref name="result"/> for pages whose files end in <paramref name="extension"/> (".html", ".md").</summary>
    public ReportViewBuilder(AnalysisResult result, DateTimeOffset generatedAt, string extension)
    {
        ArgumentNullException.ThrowIfNull(result);
        _result = result;
        _generatedAt = generatedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        _extension = extension;
        _articles = result.Articles.ToDictionary(a => a.Article.Id);
        foreach (var incident in result.Incidents)
        {
            foreach (var sentence in incident.Sentences)
            {
                _incidentOf.TryAdd((sentence.Article, sentence.Index), incident);
            }
        }
    }

    /// <summary>When the report was generated, as pages print it.</summary>
    public string GeneratedAt => _generatedAt;

    /// <summary>The file name of an incident's page.</summary>
    /// <exception cref="ArgumentException">The id holds characters other than letters, digits and hyphens.</exception>
    public string IncidentFile(IncidentId id) => "incident-" + Safe(id.Value) + _extension;

    /// <summary>The file name of an article's page.</summary>
    /// <exception cref="ArgumentException">The id holds characters other than letters, digits and hyphens.</exception>
    public string ArticleFile(ArticleId id) => "article-" + Safe(id.Value) + _extension;

    /// <summary>The corpus at a glance.</summary>
    public ReportView Report()
    {
        var articles = _result.Articles.Select(a => new ArticleRow(a.Article.Id.Value, a.DisplayPath, a.Article.Metadata.Title ?? "",
            a.Article.Metadata.Outlet ?? "", Date(a.Article.Metadata.Published), StateStore.Name(a.Status), a.Sentences.Length,
            a.Article.Diagnostics.Length, ArticleFile(a.Article.Id))).ToList();
        var firstRun = _result.Changes.FirstRun;
        var incidents = _result.Incidents.Select(i => new IncidentRow(i.Id.Value, i.Label, Dates(i), string.Join(", ", i.Places.Take(5)),
            i.Articles.Length, i.Conflicts.Count(c => c.Severity == Severity.Contradiction), i.Conflicts.Count(c => c.Severity == Severity.Discrepancy),
            i.Conflicts.Count(c => c.Kind == ConflictKind.Blame), i.Conflicts.Count(c => c.Kind == ConflictKind.Denial),
            i.Conflicts.Count(c => c.Kind == ConflictKind.Figure), i.Corroborations.Length, IncidentFile(i.Id), IncidentFile(i.Id))
        {
            Change = firstRun ? "" : i.Change switch
            {
                "new" => "new",
                "grew" => string.Create(CultureInfo.InvariantCulture, $"grew by {i.GainedSentences} sentence{(i.GainedSentences == 1 ? "" : "s")}"),
                _ => "",
            },
        }).ToList();
        var conflicts = _result.Incidents.Sum(i => i.Conflicts.Length);
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{_result.Articles.Length} articles, {_result.Incidents.Length} incidents, {conflicts} conflicts, {_result.Incidents.Sum(i => i.Corroborations.Length)} corroborations");
        List<string> problems = [.. _result.FileDiagnostics.Select(d => d.ToString())];
        var changes = ChangeList.Of(_result.Changes).Select(c =>
        {
            var link = c.Incident is { } id ? IncidentFile(id) + (c.Conflict is { } conflict ? "#" + Safe(conflict) : "") : "";
            return new ChangeView(c.What, c.Text, link, link.Length > 0);
        }).ToList();
        return new ReportView("Contradictions report", _generatedAt, _result.Corpus, summary, articles, incidents, problems, problems.Count > 0)
        {
            ChangeSummary = ChangeList.Summary(_result.Changes),
            Changes = changes,
        };
    }

    /// <summary>One page per incident: header, side-by-side accounts, conflicts, corroborations.</summary>
    public IncidentView Incident(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var articles = incident.Articles.Where(_articles.ContainsKey).Select(id => _articles[id]).Select(a => new ArticleRef(
            a.Article.Metadata.Title ?? a.DisplayPath, a.OutletName,
            Date(a.Article.Metadata.Published), SentenceLink(a.Article.Id, -1))).ToList();

        // Side by side: every claim of the incident's sentences, one column per party (or outlet).
        var columns = new SortedDictionary<string, List<ClaimView>>(StringComparer.Ordinal);
        var background = new List<SentenceRef>();
        foreach (var member in incident.Sentences)
        {
            if (!_articles.TryGetValue(member.Article, out var analyzed) || member.Index >= analyzed.Claims.Length)
            {
                continue;
            }

            var read = analyzed.Claims[member.Index];
            if (member.Background)
            {
                background.Add(new SentenceRef(member.Text, Source(analyzed, member.Index), SentenceLink(member.Article, member.Index)));
            }

            foreach (var claim in read.Claims)
            {
                var party = claim.Attribution.Party ?? "outlet: " + analyzed.OutletName;
                if (!columns.TryGetValue(party, out var list))
                {
                    columns[party] = list = [];
                }

                list.Add(new ClaimView(What(claim), claim.Attribution.Speaker, Quote(member.Text, claim), Source(analyzed, member.Index),
                    SentenceLink(member.Article, member.Index)));
            }
        }

        var partyColumns = columns.Select(c => new PartyColumn(c.Key, c.Value)).ToList();
        var contradictions = incident.Conflicts.Where(c => c.Severity == Severity.Contradiction).Select(ConflictView).ToList();
        var discrepancies = incident.Conflicts.Where(c => c.Severity == Severity.Discrepancy).Select(ConflictView).ToList();
        var corroborations = incident.Corroborations.Select(c => ConflictView(new Conflict
        {
            Id = c.Id,
            Kind = c.Kind,
            Severity = Severity.Discrepancy,
            Summary = c.Summary,
            Why = c.Why,
            Quantity = c.Quantity,
            Accounts = c.Accounts,
        }) with { Severity = c.AcrossSides ? "agreement across sides" : "agreement", Review = "", Change = "" }).ToList();
        var timeline = Timeline.Of(incident, _articles).Select(e => new TimelineView(
            e.Date is { } d ? Date(d) : string.Create(CultureInfo.InvariantCulture, $"undated, arrived in run {e.Arrival}"),
            e.Speaker + (e.Party is { } p ? $" ({p})" : ""), e.What, Source(_articles[e.Article], e.Sentence), SentenceLink(e.Article, e.Sentence))).ToList();
        return new IncidentView(incident.Id.Value, incident.Label, incident.Label, Dates(incident), string.Join(", ", incident.Places),
            _generatedAt, articles, partyColumns, partyColumns.Count > 0, contradictions, discrepancies, corroborations,
            contradictions.Count > 0, discrepancies.Count > 0, corroborations.Count > 0, background, background.Count > 0)
        {
            Timeline = timeline,
        };
    }

    /// <summary>One page per article: its sentences, each with an anchor and its incident.</summary>
    public ArticleView Article(AnalyzedArticle analyzed)
    {
        ArgumentNullException.ThrowIfNull(analyzed);
        var sentences = analyzed.Sentences.Select(s =>
        {
            var incident = _incidentOf.GetValueOrDefault((analyzed.Article.Id, s.Index));
            return new ArticleSentence("s" + s.Index.ToString(CultureInfo.InvariantCulture), s.Index, s.Text, s.Kind.ToString().ToLowerInvariant(),
                incident?.Label ?? "", incident is null ? "" : IncidentFile(incident.Id));
        }).ToList();
        var warnings = analyzed.Article.Diagnostics.Select(d => d.ToString()).ToList();
        return new ArticleView(analyzed.Article.Id.Value, analyzed.Article.Metadata.Title ?? analyzed.DisplayPath,
            analyzed.Article.Metadata.Outlet ?? "", Date(analyzed.Article.Metadata.Published), analyzed.DisplayPath, _generatedAt,
            sentences, warnings, warnings.Count > 0);
    }

    private ConflictView ConflictView(Conflict conflict) => new(
        conflict.Id,
        Safe(conflict.Id),
        conflict.IsRevision ? "revision" : conflict.Kind.ToString().ToLowerInvariant(),
        conflict.Severity.ToString().ToLowerInvariant(),
        conflict.Summary,
        conflict.Why,
        conflict.Quantity ?? "",
        conflict.Quantity is not null,
        ReviewText(conflict.Review),
        [.. conflict.Accounts.Select(a => new AccountView(a.Party, [.. a.Claims.Select(ToEvidence)]))])
    {
        Dismissed = conflict.Review.Status == "dismissed",
        // Only what is new or changed since the last run is marked, and a first run has no last
        // run: no conflict is marked then, as no incident is. An unmarked conflict's view is the
        // same on every run, so its page is kept until its content changes.
        Change = _result.Changes.FirstRun || conflict.Change == "unchanged" ? "" : conflict.Change,
        Previous = conflict.Previous ?? "",
    };

    private static string ReviewText(ReviewState review)
    {
        if (review.At is not { } at)
        {
            return "open";
        }

        var text = string.Create(CultureInfo.InvariantCulture, $"{review.Status} on {at.ToUniversalTime():yyyy-MM-dd HH:mm} UTC");
        if (review.Note is { Length: > 0 } note)
        {
            text += " — " + note;
        }

        return review.EvidenceChanged ? text + " (the evidence changed since: review again)" : text;
    }

    private EvidenceView ToEvidence(ClaimEvidence claim)
    {
        var analyzed = _articles[claim.Article];
        var figure = claim.Claim.Figure is { } f
            ? string.Create(CultureInfo.InvariantCulture, $"{f.Text}: {Interval(f.Value)} {f.Item} {f.Outcome}").TrimEnd()
            : "";
        return new EvidenceView(Quote(claim.Text, claim.Claim), claim.Speaker + (claim.Party is { } p ? $" ({p})" : ""), figure,
            figure.Length > 0, Source(analyzed, claim.Sentence), SentenceLink(claim.Article, claim.Sentence));
    }

    /// <summary>The sentence cut into plain and marked pieces: the figure's words, or the words an accusation or denial rests on.</summary>
    private static List<TextSegment> Quote(string text, Claim claim)
    {
        var (start, length) = claim switch
        {
            { Figure: { } figure } when figure.Span.End <= text.Length => (figure.Span.Start, figure.Span.Length),
            { Accusation: { } accusation } => Find(text, accusation.Cue),
            { Denial: { } denial } => Find(text, denial.Cue),
            _ => (-1, 0),
        };
        if (start < 0 || length == 0)
        {
            return [new TextSegment(text, false)];
        }

        var segments = new List<TextSegment>(3);
        if (start > 0)
        {
            segments.Add(new TextSegment(text[..start], false));
        }

        segments.Add(new TextSegment(text.Substring(start, length), true));
        if (start + length < text.Length)
        {
            segments.Add(new TextSegment(text[(start + length)..], false));
        }

        return segments;
    }

    private static (int Start, int Length) Find(string text, string cue)
    {
        var at = text.IndexOf(cue, StringComparison.Ordinal);
        return at < 0 ? (-1, 0) : (at, cue.Length);
    }

    private static string What(Claim claim) => Timeline.Describe(claim);

    private string Source(AnalyzedArticle analyzed, int sentence) => string.Create(CultureInfo.InvariantCulture,
        $"{analyzed.OutletName}, sentence {sentence}");

    private string SentenceLink(ArticleId article, int sentence) =>
        sentence < 0 ? ArticleFile(article) : ArticleFile(article) + "#s" + sentence.ToString(CultureInfo.InvariantCulture);

    private static string Interval(FigureValue value) => string.Create(CultureInfo.InvariantCulture,
        $"[{value.Low}, {(double.IsPositiveInfinity(value.High) ? "∞" : value.High.ToString(CultureInfo.InvariantCulture))}]");

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Dates(Incident incident) => incident.From is { } from && incident.To is { } to
        ? (from == to ? Date(from) : $"{Date(from)} – {Date(to)}")
        : "not resolved";

    private static string Safe(string id) => SafeId().IsMatch(id) ? id : throw new ArgumentException($"'{id}' is not a safe file name part.", nameof(id));

    [GeneratedRegex("^[A-Za-z0-9-]{1,64}$")]
    private static partial Regex SafeId();
}
