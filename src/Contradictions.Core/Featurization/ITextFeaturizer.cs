namespace Contradictions.Featurization;

/// <summary>
/// Turns a text (usually one sentence) into a sparse feature vector, so that texts can be
/// compared by the dot product of their vectors. Implementations are fitted models: they are
/// immutable and may be called from several threads at once.
/// </summary>
public interface ITextFeaturizer
{
    /// <summary>
    /// The number of features: every index of every vector this featurizer returns is below it.
    /// </summary>
    int Dimension { get; }

    /// <summary>
    /// The features of <paramref name="text"/>. Parts of the text the featurizer does not know
    /// contribute nothing; a text with nothing known gives <see cref="SparseVector.Empty"/>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    SparseVector Featurize(string text);
}
