using Contradictions.Ingestion;

namespace Contradictions.Grouping;

/// <summary>A sentence of an incident.</summary>
/// <param name="Article">The article it comes from.</param>
/// <param name="Index">Its index in that article.</param>
/// <param name="Text">The sentence.</param>
/// <param name="Background">True when it is another article's background, attached here because it tells of this incident.</param>
public sealed record IncidentSentence(ArticleId Article, int Index, string Text, bool Background);
