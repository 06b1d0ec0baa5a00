namespace Contradictions.State;

/// <summary>What happened to an article in a run, compared with the state before it.</summary>
public enum ArticleStatus
{
    /// <summary>A file not seen before.</summary>
    New,

    /// <summary>A known file whose content changed; the old version is kept as superseded.</summary>
    Changed,

    /// <summary>Same content as stored (even if the file was moved or touched); not re-processed.</summary>
    Unchanged,

    /// <summary>The file is gone from the corpus; its article is kept in the state, marked removed.</summary>
    Removed,

    /// <summary>An older version of a changed file, kept in the state.</summary>
    Superseded,
}
