using System.Runtime.InteropServices;

namespace Contradictions.Featurization;

public sealed partial class TfIdfFeaturizer
{
    /// <summary>
    /// Fits a featurizer to a corpus: reads every document once, counting in how many documents
    /// each word and character n-gram occurs, then keeps the vocabulary the options allow and
    /// computes each feature's inverse document frequency. Call it once for the whole corpus and
    /// featurize the sentences with the result; never refit per sentence.
    /// </summary>
    /// <param name="documents">The corpus, usually one document per sentence; enumerated once.</param>
    /// <param name="options">The settings, or null for <see cref="FeaturizerOptions.Default"/>.</param>
    /// <returns>The fitted, immutable featurizer. Fitted on no documents, it has no features and every vector is empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null.</exception>
    /// <exception cref="ArgumentException">A document is null, or the stop word list holds a null entry.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A setting in <paramref name="options"/> is out of its range.</exception>
    public static TfIdfFeaturizer Fit(IEnumerable<string> documents, FeaturizerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        options ??= FeaturizerOptions.Default;
        options.Validate();

        var normalization = TextNormalization.For(options);
        var sink = new CountingSink(options.MaxVocabulary);
        var text = new NormalizedText();
        foreach (string document in documents)
        {
            if (document is null)
            {
                throw new ArgumentException($"The document at position {sink.Document} (counting from 0) is null.", nameof(documents));
            }

            // Documents are numbered from 1: a count's last document starts at 0, meaning none.
            sink.Document++;
            text.Load(document, normalization);
            NgramWalker.WalkWords(text, options.WordNgramLength, options.UseAllWordNgramLengths, ref sink);
            NgramWalker.WalkChars(text, options.CharNgramLength, ref sink);
            sink.Words.PruneIfFull();
            sink.Chars.PruneIfFull();
        }

        var (wordNames, wordDocuments) = sink.Words.Select(options.MinDocumentFrequency);
        var (charKeys, charDocuments) = sink.Chars.Select(options.MinDocumentFrequency);

        int n = sink.Document;
        var idf = new float[wordNames.Length + charKeys.Length];
        for (int i = 0; i < wordDocuments.Length; i++)
        {
            idf[i] = InverseDocumentFrequency(n, wordDocuments[i]);
        }

        for (int i = 0; i < charDocuments.Length; i++)
        {
            idf[wordNames.Length + i] = InverseDocumentFrequency(n, charDocuments[i]);
        }

        return new TfIdfFeaturizer(options, normalization, n, wordNames, charKeys, idf);
    }

    // ML.NET's formula, unsmoothed: a feature in every document weighs 0, one in half of them ln 2.
    private static float InverseDocumentFrequency(int documents, int withFeature) =>
        (float)Math.Log((double)documents / withFeature);

    /// <summary>Counts each n-gram of the current document once in its block's table.</summary>
    private struct CountingSink : INgramSink
    {
        public readonly DocumentFrequencyTable<string> Words;
        public readonly DocumentFrequencyTable<ulong> Chars;
        public int Document;

        private readonly Dictionary<string, DocumentFrequency>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;

        public CountingSink(int maxVocabulary)
        {
            var words = new Dictionary<string, DocumentFrequency>(StringComparer.Ordinal);
            Words = new DocumentFrequencyTable<string>(words, maxVocabulary, StringComparer.Ordinal);
            Chars = new DocumentFrequencyTable<ulong>(new Dictionary<ulong, DocumentFrequency>(), maxVocabulary, Comparer<ulong>.Default);
            _wordLookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
            Document = 0;
        }

        public readonly void Word(ReadOnlySpan<char> ngram)
        {
            // Looked up by span: a string is made only the first time an n-gram is met.
            ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_wordLookup, ngram, out _);
            DocumentFrequencyTable<string>.Count(ref entry, Document);
        }

        public readonly void Char(ulong key)
        {
            ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(Chars.Counts, key, out _);
            DocumentFrequencyTable<ulong>.Count(ref entry, Document);
        }
    }
}
