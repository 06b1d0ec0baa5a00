namespace Contradictions.Reporting;

/// <summary>
/// One small view of each kind, with an item in every list and every flag set, rendered once
/// by each format's templates on the thread that compiles them. The first render of a template
/// costs far more than the next (its compiled code, and the accessors of each view type, are
/// built on first use); done while the corpus is still being analysed, it is off the run's path.
/// </summary>
internal static class SampleViews
{
    private static readonly List<TextSegment> Quote = [new("Officials said the strike killed 3 people.", false), new("3 people", true)];

    private static readonly ConflictView Conflict = new("sample", "sample", "figure", "discrepancy", "killed: 3 vs 5", "rule: values differ",
        "people killed", true, "open", [new AccountView("Side A", [new EvidenceView(Quote, "officials (Side A)", "3 people: [3, 3] people killed", true,
            "Outlet, sentence 1", "article-sample.html#s1")])])
    {
        Dismissed = true,
        Change = "new",
        Previous = "killed: 2 vs 5",
    };

    /// <summary>The whole report.</summary>
    public static ReportView Report { get; } = new("Report", "2000-01-01 00:00 UTC", "corpus", "1 article, 1 incident, 1 conflict, 0 corroborations",
        [new ArticleRow("a", "corpus/a.md", "Title", "Outlet", "2000-01-01", "new", 3, 1, "article-a.html")],
        [new IncidentRow("i", "1 Jan 2000 · attack", "2000-01-01", "Place", 2, 1, 1, 1, 1, 1, 1, "incident-i.html", "incident-i.md") { Change = "new" }],
        ["corpus/b.md: error: empty file"], true)
    {
        ChangeSummary = "1 new article",
        Changes = [new ChangeView("new article", "corpus/a.md", "article-a.html", true)],
    };

    /// <summary>An incident page.</summary>
    public static IncidentView Incident { get; } = new("i", "Title", "Label", "2000-01-01", "Place", "2000-01-01 00:00 UTC",
        [new ArticleRef("Title", "Outlet", "2000-01-01", "article-a.html")],
        [new PartyColumn("Side A", [new ClaimView("3 people killed", "officials", Quote, "Outlet, sentence 1", "article-a.html#s1")])], true,
        [Conflict], [Conflict], [Conflict], true, true, true, [new SentenceRef("Earlier, the town was shelled.", "Outlet, sentence 2", "article-a.html#s2")], true)
    {
        Timeline = [new TimelineView("2000-01-01", "officials (Side A)", "3 people killed", "Outlet, sentence 1", "article-a.html#s1")],
    };

    /// <summary>An article page.</summary>
    public static ArticleView Article { get; } = new("a", "Title", "Outlet", "2000-01-01", "corpus/a.md", "2000-01-01 00:00 UTC",
        [new ArticleSentence("s0", 0, "Officials said the strike killed 3 people.", "body", "Label", "incident-i.html")], ["a warning"], true);
}
