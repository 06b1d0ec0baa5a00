using System.Collections.Immutable;
using Contradictions.Claims;
using Contradictions.Ingestion;
using Contradictions.Sentences;
using Contradictions.State;

namespace Contradictions.Pipeline;

/// <summary>An article as a run sees it: its content, its sentences and what the run did with it.</summary>
/// <param name="Article">The article, with all its warnings.</param>
/// <param name="Sentences">Its sentences.</param>
/// <param name="Status">New, changed or unchanged since the last run.</param>
/// <param name="DisplayPath">The file as the user names it.</param>
public sealed record AnalyzedArticle(Article Article, ImmutableArray<Sentence> Sentences, ArticleStatus Status, string DisplayPath)
{
    /// <summary>What the Claims stage read in each sentence, in sentence order.</summary>
    public ImmutableArray<SentenceClaims> Claims { get; init; } = [];

    /// <summary>The outlet's name, or the file's name when the article does not say: how a report names a source that quotes no one.</summary>
    public string OutletName => Article.Metadata.Outlet ?? Path.GetFileName(Article.Path);

    /// <summary>The run in which the article first arrived (1 for the first run): orders undated articles on a timeline.</summary>
    public long Arrival { get; init; }
}
