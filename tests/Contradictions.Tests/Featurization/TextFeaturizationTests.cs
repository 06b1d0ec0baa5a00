using Contradictions.Featurization;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Featurization;

/// <summary>What a fitted featurizer makes of real sentences: normalization, weighting, similarity.</summary>
public sealed class TextFeaturizationTests
{
    private static TfIdfFeaturizer Model => NewsCorpus.Model;

    [Fact]
    public void Identical_texts_have_cosine_one()
    {
        foreach (string sentence in NewsCorpus.Sentences)
        {
            var a = Model.Featurize(sentence);
            var b = Model.Featurize(new string(sentence.AsSpan()));

            a.Count.ShouldBeGreaterThan(0, sentence);
            a.Dot(b).ShouldBe(1f, 1e-5f, sentence);
        }
    }

    [Theory]
    [InlineData("Protesters gathered in Kalın again.", "PROTESTERS GATHERED IN KALIN AGAIN.")]
    [InlineData("Protesters gathered in Kalın again.", "Protesters gathered in Kalin again.")]
    [InlineData("Protesters gathered in Kalın again.", "protesters   gathered in kalin,  again")]
    [InlineData("Fans celebrated in Zürich.", "Fans celebrated in Zu\u0308rich.")]
    [InlineData("Fans celebrated in Zürich.", "FANS CELEBRATED IN ZURICH.")]
    public void Case_and_diacritic_variants_featurize_identically(string text, string variant)
    {
        var a = Model.Featurize(text);
        var b = Model.Featurize(variant);

        a.Indices.ToArray().ShouldBe(b.Indices.ToArray());
        a.Values.ToArray().ShouldBe(b.Values.ToArray());
    }

    [Fact]
    public void The_folded_name_is_a_known_word()
    {
        // Otherwise the variants above would agree only because the name was ignored.
        NewsCorpus.FeatureNames(Model, "Kalın").ShouldContain("w:kalin");
        NewsCorpus.FeatureNames(Model, "Zürich").ShouldContain("w:zurich");
    }

    [Fact]
    public void Shared_names_and_places_count_for_more_than_shared_common_words()
    {
        // The same flood told twice shares a place and a bridge; the election sentence shares
        // six words and five bigrams with the first, but all of them recur throughout the corpus.
        const string flood = "Officials said on Tuesday that the flood in Merzifon destroyed the old Karadere bridge.";
        const string sameFlood = "The Karadere bridge in Merzifon was swept away by floodwater, local residents reported.";
        const string election = "Officials said on Tuesday that the election in the capital would be held again.";

        float same = Model.Featurize(flood).Dot(Model.Featurize(sameFlood));
        float other = Model.Featurize(flood).Dot(Model.Featurize(election));

        same.ShouldBeGreaterThan(other);

        // Raw counts, ML.NET's default weighting, rank them the other way: the inverse document
        // frequency is what makes the difference.
        var counts = TfIdfFeaturizer.Fit(NewsCorpus.Sentences, FeaturizerOptions.Default with { Weighting = FeatureWeighting.Tf });
        counts.Featurize(flood).Dot(counts.Featurize(sameFlood))
            .ShouldBeLessThan(counts.Featurize(flood).Dot(counts.Featurize(election)));
    }

    [Fact]
    public void Words_common_across_the_corpus_weigh_less_than_rare_names()
    {
        int said = NewsCorpus.IndexOf(Model, "w:said");
        int merzifon = NewsCorpus.IndexOf(Model, "w:merzifon");

        said.ShouldBeGreaterThanOrEqualTo(0);
        merzifon.ShouldBeGreaterThanOrEqualTo(0);
        Model.InverseDocumentFrequency(said).ShouldBeLessThan(Model.InverseDocumentFrequency(merzifon));
    }

    [Fact]
    public void Vectors_are_unit_length_with_sorted_unique_indices()
    {
        foreach (string sentence in NewsCorpus.Sentences)
        {
            var vector = Model.Featurize(sentence);

            vector.Norm().ShouldBe(1f, 1e-5f, sentence);
            var indices = vector.Indices;
            for (int i = 1; i < indices.Length; i++)
            {
                indices[i].ShouldBeGreaterThan(indices[i - 1], sentence);
            }

            indices[^1].ShouldBeLessThan(Model.Dimension);
        }
    }

    [Fact]
    public void Each_block_is_normalized_on_its_own_before_the_blocks_are_joined()
    {
        var vector = Model.Featurize(NewsCorpus.Sentences[0]);

        // Equal block weights: each block holds half of the squared norm, whatever their sizes.
        float words = 0f;
        float chars = 0f;
        for (int i = 0; i < vector.Count; i++)
        {
            float square = vector.Values[i] * vector.Values[i];
            if (vector.Indices[i] < Model.WordFeatureCount)
            {
                words += square;
            }
            else
            {
                chars += square;
            }
        }

        words.ShouldBe(0.5f, 1e-5f);
        chars.ShouldBe(0.5f, 1e-5f);

        // Weights 2 and 1 split it 4 : 1.
        var weighted = TfIdfFeaturizer.Fit(NewsCorpus.Sentences, FeaturizerOptions.Default with { WordBlockWeight = 2f });
        var split = weighted.Featurize(NewsCorpus.Sentences[0]);
        float weightedWords = 0f;
        for (int i = 0; i < split.Count && split.Indices[i] < weighted.WordFeatureCount; i++)
        {
            weightedWords += split.Values[i] * split.Values[i];
        }

        weightedWords.ShouldBe(0.8f, 1e-5f);
    }

    [Fact]
    public void Character_trigrams_keep_a_misspelt_name_close_to_the_right_one()
    {
        const string misspelt = "Troops from Amernia shelled the village.";
        const string right = "Troops from Armenia shelled the village.";
        const string wrong = "Troops from Georgia shelled the village.";

        // "amernia" is no word of the corpus, but around it the text shares the trigrams "m a",
        // "nia", "ia " and "a s" with the right sentence, and only "ia " and "a s" with the wrong one.
        NewsCorpus.FeatureNames(Model, misspelt).ShouldNotContain(name => name.Contains("amernia"));
        float toRight = Model.Featurize(misspelt).Dot(Model.Featurize(right));
        float toWrong = Model.Featurize(misspelt).Dot(Model.Featurize(wrong));
        toRight.ShouldBeGreaterThan(toWrong + 0.01f);

        // The bare word alone: nothing in the word block, something in the character block.
        var word = Model.Featurize("Amernia");
        word.Count.ShouldBeGreaterThan(0);
        word.Dot(Model.Featurize("Armenia")).ShouldBeGreaterThan(0f);

        // Without character n-grams the misspelling is simply unknown.
        var wordsOnly = TfIdfFeaturizer.Fit(NewsCorpus.Sentences, FeaturizerOptions.Default with { CharNgramLength = 0 });
        wordsOnly.Featurize("Amernia").ShouldBeSameAs(SparseVector.Empty);
    }

    [Fact]
    public void Unknown_words_at_transform_time_are_ignored()
    {
        var wordsOnly = TfIdfFeaturizer.Fit(
            NewsCorpus.Sentences,
            FeaturizerOptions.Default with { CharNgramLength = 0, WordNgramLength = 1 });

        wordsOnly.Featurize("Quorvex plimbated zantric").ShouldBeSameAs(SparseVector.Empty);

        var known = wordsOnly.Featurize("The flood destroyed the bridge");
        var withUnknown = wordsOnly.Featurize("The flood quorvex destroyed the plimbated bridge");
        withUnknown.Indices.ToArray().ShouldBe(known.Indices.ToArray());
        withUnknown.Values.ToArray().ShouldBe(known.Values.ToArray());

        // With every block on, unknown words add no word feature and nothing out of range.
        var full = Model.Featurize("The flood quorvex destroyed the plimbated bridge");
        full.Indices[^1].ShouldBeLessThan(Model.Dimension);
        NewsCorpus.FeatureNames(Model, "The flood quorvex destroyed the plimbated bridge")
            .ShouldNotContain(name => name.StartsWith("w:", StringComparison.Ordinal) && name.Contains("quorvex"));
    }

    [Fact]
    public void A_text_with_nothing_to_read_gives_the_empty_vector()
    {
        Model.Featurize("").ShouldBeSameAs(SparseVector.Empty);
        Model.Featurize("  —  … !? ").ShouldBeSameAs(SparseVector.Empty);
        TfIdfFeaturizer.Fit([]).Featurize("Officials said on Tuesday").ShouldBeSameAs(SparseVector.Empty);
    }

    [Fact]
    public void Punctuation_separates_words_and_figures_stay_whole()
    {
        // Every feature of the corpus kept, so that words seen once can be looked for.
        var model = TfIdfFeaturizer.Fit(NewsCorpus.Sentences, FeaturizerOptions.Default with { MinDocumentFrequency = 1 });

        var names = NewsCorpus.FeatureNames(model, "Prosecutors said: the former mayor had taken bribes worth 4,400 euros!");

        names.ShouldContain("w:4400");
        names.ShouldContain("w:4400 euros");
        names.ShouldContain("w:former mayor");
        names.ShouldContain("w:said the");
        NewsCorpus.FeatureNames(model, "Reid’s representative said so.").ShouldContain("w:reid");
        NewsCorpus.FeatureNames(model, "The fire burned 1.5 square kilometres").ShouldContain("w:1.5 square");
        NewsCorpus.FeatureNames(model, "bribes worth 4, 400 euros").ShouldNotContain("w:4400");
    }

    [Fact]
    public void Stop_words_are_left_out_and_bigrams_join_across_them()
    {
        var model = TfIdfFeaturizer.Fit(NewsCorpus.Sentences, FeaturizerOptions.Default with { StopWords = FeaturizerOptions.EnglishStopWords });

        var names = NewsCorpus.FeatureNames(model, "Officials said on Tuesday that the flood destroyed the bridge.");

        names.ShouldNotContain("w:the");
        names.ShouldNotContain("w:on");
        names.ShouldContain("w:said tuesday");
        NewsCorpus.FeatureNames(NewsCorpus.Model, "Officials said on Tuesday").ShouldContain("w:on tuesday");
    }

    [Fact]
    public void Featurizing_from_several_threads_gives_the_same_vectors()
    {
        var texts = new string[2000];
        for (int i = 0; i < texts.Length; i++)
        {
            texts[i] = NewsCorpus.Sentences[i % NewsCorpus.Sentences.Length];
        }

        var parallel = new SparseVector[texts.Length];
        Parallel.For(0, texts.Length, i => parallel[i] = Model.Featurize(texts[i]));

        for (int i = 0; i < texts.Length; i++)
        {
            var serial = Model.Featurize(texts[i]);
            parallel[i].Indices.ToArray().ShouldBe(serial.Indices.ToArray());
            parallel[i].Values.ToArray().ShouldBe(serial.Values.ToArray());
        }
    }
}
