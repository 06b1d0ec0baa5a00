using Contradictions.Sentences;

namespace Contradictions.Claims;

/// <summary>A place named in a sentence: a town, district, region or border section.</summary>
/// <param name="Span">Where the name stands in the sentence text.</param>
/// <param name="Name">The place name as written, without a leading article.</param>
public sealed record PlaceMention(TextSpan Span, string Name);
