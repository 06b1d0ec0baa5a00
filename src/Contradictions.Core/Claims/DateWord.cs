namespace Contradictions.Claims;

/// <summary>What <see cref="DateWords"/> knows about one word.</summary>
/// <param name="Kind">The word's part in a time expression.</param>
/// <param name="Value">Month number, weekday, unit, count or qualifier, depending on <paramref name="Kind"/>.</param>
/// <param name="Short">True for an abbreviation ("Sept", "Fri") or a word that is also an ordinary word ("May").</param>
internal readonly record struct DateWord(DateWordKind Kind, int Value = 0, bool Short = false);
