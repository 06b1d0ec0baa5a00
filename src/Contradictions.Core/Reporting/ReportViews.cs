namespace Contradictions.Reporting;

// The pre-formatted view model the report templates bind to. Every value is a string,
// number, boolean or list, ready to print: templates hold no logic beyond if and each.
#pragma warning disable CS1591 // The view model's members are documented by the templates that use them.

/// <summary>A piece of quoted text, marked when it is the figure or the words a claim rests on.</summary>
public sealed record TextSegment(string Text, bool Mark);

/// <summary>The whole report: the corpus at a glance.</summary>
public sealed record ReportView(string Title, string GeneratedAt, string Corpus, string Summary,
    IReadOnlyList<ArticleRow> Articles, IReadOnlyList<IncidentRow> Incidents, IReadOnlyList<string> FileProblems, bool HasFileProblems)
{
    /// <summary>What changed since the last run, in words ("1 new article, 1 incident grew").</summary>
    public string ChangeSummary { get; init; } = "";

    public IReadOnlyList<ChangeView> Changes { get; init; } = [];

    public bool HasChanges => Changes.Count > 0;
}

/// <summary>One change since the last run; <c>Link</c> is empty when it has no page (an article removed, a conflict gone).</summary>
public sealed record ChangeView(string What, string Text, string Link, bool HasLink);

public sealed record ArticleRow(string Id, string File, string Title, string Outlet, string Published, string Status,
    int Sentences, int Warnings, string Link);

public sealed record IncidentRow(string Id, string Label, string Dates, string Places, int Articles, int Contradictions,
    int Discrepancies, int Blame, int Denial, int Figure, int Corroborations, string Link, string MarkdownLink)
{
    /// <summary>"new", "grew by N sentences", or "" when unchanged (or on a first run).</summary>
    public string Change { get; init; } = "";

    public bool HasChange => Change.Length > 0;
}

/// <summary>One incident page.</summary>
public sealed record IncidentView(string Id, string Title, string Label, string Dates, string Places, string GeneratedAt,
    IReadOnlyList<ArticleRef> Articles, IReadOnlyList<PartyColumn> Columns, bool HasColumns,
    IReadOnlyList<ConflictView> Contradictions, IReadOnlyList<ConflictView> Discrepancies, IReadOnlyList<ConflictView> Corroborations,
    bool HasContradictions, bool HasDiscrepancies, bool HasCorroborations, IReadOnlyList<SentenceRef> Background, bool HasBackground)
{
    public IReadOnlyList<TimelineView> Timeline { get; init; } = [];
}

public sealed record TimelineView(string When, string Speaker, string What, string Source, string Link);

public sealed record ArticleRef(string Title, string Outlet, string Published, string Link);

public sealed record PartyColumn(string Party, IReadOnlyList<ClaimView> Claims);

public sealed record ClaimView(string What, string Speaker, IReadOnlyList<TextSegment> Quote, string Source, string Link);

public sealed record ConflictView(string Id, string Anchor, string Kind, string Severity, string Summary, string Why, string Quantity,
    bool HasQuantity, string Review, IReadOnlyList<AccountView> Accounts)
{
    public bool Dismissed { get; init; }

    public string Change { get; init; } = "";

    public bool IsNew => Change is "new" or "changed";

    /// <summary>What the last run said of this conflict, when its values changed since.</summary>
    public string Previous { get; init; } = "";

    public bool HasPrevious => Previous.Length > 0;
}

public sealed record AccountView(string Party, IReadOnlyList<EvidenceView> Evidence);

public sealed record EvidenceView(IReadOnlyList<TextSegment> Quote, string Speaker, string Figure, bool HasFigure, string Source, string Link);

public sealed record SentenceRef(string Text, string Source, string Link);

/// <summary>One article page: every sentence with its anchor, so evidence links land on it.</summary>
public sealed record ArticleView(string Id, string Title, string Outlet, string Published, string Path, string GeneratedAt,
    IReadOnlyList<ArticleSentence> Sentences, IReadOnlyList<string> Warnings, bool HasWarnings);

public sealed record ArticleSentence(string Anchor, int Index, string Text, string Kind, string Incident, string IncidentLink);
#pragma warning restore CS1591
