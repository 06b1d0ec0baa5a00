using Contradictions.Featurization;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Featurization;

/// <summary>Sparse and dense vector arithmetic, checked against plain loops over dense arrays.</summary>
public sealed class VectorMathTests
{
    private const int Dimension = 1_003; // not a multiple of any SIMD width, so the tail loop runs too

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Sparse_dot_is_symmetric_and_equals_the_dense_dot(int seed)
    {
        var random = new Random(seed);
        for (int trial = 0; trial < 200; trial++)
        {
            var (a, denseA) = RandomSparse(random, random.Next(0, 60));
            var (b, denseB) = RandomSparse(random, random.Next(0, 60));

            float expected = NaiveDot(denseA, denseB);
            a.Dot(b).ShouldBe(b.Dot(a));
            a.Dot(b).ShouldBe(expected, 1e-4f);
            a.Dot(denseB).ShouldBe(expected, 1e-4f);
            a.Norm().ShouldBe(MathF.Sqrt(NaiveDot(denseA, denseA)), 1e-4f);
        }
    }

    [Fact]
    public void Overlapping_vectors_have_the_expected_dot_and_cosine()
    {
        var a = new SparseVector([1, 4, 9], [1f, 2f, 3f]);
        var b = new SparseVector([0, 4, 9, 12], [5f, 1f, -1f, 7f]);

        a.Dot(b).ShouldBe((2f * 1f) + (3f * -1f));
        a.Cosine(a).ShouldBe(1f, 1e-6f);
        a.Cosine(SparseVector.Empty).ShouldBe(0f);
        SparseVector.Empty.Count.ShouldBe(0);
        SparseVector.Empty.Norm().ShouldBe(0f);
    }

    [Fact]
    public void A_sparse_vector_refuses_unsorted_or_repeated_indices()
    {
        Should.Throw<ArgumentException>(() => new SparseVector([3, 1], [1f, 1f]));
        Should.Throw<ArgumentException>(() => new SparseVector([1, 1], [1f, 1f]));
        Should.Throw<ArgumentException>(() => new SparseVector([-1], [1f]));
        Should.Throw<ArgumentException>(() => new SparseVector([1, 2], [1f]));
        Should.Throw<ArgumentException>(() => new SparseVector([5], [1f]).Dot(new float[5]));
    }

    [Fact]
    public void Dense_dot_and_norm_equal_the_naive_sums()
    {
        var random = new Random(7);
        var a = new DenseVector(Dimension);
        var b = new DenseVector(Dimension);
        for (int i = 0; i < Dimension; i++)
        {
            a.Values[i] = (float)((random.NextDouble() * 2) - 1);
            b.Values[i] = (float)((random.NextDouble() * 2) - 1);
        }

        float dot = NaiveDot(a.Values.ToArray(), b.Values.ToArray());
        a.Dot(b).ShouldBe(dot, 1e-3f);
        b.Dot(a).ShouldBe(dot, 1e-3f);
        a.Norm().ShouldBe(MathF.Sqrt(NaiveDot(a.Values.ToArray(), a.Values.ToArray())), 1e-3f);
        a.Cosine(b).ShouldBe(dot / (a.Norm() * b.Norm()), 1e-5f);
        a.Cosine(a).ShouldBe(1f, 1e-5f);
        a.Cosine(new DenseVector(Dimension)).ShouldBe(0f);
    }

    [Fact]
    public void A_centroid_accumulates_weighted_sparse_vectors()
    {
        var random = new Random(11);
        var centroid = new DenseVector(Dimension);
        var expected = new float[Dimension];
        var members = new List<SparseVector>();
        for (int m = 0; m < 5; m++)
        {
            var (vector, dense) = RandomSparse(random, 40);
            members.Add(vector);
            centroid.Add(vector, 0.5f);
            for (int i = 0; i < Dimension; i++)
            {
                expected[i] += 0.5f * dense[i];
            }
        }

        // Removing a member undoes its addition.
        centroid.Add(members[0], -0.5f);
        var (_, first) = Densify(members[0]);
        for (int i = 0; i < Dimension; i++)
        {
            expected[i] -= 0.5f * first[i];
        }

        for (int i = 0; i < Dimension; i++)
        {
            centroid.Values[i].ShouldBe(expected[i], 1e-5f);
        }

        var (probe, denseProbe) = RandomSparse(random, 50);
        centroid.Dot(probe).ShouldBe(NaiveDot(expected, denseProbe), 1e-4f);

        var other = new DenseVector(Dimension);
        other.Add(centroid, 2f);
        other.Scale(0.25f);
        other.Cosine(centroid).ShouldBe(1f, 1e-5f);
        other.Values[members[1].Indices[0]].ShouldBe(0.5f * centroid.Values[members[1].Indices[0]], 1e-6f);

        other.Clear();
        other.Norm().ShouldBe(0f);
        Should.Throw<ArgumentException>(() => new DenseVector(10).Add(probe));
        Should.Throw<ArgumentException>(() => new DenseVector(10).Dot(centroid));
    }

    [Fact]
    public void Centroids_of_featurized_sentences_compare_by_cosine()
    {
        var model = NewsCorpus.Model;
        var flood = new DenseVector(model.Dimension);
        flood.Add(model.Featurize(NewsCorpus.Sentences[0]));
        flood.Add(model.Featurize(NewsCorpus.Sentences[1]));
        var protest = new DenseVector(model.Dimension);
        protest.Add(model.Featurize(NewsCorpus.Sentences[2]));
        protest.Add(model.Featurize(NewsCorpus.Sentences[3]));

        var probe = model.Featurize("Floodwater carried away the Karadere bridge in Merzifon.");

        flood.Dot(probe).ShouldBeGreaterThan(protest.Dot(probe));
        flood.Cosine(protest).ShouldBeLessThan(flood.Cosine(flood));
    }

    private static (SparseVector Vector, float[] Dense) RandomSparse(Random random, int count)
    {
        var dense = new float[Dimension];
        for (int i = 0; i < count; i++)
        {
            dense[random.Next(Dimension)] = (float)((random.NextDouble() * 2) - 1);
        }

        var indices = new List<int>();
        var values = new List<float>();
        for (int i = 0; i < Dimension; i++)
        {
            if (dense[i] != 0f)
            {
                indices.Add(i);
                values.Add(dense[i]);
            }
        }

        return (new SparseVector(indices.ToArray(), values.ToArray()), dense);
    }

    private static (SparseVector Vector, float[] Dense) Densify(SparseVector vector)
    {
        var dense = new float[Dimension];
        for (int i = 0; i < vector.Count; i++)
        {
            dense[vector.Indices[i]] = vector.Values[i];
        }

        return (vector, dense);
    }

    private static float NaiveDot(float[] a, float[] b)
    {
        double sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += (double)a[i] * b[i];
        }

        return (float)sum;
    }
}
