namespace Contradictions.Sentences;

/// <summary>What role a sentence plays in its article.</summary>
public enum SentenceKind
{
    /// <summary>An ordinary sentence of the article body.</summary>
    Body,

    /// <summary>The article's headline, always one sentence on its own.</summary>
    Headline,

    /// <summary>A photo or video caption ("… (file image)"), kept but marked.</summary>
    Caption,
}
