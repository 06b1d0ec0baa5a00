namespace Contradictions.Featurization;

/// <summary>
/// An immutable sparse vector of <see cref="float"/>s: the indices of its non-zero entries in
/// strictly increasing order, and their values. This is what a <see cref="ITextFeaturizer"/>
/// produces for a sentence, and what the grouping stage compares pairwise.
/// </summary>
/// <remarks>
/// A sealed class rather than a struct: a <c>default</c> struct would be a vector whose arrays
/// are null, which every member and every caller would have to guard against, while the object
/// header a class costs (about 24 bytes) is a few percent of a typical sentence vector of a
/// hundred or more entries at eight bytes each. Vectors are stored in records and lists and
/// passed around far more often than they are created, and a reference is the cheapest thing to
/// pass.
/// </remarks>
public sealed class SparseVector
{
    private readonly int[] _indices;
    private readonly float[] _values;

    /// <summary>
    /// Creates a vector from entries already in index order. Both spans are copied.
    /// </summary>
    /// <param name="indices">The indices of the entries: non-negative and strictly increasing.</param>
    /// <param name="values">The value of each entry, in the same order.</param>
    /// <exception cref="ArgumentException">
    /// The spans differ in length, an index is negative, or the indices are not strictly
    /// increasing (unsorted or repeated).
    /// </exception>
    public SparseVector(ReadOnlySpan<int> indices, ReadOnlySpan<float> values)
    {
        if (indices.Length != values.Length)
        {
            throw new ArgumentException(
                $"Expected as many values as indices, found {values.Length} values for {indices.Length} indices.",
                nameof(values));
        }

        int previous = -1;
        for (int i = 0; i < indices.Length; i++)
        {
            if (indices[i] <= previous)
            {
                throw new ArgumentException(
                    $"Expected non-negative, strictly increasing indices; found {indices[i]} at position {i} after {previous}.",
                    nameof(indices));
            }

            previous = indices[i];
        }

        _indices = indices.ToArray();
        _values = values.ToArray();
    }

    // Takes ownership of arrays the featurizer has just filled in order, without a copy or a check.
    private SparseVector(int[] indices, float[] values)
    {
        _indices = indices;
        _values = values;
    }

    /// <summary>The vector with no entries: the features of a text in which nothing was known.</summary>
    public static SparseVector Empty { get; } = new([], []);

    /// <summary>How many entries are stored (the non-zero ones).</summary>
    public int Count => _indices.Length;

    /// <summary>The indices of the entries, strictly increasing.</summary>
    public ReadOnlySpan<int> Indices => _indices;

    /// <summary>The values of the entries, in the order of <see cref="Indices"/>.</summary>
    public ReadOnlySpan<float> Values => _values;

    /// <summary>
    /// The dot product with another sparse vector, by a merge over the two sorted index lists:
    /// linear in the two counts, with no allocation. For two unit vectors this is their cosine.
    /// </summary>
    /// <param name="other">The other vector.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public float Dot(SparseVector other)
    {
        ArgumentNullException.ThrowIfNull(other);

        int[] a = _indices;
        int[] b = other._indices;
        float[] va = _values;
        float[] vb = other._values;
        int i = 0;
        int j = 0;
        float sum = 0f;
        while (i < a.Length && j < b.Length)
        {
            int ia = a[i];
            int ib = b[j];
            if (ia == ib)
            {
                sum += va[i] * vb[j];
                i++;
                j++;
            }
            else if (ia < ib)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }

    /// <summary>
    /// The dot product with a dense vector, such as a centroid held in a <see cref="DenseVector"/>.
    /// </summary>
    /// <param name="dense">The dense vector; it must reach every index of this vector.</param>
    /// <exception cref="ArgumentException">This vector has an index at or beyond <paramref name="dense"/>'s length.</exception>
    public float Dot(ReadOnlySpan<float> dense)
    {
        ThrowIfBeyond(dense.Length, nameof(dense));
        int[] indices = _indices;
        float[] values = _values;
        float sum = 0f;
        for (int i = 0; i < indices.Length; i++)
        {
            sum += values[i] * dense[indices[i]];
        }

        return sum;
    }

    /// <summary>The Euclidean (L2) norm. A vector from <see cref="TfIdfFeaturizer"/> has norm 1, or 0 when empty.</summary>
    public float Norm()
    {
        // Few entries and no alignment to exploit: a plain loop is as fast as anything here.
        float sum = 0f;
        foreach (float v in _values)
        {
            sum += v * v;
        }

        return MathF.Sqrt(sum);
    }

    /// <summary>
    /// The cosine of the angle to <paramref name="other"/>: their dot product over the product of
    /// their norms, or 0 when either is empty or all zero.
    /// </summary>
    /// <param name="other">The other vector.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public float Cosine(SparseVector other)
    {
        ArgumentNullException.ThrowIfNull(other);
        float norms = Norm() * other.Norm();
        return norms == 0f ? 0f : Dot(other) / norms;
    }

    /// <summary>Hands arrays filled in strictly increasing index order to a vector without copying them.</summary>
    internal static SparseVector Own(int[] indices, float[] values) =>
        indices.Length == 0 ? Empty : new SparseVector(indices, values);

    /// <summary>Throws when an index of this vector does not fit a dense vector of <paramref name="length"/>.</summary>
    internal void ThrowIfBeyond(int length, string paramName)
    {
        // The indices are sorted, so the last one is the largest.
        if (_indices.Length > 0 && _indices[^1] >= length)
        {
            throw new ArgumentException(
                $"The sparse vector has index {_indices[^1]}, beyond the dense vector's length {length}.",
                paramName);
        }
    }
}
