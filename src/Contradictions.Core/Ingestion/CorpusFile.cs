namespace Contradictions.Ingestion;

/// <summary>A candidate article file found in the corpus folder, before it is read.</summary>
/// <param name="FullPath">Absolute path on disk.</param>
/// <param name="RelativePath">Path inside the corpus folder, with '/' separators (the stored key).</param>
/// <param name="DisplayPath">The path as shown to the user: the corpus folder as given, joined with the relative path.</param>
/// <param name="Size">Size in bytes when scanned.</param>
/// <param name="LastWriteTicks">Last write time (UTC ticks) when scanned; with the size, lets a re-run skip unchanged files unread.</param>
/// <param name="Format">How the file will be parsed.</param>
public sealed record CorpusFile(string FullPath, string RelativePath, string DisplayPath, long Size, long LastWriteTicks, ArticleFormat Format);
