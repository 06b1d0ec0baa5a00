namespace Contradictions.Ingestion;

/// <summary>What a block of source text is, as far as the parser can tell.</summary>
public enum BlockRole
{
    /// <summary>An ordinary paragraph.</summary>
    Paragraph,

    /// <summary>A heading inside the article.</summary>
    Heading,

    /// <summary>A list item.</summary>
    ListItem,

    /// <summary>A block quotation.</summary>
    Quote,

    /// <summary>A figure caption.</summary>
    Caption,

    /// <summary>The article's own title, when the format marks it (an HTML h1, a front matter title).</summary>
    Title,
}
