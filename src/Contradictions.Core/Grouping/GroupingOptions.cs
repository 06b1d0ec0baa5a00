namespace Contradictions.Grouping;

/// <summary>Thresholds and caps of the incident grouping; the defaults are tuned on the ECB+ dev set as a whole (EVALUATION.md).</summary>
public sealed record GroupingOptions
{
    /// <summary>The defaults.</summary>
    public static GroupingOptions Default { get; } = new();

    /// <summary>
    /// Two groups of articles are one incident when their average similarity (cosine of the
    /// article vectors plus the place bonus; a missing candidate pair counts 0) reaches this.
    /// </summary>
    public double LinkThreshold { get; init; } = 0.10;

    /// <summary>
    /// How much of two articles' similarity comes from the names they share (people,
    /// organisations, places), against the rest from all their words.
    /// </summary>
    public double EntityWeight { get; init; } = 0.3;

    /// <summary>
    /// Two groups merge only if they are nearly as alike as each group is within itself:
    /// their average similarity must reach this share of the lesser cohesion. Look-alike
    /// incidents (one boxer's two title defences, two quakes in one province) are each tight
    /// groups, looser with each other.
    /// </summary>
    public double CohesionRatio { get; init; } = 0.7;

    /// <summary>
    /// Groups that share no name and no place merge only when their text cosine alone reaches
    /// this: common words are not evidence of one incident.
    /// </summary>
    public double TextAloneThreshold { get; init; } = 0.35;

    /// <summary>Each shared place name adds this much to two articles' similarity…</summary>
    public double PlaceBonus { get; init; } = 0.05;

    /// <summary>…up to this much in all.</summary>
    public double MaxPlaceBonus { get; init; } = 0.15;

    /// <summary>
    /// Articles whose own day dates all lie further apart than this (in days) tell of
    /// different incidents unless they agree strongly (<see cref="DayGapVetoBelow"/>).
    /// </summary>
    public int MaxDayGap { get; init; } = 10;

    /// <summary>
    /// Articles whose days lie further apart than <see cref="MaxDayGap"/> may still be one
    /// incident — a story told over weeks — but only when their similarity reaches this.
    /// </summary>
    public double DayGapVetoBelow { get; init; } = 0.5;

    /// <summary>
    /// The heaviest features of each article that serve as blocking keys: two articles are
    /// compared only if they share one, which keeps the work near-linear in the corpus size.
    /// </summary>
    public int KeyFeaturesPerArticle { get; init; } = 30;

    /// <summary>A key held by more articles than this is too common to block on (a generic word).</summary>
    public int MaxArticlesPerKey { get; init; } = 100;

    /// <summary>
    /// How many candidate partners each article is scored against: those sharing the most keys.
    /// Bounds the pairs scored to this many per article, however large the corpus.
    /// </summary>
    public int CandidatesPerArticle { get; init; } = 40;

    /// <summary>A background sentence joins another incident when its cosine to that incident reaches this.</summary>
    public double BackgroundThreshold { get; init; } = 0.12;

    /// <summary>How much more the headline counts in an article's vector than a body sentence.</summary>
    public float HeadlineWeight { get; init; } = 2.0f;

    /// <summary>How many sentences after the headline form the lede, which counts more than the rest.</summary>
    public int LedeSentences { get; init; } = 5;

    /// <summary>How much more a lede sentence counts than a later one.</summary>
    public float LedeWeight { get; init; } = 1.5f;

    /// <summary>
    /// How much a sentence after the lede counts. Later paragraphs carry background and
    /// career or conflict history that look-alike incidents share; the lede carries the news.
    /// </summary>
    public float BodyWeight { get; init; } = 0.5f;

    /// <summary>Largest incident, in articles: pairwise work inside an incident is quadratic.</summary>
    public int MaxIncidentArticles { get; init; } = 2000;

    /// <summary>
    /// A run that only adds articles assigns them to the stored incidents, without fitting the
    /// featurizer or clustering again, while the articles assigned that way since the last full
    /// grouping stay within this share of the articles that grouping saw (at least one). Past
    /// it — or when an article changed or went away, the parties changed, or the rules did —
    /// the whole corpus is grouped again and the word weights refitted.
    /// </summary>
    public double IncrementalShare { get; init; } = 0.05;
}
