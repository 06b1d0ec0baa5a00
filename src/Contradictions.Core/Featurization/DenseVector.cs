using System.Numerics.Tensors;

namespace Contradictions.Featurization;

/// <summary>
/// A dense vector of <see cref="float"/>s that sparse vectors are added into: the running sum
/// or centroid of a group of sentences while they are being grouped. Dense·dense products and
/// norms go through <see cref="TensorPrimitives"/>, which uses the machine's SIMD width.
/// </summary>
/// <remarks>
/// Mutable on purpose: a centroid is updated in place as members join or leave, so that one
/// buffer per group is reused instead of a new vector being made per update. It is not safe to
/// change from several threads at once.
/// </remarks>
public sealed class DenseVector
{
    private readonly float[] _values;

    /// <summary>Creates a vector of <paramref name="dimension"/> zeros.</summary>
    /// <param name="dimension">The number of entries, usually the featurizer's <see cref="ITextFeaturizer.Dimension"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is negative.</exception>
    public DenseVector(int dimension)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dimension);
        _values = new float[dimension];
    }

    /// <summary>The number of entries.</summary>
    public int Dimension => _values.Length;

    /// <summary>The entries, to read or change in place.</summary>
    public Span<float> Values => _values;

    /// <summary>Adds <paramref name="weight"/> × <paramref name="vector"/> to this vector, in place.</summary>
    /// <param name="vector">The sparse vector to add; every index must be below <see cref="Dimension"/>.</param>
    /// <param name="weight">The factor; −1 removes a vector that was added with 1.</param>
    /// <exception cref="ArgumentNullException"><paramref name="vector"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="vector"/> has an index at or beyond <see cref="Dimension"/>.</exception>
    public void Add(SparseVector vector, float weight = 1f)
    {
        ArgumentNullException.ThrowIfNull(vector);
        vector.ThrowIfBeyond(_values.Length, nameof(vector));
        ReadOnlySpan<int> indices = vector.Indices;
        ReadOnlySpan<float> values = vector.Values;
        float[] target = _values;
        for (int i = 0; i < indices.Length; i++)
        {
            target[indices[i]] += weight * values[i];
        }
    }

    /// <summary>Adds <paramref name="weight"/> × <paramref name="other"/> to this vector, in place (SIMD).</summary>
    /// <param name="other">A vector of the same dimension.</param>
    /// <param name="weight">The factor.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The dimensions differ.</exception>
    public void Add(DenseVector other, float weight = 1f)
    {
        ThrowIfOtherDimension(other);
        TensorPrimitives.MultiplyAdd(other._values, weight, _values, _values);
    }

    /// <summary>Multiplies every entry by <paramref name="factor"/>, in place (SIMD): 1/n turns a sum of n vectors into their mean.</summary>
    /// <param name="factor">The factor.</param>
    public void Scale(float factor) => TensorPrimitives.Multiply(_values, factor, _values);

    /// <summary>Sets every entry to zero, so the buffer can be reused for another group.</summary>
    public void Clear() => Array.Clear(_values);

    /// <summary>The dot product with another dense vector (SIMD).</summary>
    /// <param name="other">A vector of the same dimension.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The dimensions differ.</exception>
    public float Dot(DenseVector other)
    {
        ThrowIfOtherDimension(other);
        return TensorPrimitives.Dot(_values, other._values);
    }

    /// <summary>The dot product with a sparse vector: the cost is that of the sparse vector's entries, not of the dimension.</summary>
    /// <param name="vector">The sparse vector; every index must be below <see cref="Dimension"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="vector"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="vector"/> has an index at or beyond <see cref="Dimension"/>.</exception>
    public float Dot(SparseVector vector)
    {
        ArgumentNullException.ThrowIfNull(vector);
        return vector.Dot(_values);
    }

    /// <summary>The Euclidean (L2) norm (SIMD).</summary>
    public float Norm() => TensorPrimitives.Norm(_values);

    /// <summary>
    /// The cosine of the angle to another dense vector, such as the centroid of another group;
    /// 0 when either vector is all zero (where the cosine is undefined).
    /// </summary>
    /// <param name="other">A vector of the same dimension.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The dimensions differ.</exception>
    public float Cosine(DenseVector other)
    {
        ThrowIfOtherDimension(other);
        float norms = Norm() * other.Norm();
        return norms == 0f ? 0f : TensorPrimitives.Dot(_values, other._values) / norms;
    }

    private void ThrowIfOtherDimension(DenseVector other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other._values.Length != _values.Length)
        {
            throw new ArgumentException(
                $"Expected a vector of dimension {_values.Length}, found one of dimension {other._values.Length}.",
                nameof(other));
        }
    }
}
