using Contradictions.Ingestion;

namespace Contradictions.Reporting;

/// <summary>One claim of an incident on its timeline.</summary>
/// <param name="Date">The article's date, or null when undated.</param>
/// <param name="Arrival">The run in which the article arrived (orders undated articles).</param>
/// <param name="Article">The article.</param>
/// <param name="Sentence">The sentence index.</param>
/// <param name="Speaker">Who says it.</param>
/// <param name="Party">The speaker's party, or null.</param>
/// <param name="What">The claim in words.</param>
/// <param name="Text">The sentence.</param>
public sealed record TimelineEntry(DateOnly? Date, long Arrival, ArticleId Article, int Sentence, string Speaker, string? Party, string What, string Text);
