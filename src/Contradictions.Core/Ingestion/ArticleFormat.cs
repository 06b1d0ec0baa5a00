namespace Contradictions.Ingestion;

/// <summary>The file formats an article can come in.</summary>
public enum ArticleFormat
{
    /// <summary>Plain text (<c>.txt</c>): first line is the headline, paragraphs split by lines.</summary>
    Text,

    /// <summary>Markdown (<c>.md</c>, <c>.markdown</c>) with optional YAML front matter.</summary>
    Markdown,

    /// <summary>An HTML page (<c>.html</c>, <c>.htm</c>): the article body is kept, page furniture dropped.</summary>
    Html,
}
