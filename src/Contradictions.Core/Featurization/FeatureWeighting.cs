namespace Contradictions.Featurization;

/// <summary>
/// How the count of a feature in a text is turned into its value, before each block is
/// L2-normalized. The three criteria ML.NET's n-gram extractors offer.
/// </summary>
public enum FeatureWeighting
{
    /// <summary>Term frequency: how often the feature occurs in the text (ML.NET's default).</summary>
    Tf,

    /// <summary>Inverse document frequency only: ln(N / df) for each feature present, however often.</summary>
    Idf,

    /// <summary>The product of the two: frequent in the text, rare in the corpus.</summary>
    TfIdf,
}
