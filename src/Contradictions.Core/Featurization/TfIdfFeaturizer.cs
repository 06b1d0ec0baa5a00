using System.Numerics;

namespace Contradictions.Featurization;

/// <summary>
/// The fitted text featurizer: ML.NET's FeaturizeText recipe (normalize, word n-grams and
/// character n-grams, weight, L2-normalize each block, join) with TF-IDF weights learned from
/// a corpus. Make one with <see cref="Fit"/> over the whole corpus, once; then call
/// <see cref="Featurize(string)"/> per sentence, from any number of threads.
/// </summary>
/// <remarks>
/// <para>
/// A vector holds the word block first (indices 0 to <see cref="WordFeatureCount"/> − 1), then
/// the character block. Each block is weighted (<see cref="FeaturizerOptions.Weighting"/>),
/// L2-normalized on its own, scaled by its block weight, and the whole is scaled to norm 1, so
/// the dot product of two vectors is their cosine. See <see cref="FeaturizerOptions"/> for what
/// is mirrored from ML.NET and where this departs from it.
/// </para>
/// <para>
/// The model is immutable. Featurizing reuses one set of buffers per thread and allocates only
/// the two arrays of the vector it returns.
/// </para>
/// </remarks>
public sealed partial class TfIdfFeaturizer : ITextFeaturizer
{
    // Per-thread buffers: the featurizer itself is shared between threads and holds no mutable
    // state, and a buffer per call would cost more than the featurizing.
    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly TextNormalization _normalization;
    private readonly WordNgramTable _words;
    private readonly CharNgramTable _chars;
    private readonly string[] _wordNames;
    private readonly ulong[] _charKeys;

    // The factor each feature's term frequency is multiplied by: its inverse document
    // frequency, or 1 under plain Tf weighting.
    private readonly float[] _factors;
    private readonly float[] _idf;

    private TfIdfFeaturizer(
        FeaturizerOptions options,
        TextNormalization normalization,
        int documentCount,
        string[] wordNames,
        ulong[] charKeys,
        float[] idf)
    {
        Options = options;
        DocumentCount = documentCount;
        _normalization = normalization;
        _wordNames = wordNames;
        _charKeys = charKeys;
        _idf = idf;
        _factors = options.Weighting == FeatureWeighting.Tf ? CreateOnes(idf.Length) : idf;
        _words = new WordNgramTable(wordNames);
        _chars = new CharNgramTable(charKeys, wordNames.Length);
    }

    /// <summary>The settings this model was fitted with.</summary>
    public FeaturizerOptions Options { get; }

    /// <summary>The number of documents the model was fitted on (N in the inverse document frequency).</summary>
    public int DocumentCount { get; }

    /// <summary>The size of the word block: word n-gram features occupy indices 0 to this − 1.</summary>
    public int WordFeatureCount => _wordNames.Length;

    /// <summary>The size of the character block, which follows the word block.</summary>
    public int CharFeatureCount => _charKeys.Length;

    /// <inheritdoc />
    public int Dimension => _wordNames.Length + _charKeys.Length;

    /// <summary>
    /// A readable name for a feature, for explaining why two texts were found alike:
    /// <c>w:tara reid</c> for a word n-gram, <c>c:^ta</c> for a character n-gram, where ^ and $
    /// stand for the start and end of the text.
    /// </summary>
    /// <param name="index">A feature index, below <see cref="Dimension"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not below <see cref="Dimension"/>.</exception>
    public string FeatureName(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Dimension);
        if (index < _wordNames.Length)
        {
            return "w:" + _wordNames[index];
        }

        string chars = NgramWalker.Unpack(_charKeys[index - _wordNames.Length], Options.CharNgramLength);
        return "c:" + chars.Replace(NormalizedText.StartMarker, '^').Replace(NormalizedText.EndMarker, '$');
    }

    /// <summary>
    /// The inverse document frequency of a feature, ln(N / df): 0 for a feature found in every
    /// fitted document, larger the rarer it is.
    /// </summary>
    /// <param name="index">A feature index, below <see cref="Dimension"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not below <see cref="Dimension"/>.</exception>
    public float InverseDocumentFrequency(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Dimension);
        return _idf[index];
    }

    /// <inheritdoc />
    public SparseVector Featurize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Featurize(text.AsSpan());
    }

    /// <summary>
    /// The features of <paramref name="text"/>, such as a sentence sliced from its article
    /// without making a string of it. Words and n-grams not in the fitted vocabulary are
    /// ignored; a text with nothing known gives <see cref="SparseVector.Empty"/>.
    /// </summary>
    /// <param name="text">The text.</param>
    public SparseVector Featurize(ReadOnlySpan<char> text)
    {
        var scratch = t_scratch ??= new Scratch();
        var normalized = scratch.Text;
        normalized.Load(text, _normalization);

        var options = Options;
        scratch.Prepare(Dimension, (normalized.TokenCount * options.WordNgramLength) + normalized.Length);
        var counter = new FeatureCounter(this, scratch);
        NgramWalker.WalkWords(normalized, options.WordNgramLength, options.UseAllWordNgramLengths, ref counter);
        NgramWalker.WalkChars(normalized, options.CharNgramLength, ref counter);
        if (counter.Lowest > counter.Highest)
        {
            return SparseVector.Empty;
        }

        int distinct = Weigh(scratch, counter.Lowest, counter.Highest, out int words, out float wordNorm, out float charNorm);

        float wordWeight = wordNorm > 0f ? options.WordBlockWeight : 0f;
        float charWeight = charNorm > 0f ? options.CharBlockWeight : 0f;
        float total = MathF.Sqrt((wordWeight * wordWeight) + (charWeight * charWeight));
        if (total == 0f)
        {
            return SparseVector.Empty;
        }

        // A block whose weight is 0 is left out rather than stored as zeros.
        int wordCount = wordWeight > 0f ? words : 0;
        int charCount = charWeight > 0f ? distinct - words : 0;
        var indices = new int[wordCount + charCount];
        var values = new float[wordCount + charCount];
        Emit(scratch, 0, wordCount, wordWeight / (wordNorm * total), indices, values, 0);
        Emit(scratch, words, charCount, charWeight / (charNorm * total), indices, values, wordCount);
        return SparseVector.Own(indices, values);
    }

    private static float[] CreateOnes(int length)
    {
        var ones = new float[length];
        Array.Fill(ones, 1f);
        return ones;
    }

    private static void Emit(Scratch scratch, int from, int count, float scale, int[] indices, float[] values, int at)
    {
        for (int i = 0; i < count; i++)
        {
            indices[at + i] = scratch.Indices[from + i];
            values[at + i] = scratch.Values[from + i] * scale;
        }
    }

    /// <summary>
    /// Reads the counted features back in index order (and clears them for the next call),
    /// weighs each, and writes the non-zero ones to the scratch's index and value buffers.
    /// Returns how many were written, how many of them are word features (they come first) and
    /// each block's norm.
    /// </summary>
    private int Weigh(Scratch scratch, int lowest, int highest, out int words, out float wordNorm, out float charNorm)
    {
        var weighting = Options.Weighting;
        bool sublinear = Options.SublinearTf;
        float[] factors = _factors;
        ushort[] counts = scratch.Counts;
        ulong[] bits = scratch.Bits;
        ulong[] summary = scratch.Summary;
        int[] indices = scratch.Indices;
        float[] values = scratch.Values;
        int wordLimit = WordFeatureCount;
        int written = 0;
        words = 0;
        float wordSquares = 0f;
        float charSquares = 0f;

        // Walk the summary's set bits to the set words of the bitmap, and their set bits to
        // the features: ascending order without a sort, visiting only what was touched.
        for (int s = lowest >> 12; s <= highest >> 12; s++)
        {
            ulong summaryWord = summary[s];
            summary[s] = 0;
            while (summaryWord != 0)
            {
                int w = (s << 6) + BitOperations.TrailingZeroCount(summaryWord);
                summaryWord &= summaryWord - 1;
                ulong word = bits[w];
                bits[w] = 0;
                while (word != 0)
                {
                    int index = (w << 6) + BitOperations.TrailingZeroCount(word);
                    word &= word - 1;
                    int tf = counts[index];
                    counts[index] = 0;
                    float termWeight = weighting == FeatureWeighting.Idf ? 1f : sublinear ? 1f + MathF.Log(tf) : tf;
                    float value = termWeight * factors[index];
                    if (value == 0f)
                    {
                        // A feature found in every fitted document: its IDF is 0 and it adds nothing.
                        continue;
                    }

                    indices[written] = index;
                    values[written] = value;
                    written++;
                    if (index < wordLimit)
                    {
                        words++;
                        wordSquares += value * value;
                    }
                    else
                    {
                        charSquares += value * value;
                    }
                }
            }
        }

        wordNorm = MathF.Sqrt(wordSquares);
        charNorm = MathF.Sqrt(charSquares);
        return written;
    }

    /// <summary>
    /// Looks each n-gram up in the vocabulary and counts the features found in the scratch's
    /// dense counts, marking each new one in a two-level bitmap (a bit per feature, and a bit
    /// per 64 features) so they can be read back in order without sorting.
    /// </summary>
    /// <remarks>
    /// Sorting the 100 to 200 feature indices of a sentence took more than half the time of
    /// featurizing it; reading the bitmap back visits one summary word per 4,096 features
    /// between the lowest and highest index touched, and only the bitmap words that were set.
    /// </remarks>
    private struct FeatureCounter(TfIdfFeaturizer model, Scratch scratch) : INgramSink
    {
        private readonly ushort[] _counts = scratch.Counts;
        private readonly ulong[] _bits = scratch.Bits;
        private readonly ulong[] _summary = scratch.Summary;

        public int Lowest = int.MaxValue;
        public int Highest = -1;

        public void Word(ReadOnlySpan<char> ngram)
        {
            if (model._words.TryGetValue(ngram, out int index))
            {
                Count(index);
            }
        }

        public void Char(ulong key)
        {
            if (model._chars.TryGetValue(key, out int index))
            {
                Count(index);
            }
        }

        private void Count(int index)
        {
            ref ushort count = ref _counts[index];
            if (count == 0)
            {
                // Shifts take their count modulo 64, so these set bit index % 64 and (index / 64) % 64.
                _bits[index >> 6] |= 1UL << index;
                _summary[index >> 12] |= 1UL << (index >> 6);
                Lowest = Math.Min(Lowest, index);
                Highest = Math.Max(Highest, index);
            }

            if (count != ushort.MaxValue)
            {
                count++;
            }
        }
    }

    /// <summary>
    /// The buffers one thread reuses from call to call: the normalized text, dense counts and
    /// bitmaps over the model's features (all zero between calls), and the distinct features found.
    /// </summary>
    private sealed class Scratch
    {
        public NormalizedText Text { get; } = new();

        public ushort[] Counts { get; private set; } = [];

        public ulong[] Bits { get; private set; } = [];

        public ulong[] Summary { get; private set; } = [];

        public int[] Indices { get; private set; } = new int[512];

        public float[] Values { get; private set; } = new float[512];

        /// <summary>
        /// Makes room for a model of <paramref name="dimension"/> features and a text of at most
        /// <paramref name="ngrams"/> n-grams. The counts cost two bytes a feature per thread:
        /// 2 MB for a million features.
        /// </summary>
        public void Prepare(int dimension, int ngrams)
        {
            if (Counts.Length < dimension)
            {
                // Grown, never shrunk: a thread that has served a large model keeps its buffers
                // for the next call, which is most likely to the same model.
                Counts = new ushort[dimension];
                Bits = new ulong[(dimension + 63) >> 6];
                Summary = new ulong[(dimension + 4095) >> 12];
            }

            if (Indices.Length < ngrams)
            {
                int size = Math.Max(ngrams, Indices.Length * 2);
                Indices = new int[size];
                Values = new float[size];
            }
        }
    }
}
