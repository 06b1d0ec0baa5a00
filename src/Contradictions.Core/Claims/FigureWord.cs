namespace Contradictions.Claims;

/// <summary>
/// Everything the figure scan knows about one word, gathered from every table of
/// <see cref="FigureVocabulary"/> so that a single lookup per token answers all questions.
/// Built once by <see cref="FigureLexicon"/> and never changed afterwards.
/// </summary>
internal sealed class FigureWord
{
    /// <summary>The word's roles.</summary>
    public WordRoles Roles { get; set; }

    /// <summary>Its numeric meaning, or null.</summary>
    public NumberWord? Number { get; set; }

    /// <summary>Item phrases that start with this word, longest first.</summary>
    public ItemEntry[] Items { get; set; } = [];

    /// <summary>Outcome phrases that start with this word, longest first.</summary>
    public OutcomeEntry[] Outcomes { get; set; } = [];

    /// <summary>Outcome phrases that end with this word, longest first (for looking back from a count).</summary>
    public OutcomeEntry[] OutcomesEndingHere { get; set; } = [];

    /// <summary>Hedge phrases that start with this word, longest first.</summary>
    public QualifierEntry[] Qualifiers { get; set; } = [];
}
