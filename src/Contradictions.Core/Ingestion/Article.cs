using System.Collections.Immutable;
using Contradictions.Diagnostics;

namespace Contradictions.Ingestion;

/// <summary>
/// An article after ingest: identity, metadata and the cleaned text that every later stage
/// reads. Offsets in later records point into <see cref="Text"/>.
/// </summary>
public sealed record Article
{
    /// <summary>Identity derived from <see cref="ContentHash"/>.</summary>
    public required ArticleId Id { get; init; }

    /// <summary>SHA-256 (hex) of the normalized file content: Unicode NFC, LF line ends, no trailing spaces.</summary>
    public required string ContentHash { get; init; }

    /// <summary>Path inside the corpus folder, '/' separated.</summary>
    public required string Path { get; init; }

    /// <summary>The file format it was read from.</summary>
    public required ArticleFormat Format { get; init; }

    /// <summary>Title, outlet, address, date and language.</summary>
    public required ArticleMetadata Metadata { get; init; }

    /// <summary>The cleaned text: kept paragraphs joined by blank lines.</summary>
    public required string Text { get; init; }

    /// <summary>
    /// The paragraphs of <see cref="Text"/>, in order, as the cleaner found them; the sentence
    /// splitter reads them. An article read back from the state leaves them out (each of its
    /// sentences keeps its paragraph's index, which is all later stages use).
    /// </summary>
    public required ImmutableArray<Paragraph> Paragraphs { get; init; }

    /// <summary>Index of the headline paragraph, or -1 when the article has none.</summary>
    public int HeadlineParagraph { get; init; } = -1;

    /// <summary>Lines kept out of the analysis (another script or language).</summary>
    public ImmutableArray<SetAsideLine> SetAside { get; init; } = [];

    /// <summary>What cleaning removed, by reason.</summary>
    public CleaningCounts Counts { get; init; }

    /// <summary>Warnings about this article: every removed line is accounted for here.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];
}
