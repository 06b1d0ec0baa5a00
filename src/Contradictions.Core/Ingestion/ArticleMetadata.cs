namespace Contradictions.Ingestion;

/// <summary>What is known about an article besides its text: from front matter, HTML meta tags or the text itself.</summary>
/// <param name="Title">The headline.</param>
/// <param name="Outlet">The publication, when given.</param>
/// <param name="Url">The source address, when given.</param>
/// <param name="Published">The publication date, when given; dates in the text are resolved against it.</param>
/// <param name="Language">A two-letter language code (ISO 639-1), given or detected.</param>
public sealed record ArticleMetadata(string? Title, string? Outlet, string? Url, DateOnly? Published, string? Language)
{
    /// <summary>No metadata at all.</summary>
    public static ArticleMetadata Empty { get; } = new(null, null, null, null, null);
}
