using Contradictions.Ingestion;

namespace Contradictions.State;

/// <summary>The index entry of an active article in the state: enough to decide whether a file must be read again.</summary>
/// <param name="Id">The article id.</param>
/// <param name="ContentHash">The full content hash.</param>
/// <param name="Path">Path inside the corpus.</param>
/// <param name="Size">File size when last read.</param>
/// <param name="LastWriteTicks">File time when last read.</param>
/// <param name="PipelineVersion">The version of the ingest and segment rules that produced it.</param>
public sealed record StoredArticle(ArticleId Id, string ContentHash, string Path, long Size, long LastWriteTicks, int PipelineVersion);
