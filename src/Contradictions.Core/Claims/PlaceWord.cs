namespace Contradictions.Claims;

/// <summary>What <see cref="PlaceWords"/> knows about one word.</summary>
/// <param name="Kind">The word's part around a place name.</param>
/// <param name="Head">For a place noun, how it combines with names.</param>
internal readonly record struct PlaceWord(PlaceWordKind Kind, PlaceHeadFlags Head = PlaceHeadFlags.None);
