namespace Contradictions.Featurization;

/// <summary>The number of fitted documents a feature occurs in, and the last one it was counted for.</summary>
internal struct DocumentFrequency
{
    /// <summary>Documents counted so far.</summary>
    public int Documents;

    /// <summary>The document last counted, so a feature repeated within one document counts once.</summary>
    public int LastDocument;
}
