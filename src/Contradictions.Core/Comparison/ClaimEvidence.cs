using Contradictions.Claims;
using Contradictions.Ingestion;

namespace Contradictions.Comparison;

/// <summary>One claim cited as evidence: where it stands, its sentence, who says it and what it says.</summary>
/// <param name="Article">The article.</param>
/// <param name="Sentence">The sentence index in the article.</param>
/// <param name="Text">The sentence.</param>
/// <param name="Speaker">Who says it, as the text names the speaker (or the outlet).</param>
/// <param name="Party">The speaker's party, or null for an outlet or an unknown speaker.</param>
/// <param name="Claim">The claim itself.</param>
public sealed record ClaimEvidence(ArticleId Article, int Sentence, string Text, string Speaker, string? Party, Claim Claim);
