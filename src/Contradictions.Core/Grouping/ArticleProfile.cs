using Contradictions.Featurization;
using Contradictions.Pipeline;

namespace Contradictions.Grouping;

/// <summary>What the grouping knows of one article: its vector, days, months, years and places.</summary>
internal sealed class ArticleProfile
{
    public required int Index { get; init; }

    public required AnalyzedArticle Analyzed { get; init; }

    public required SparseVector Vector { get; init; }

    /// <summary>The names of its own news, weighted by rarity across articles (set after all profiles exist).</summary>
    public SparseVector Entities { get; set; } = SparseVector.Empty;

    /// <summary>Day dates of the article's own news (not of its background sentences), and its publication day.</summary>
    public required List<DayKey> Days { get; init; }

    /// <summary>Months (1–12) of its own news.</summary>
    public required HashSet<int> Months { get; init; }

    /// <summary>Years its own news is dated in, when known.</summary>
    public required HashSet<int> Years { get; init; }

    /// <summary>Places of its own news, lower case.</summary>
    public required HashSet<string> Places { get; init; }

    /// <summary>Which sentences are background (another time than the article's news).</summary>
    public required bool[] Background { get; init; }
}
