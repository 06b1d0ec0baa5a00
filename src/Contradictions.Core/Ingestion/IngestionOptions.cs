namespace Contradictions.Ingestion;

/// <summary>Limits and defaults for reading articles.</summary>
public sealed record IngestionOptions
{
    /// <summary>
    /// Files larger than this are refused with an error instead of read. News articles are
    /// rarely over 200 KB; a 10 MB file is almost always a dump or a mistake, and reading it
    /// would make the pairwise stages slow for one file.
    /// </summary>
    public const long DefaultMaxArticleBytes = 10L * 1024 * 1024;

    /// <summary>The defaults.</summary>
    public static IngestionOptions Default { get; } = new();

    /// <summary>Largest file read, in bytes.</summary>
    public long MaxArticleBytes { get; init; } = DefaultMaxArticleBytes;

    /// <summary>
    /// The language the analysis rules are written for (ISO 639-1). Lines in another language
    /// or script are set aside.
    /// </summary>
    public string Language { get; init; } = "en";
}
