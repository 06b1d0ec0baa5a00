using Contradictions.Featurization;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Featurization;

/// <summary>Fitting the vocabulary and the inverse document frequencies to a corpus.</summary>
public sealed class FeaturizerFittingTests
{
    [Fact]
    public void Fitting_is_deterministic()
    {
        // The second corpus is a lazy sequence, read once, to show Fit needs nothing more.
        var first = TfIdfFeaturizer.Fit(NewsCorpus.Sentences);
        var second = TfIdfFeaturizer.Fit(NewsCorpus.Sentences.Select(s => new string(s.AsSpan())));

        second.Dimension.ShouldBe(first.Dimension);
        second.WordFeatureCount.ShouldBe(first.WordFeatureCount);
        for (int i = 0; i < first.Dimension; i++)
        {
            second.FeatureName(i).ShouldBe(first.FeatureName(i));
            second.InverseDocumentFrequency(i).ShouldBe(first.InverseDocumentFrequency(i));
        }

        var a = first.Featurize(NewsCorpus.Sentences[3]);
        var b = second.Featurize(NewsCorpus.Sentences[3]);
        b.Indices.ToArray().ShouldBe(a.Indices.ToArray());
        b.Values.ToArray().ShouldBe(a.Values.ToArray());
    }

    [Fact]
    public void The_most_frequent_features_come_first()
    {
        var model = NewsCorpus.Model;

        // "the" is in most sentences of the corpus; "said" in many.
        model.FeatureName(0).ShouldBe("w:the");
        model.FeatureName(model.WordFeatureCount).ShouldStartWith("c:");
        for (int i = 1; i < model.WordFeatureCount; i++)
        {
            model.InverseDocumentFrequency(i).ShouldBeGreaterThanOrEqualTo(model.InverseDocumentFrequency(i - 1));
        }
    }

    [Fact]
    public void The_inverse_document_frequency_is_ln_of_documents_over_documents_with_the_feature()
    {
        var corpus = new[] { "red apple", "green apple", "red car", "blue sky" };
        var model = TfIdfFeaturizer.Fit(corpus, FeaturizerOptions.Default with { CharNgramLength = 0, WordNgramLength = 1 });

        model.DocumentCount.ShouldBe(4);
        model.InverseDocumentFrequency(NewsCorpus.IndexOf(model, "w:apple")).ShouldBe(MathF.Log(2f), 1e-6f);
        model.InverseDocumentFrequency(NewsCorpus.IndexOf(model, "w:red")).ShouldBe(MathF.Log(2f), 1e-6f);

        // Seen once: below the default minimum document frequency of 2.
        NewsCorpus.IndexOf(model, "w:sky").ShouldBe(-1);
    }

    [Fact]
    public void A_feature_in_every_document_weighs_nothing()
    {
        var corpus = new[] { "the storm hit the coast", "the storm passed", "the coast was quiet" };
        var model = TfIdfFeaturizer.Fit(corpus, FeaturizerOptions.Default with { CharNgramLength = 0, WordNgramLength = 1 });

        model.InverseDocumentFrequency(NewsCorpus.IndexOf(model, "w:the")).ShouldBe(0f);
        var names = NewsCorpus.FeatureNames(model, "the storm hit the coast");
        names.ShouldBe(["w:storm", "w:coast"], ignoreOrder: true);
    }

    [Fact]
    public void The_vocabulary_cap_bounds_each_block_even_when_counts_are_pruned()
    {
        const int Cap = 40;
        var full = TfIdfFeaturizer.Fit(NewsCorpus.Sentences, FeaturizerOptions.Default with { MinDocumentFrequency = 1 });
        var capped = TfIdfFeaturizer.Fit(NewsCorpus.Sentences, FeaturizerOptions.Default with { MinDocumentFrequency = 1, MaxVocabulary = Cap });

        // The corpus has far more than the cap in both blocks, so the tables were pruned while fitting.
        full.WordFeatureCount.ShouldBeGreaterThan(4 * Cap);
        full.CharFeatureCount.ShouldBeGreaterThan(4 * Cap);
        capped.WordFeatureCount.ShouldBe(Cap);
        capped.CharFeatureCount.ShouldBe(Cap);
        capped.Dimension.ShouldBe(2 * Cap);

        var fullNames = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < full.Dimension; i++)
        {
            fullNames.Add(full.FeatureName(i));
        }

        for (int i = 0; i < capped.Dimension; i++)
        {
            fullNames.ShouldContain(capped.FeatureName(i));
        }

        NewsCorpus.IndexOf(capped, "w:the").ShouldBe(0);
        NewsCorpus.IndexOf(capped, "w:said").ShouldBeGreaterThanOrEqualTo(0);
        foreach (string sentence in NewsCorpus.Sentences)
        {
            var vector = capped.Featurize(sentence);
            if (vector.Count > 0)
            {
                vector.Indices[^1].ShouldBeLessThan(capped.Dimension);
                vector.Norm().ShouldBe(1f, 1e-5f);
            }
        }
    }

    [Fact]
    public void The_vocabulary_cap_keeps_the_features_found_in_the_most_documents()
    {
        var corpus = new[]
        {
            "ferry port", "ferry strike port", "ferry strike harbour", "ferry strike harbour port", "ferry dock", "storm",
        };

        var model = TfIdfFeaturizer.Fit(
            corpus,
            FeaturizerOptions.Default with { CharNgramLength = 0, WordNgramLength = 1, MinDocumentFrequency = 1, MaxVocabulary = 3 });

        // ferry 5, port 3, strike 3, harbour 2, dock 1, storm 1: ties in key order.
        model.Dimension.ShouldBe(3);
        model.FeatureName(0).ShouldBe("w:ferry");
        model.FeatureName(1).ShouldBe("w:port");
        model.FeatureName(2).ShouldBe("w:strike");
    }

    [Fact]
    public void Misuse_of_fit_throws()
    {
        Should.Throw<ArgumentNullException>(() => TfIdfFeaturizer.Fit(null!));
        Should.Throw<ArgumentException>(() => TfIdfFeaturizer.Fit(["a text", null!]))
            .Message.ShouldContain("position 1");
        Should.Throw<ArgumentOutOfRangeException>(() => TfIdfFeaturizer.Fit(["a"], FeaturizerOptions.Default with { CharNgramLength = 5 }));
        Should.Throw<ArgumentOutOfRangeException>(() => TfIdfFeaturizer.Fit(["a"], FeaturizerOptions.Default with { MinDocumentFrequency = 0 }));
        Should.Throw<ArgumentOutOfRangeException>(() => TfIdfFeaturizer.Fit(["a"], FeaturizerOptions.Default with { CharBlockWeight = float.NaN }));
        Should.Throw<ArgumentNullException>(() => NewsCorpus.Model.Featurize((string)null!));
        Should.Throw<ArgumentOutOfRangeException>(() => NewsCorpus.Model.FeatureName(NewsCorpus.Model.Dimension));
    }

    [Fact]
    public void Stop_words_are_matched_in_their_normalized_form()
    {
        var model = TfIdfFeaturizer.Fit(
            NewsCorpus.Sentences,
            FeaturizerOptions.Default with { StopWords = new HashSet<string> { "THE", "Officials", "so-called" } });

        var names = NewsCorpus.FeatureNames(model, "Officials said on Tuesday that the flood came.");

        names.ShouldNotContain("w:the");
        names.ShouldNotContain("w:officials");
        names.ShouldContain("w:said");
    }
}
