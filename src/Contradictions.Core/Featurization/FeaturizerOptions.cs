namespace Contradictions.Featurization;

/// <summary>
/// Settings for <see cref="TfIdfFeaturizer"/>: how text is normalized, which n-grams become
/// features, how they are weighted and how large the vocabulary may grow. Start from
/// <see cref="Default"/> and change what you need with <c>with</c>.
/// </summary>
/// <remarks>
/// <para>
/// The defaults follow ML.NET's FeaturizeText recipe (lower case, diacritics removed, numbers
/// kept, no stop-word removal, word n-grams with all lengths, character trigrams with start and
/// end markers over the whole normalized text, each block L2-normalized on its own) with the
/// departures that grouping sentences by incident needs, each explained on its property:
/// TF-IDF weighting instead of raw counts, word bigrams as well as unigrams, punctuation as a
/// word boundary, a minimum document frequency, a vocabulary kept to the most frequent features,
/// and a final rescaling so that the whole vector has norm 1.
/// </para>
/// <para>
/// Punctuation is not a setting: it always separates words and never becomes a feature.
/// ML.NET keeps it by default and splits words at spaces only, so "Nairobi," and "Nairobi" are two
/// different words there; for telling which sentences name the same places and people that
/// difference is pure noise. Within a number, a comma between digits is dropped and a full stop
/// kept ("4,400" reads as 4400, "1.5" stays 1.5); an apostrophe inside a word is dropped, and a
/// possessive "'s" with it ("Reid's" reads as reid, "O'Brien" as obrien).
/// </para>
/// </remarks>
public sealed record FeaturizerOptions
{
    /// <summary>
    /// Default for <see cref="WordNgramLength"/>: unigrams and bigrams. ML.NET's FeaturizeText
    /// counts word unigrams only, but its own n-gram extractor defaults to 2, and the recipe its
    /// authors tuned on text benchmarks is unigrams plus bigrams. Bigrams keep two-word names and
    /// phrases together ("Tara Reid", "former mayor"); on the ECB+ sentences they neither help nor
    /// hurt the ranking of same-incident pairs measurably, and they cost a larger vocabulary.
    /// </summary>
    public const int DefaultWordNgramLength = 2;

    /// <summary>
    /// Default for <see cref="CharNgramLength"/>: trigrams, ML.NET's setting. Trigrams are long
    /// enough to be specific and short enough that a misspelt or transliterated name ("Amernia",
    /// "Gedho" for "Gedo") still shares some of them with the right one, whereas as a word it
    /// would share nothing.
    /// </summary>
    public const int DefaultCharNgramLength = 3;

    /// <summary>
    /// Default for <see cref="MinDocumentFrequency"/>. A feature seen in a single text of the
    /// corpus can never make two texts of that corpus alike; it only lengthens the vector it is
    /// in. Most distinct word bigrams occur once (Zipf): dropping them cuts the word vocabulary of
    /// the ECB+ sentences from 72,000 features to 24,000. ML.NET keeps them (it has no minimum).
    /// </summary>
    public const int DefaultMinDocumentFrequency = 2;

    /// <summary>
    /// Default for <see cref="MaxVocabulary"/>: a million features per block. The 6,800 ECB+
    /// sentences have 24,000 word features seen at least twice; if that grows as vocabularies
    /// usually do (about as the 0.6th power of the corpus, Heaps' law), the three million
    /// sentences of the 100,000-article target corpus have on the order of a million, and the cap
    /// keeps memory bounded beyond that.
    /// A million word n-grams cost roughly 80 MB in the fitted model. (ML.NET's cap is ten million
    /// n-grams per length.) Character trigrams stay far below the cap in any one language.
    /// </summary>
    public const int DefaultMaxVocabulary = 1_000_000;

    /// <summary>The settings used when none are given.</summary>
    public static FeaturizerOptions Default { get; } = new();

    /// <summary>
    /// A list of about 150 English function words (articles, pronouns, auxiliaries, prepositions,
    /// conjunctions), lower case and without apostrophes as the normalizer leaves them
    /// ("didnt"), for <see cref="StopWords"/>. Not used unless set there.
    /// </summary>
    public static IReadOnlySet<string> EnglishStopWords => Featurization.EnglishStopWords.Words;

    /// <summary>
    /// Lower-case the text by the rules of the invariant culture, as ML.NET's default case mode
    /// does, so that "KALIN" and "Kalın" are the same word. Default true.
    /// </summary>
    public bool LowerCase { get; init; } = true;

    /// <summary>
    /// Remove diacritics ("Kalın" reads as kalin, "Şuşa" as susa, "Zürich" as zurich), as
    /// ML.NET does by default. News spells foreign names with and without them, often within one
    /// article. Letters that Unicode does not decompose but that are read as a plain letter with
    /// a mark (ı, ł, ø, đ, ħ) are folded too, and ß, æ, œ, þ become ss, ae, oe, th. Default true.
    /// </summary>
    public bool RemoveDiacritics { get; init; } = true;

    /// <summary>
    /// Keep numbers as words. Default true, as in ML.NET: a date ("27 September"), a count
    /// ("4,400 troops") or a unit number shared by two sentences is evidence of the same incident.
    /// When false, digits separate words and never become features.
    /// </summary>
    public bool KeepNumbers { get; init; } = true;

    /// <summary>
    /// Words to leave out before n-grams are formed, matched against the normalized word (lower
    /// case, without diacritics): bigrams then join the words on either side of a removed one,
    /// and character n-grams run over the text without them, as in ML.NET. Null (the default, as
    /// in ML.NET) removes nothing: inverse document frequency already gives function words little
    /// weight, and "killed in" differs from "killed by". See <see cref="EnglishStopWords"/>.
    /// </summary>
    public IReadOnlySet<string>? StopWords { get; init; }

    /// <summary>
    /// The longest word n-gram that becomes a feature; 0 turns the word block off. Must be
    /// between 0 and 4. Default <see cref="DefaultWordNgramLength"/>.
    /// </summary>
    public int WordNgramLength { get; init; } = DefaultWordNgramLength;

    /// <summary>
    /// Whether every word n-gram length from 1 to <see cref="WordNgramLength"/> becomes a feature
    /// (true, ML.NET's default) or only n-grams of exactly that length.
    /// </summary>
    public bool UseAllWordNgramLengths { get; init; } = true;

    /// <summary>
    /// The length of the character n-grams; 0 turns the character block off. Must be between 0
    /// and 4. The n-grams run over the whole normalized text, words separated by single spaces,
    /// with a start-of-text marker (U+0002) before it and an end-of-text marker (U+0003) after
    /// it, as ML.NET's character tokenizer does by default: so " ar" marks a word that begins
    /// with "ar", "a k" a word that ends in "a" before one that begins with "k", and "␂ta" the
    /// first word of the text. Only this length is used, as in ML.NET (no shorter n-grams).
    /// Default <see cref="DefaultCharNgramLength"/>.
    /// </summary>
    public int CharNgramLength { get; init; } = DefaultCharNgramLength;

    /// <summary>
    /// How counts become values. Default <see cref="FeatureWeighting.TfIdf"/>, a departure from
    /// ML.NET's default of raw counts (<see cref="FeatureWeighting.Tf"/>): grouping needs the
    /// rare words of a sentence (names, places, dates) to count for more than the words every
    /// news sentence shares ("said", "the", "on Tuesday"). The inverse document frequency is
    /// ML.NET's: ln(N / df), for N texts in the fitted corpus of which df hold the feature, so a
    /// feature present in every text weighs nothing.
    /// </summary>
    public FeatureWeighting Weighting { get; init; } = FeatureWeighting.TfIdf;

    /// <summary>
    /// Use 1 + ln(tf) instead of the raw count tf, so that a word said three times in one text
    /// does not outweigh three different shared words. Off by default (ML.NET has no such option);
    /// sentences rarely repeat a word, but whole articles do.
    /// </summary>
    public bool SublinearTf { get; init; }

    /// <summary>
    /// The weight of the word block in the final vector. Each block is L2-normalized on its own,
    /// as ML.NET normalizes each extractor's output before joining them; the blocks are then
    /// scaled by their weights and the whole vector by 1/√(w² + c²), so it has norm 1 (ML.NET's
    /// joined vector has norm √2) and the dot product of two vectors is their cosine:
    /// (w²·cos_words + c²·cos_chars) / (w² + c²). When one block of a text is empty, the other
    /// alone makes up the vector. Must be non-negative and finite. Default 1, as in ML.NET.
    /// </summary>
    public float WordBlockWeight { get; init; } = 1f;

    /// <summary>
    /// The weight of the character block in the final vector; see <see cref="WordBlockWeight"/>.
    /// Must be non-negative and finite. Default 1, as in ML.NET.
    /// </summary>
    public float CharBlockWeight { get; init; } = 1f;

    /// <summary>
    /// The number of fitted texts a feature must occur in to be kept. Must be at least 1.
    /// Default <see cref="DefaultMinDocumentFrequency"/>.
    /// </summary>
    public int MinDocumentFrequency { get; init; } = DefaultMinDocumentFrequency;

    /// <summary>
    /// The most features kept in each block (word n-grams; character n-grams), so the model stays
    /// bounded however large the corpus: when more qualify, those found in the most texts are
    /// kept (ties go to the ordinally smaller key, so a fit is deterministic). ML.NET instead keeps
    /// the first ones met. While fitting, the counts are kept bounded too: when the table of a
    /// block grows past twice this size, it is cut back to this size by dropping the features
    /// found in the fewest texts so far, so the counts of rare features are approximate on
    /// corpora that large, while those
    /// of the frequent features that end up in the model are exact or nearly so. Must be at least 1.
    /// Default <see cref="DefaultMaxVocabulary"/>.
    /// </summary>
    public int MaxVocabulary { get; init; } = DefaultMaxVocabulary;

    /// <summary>Throws when a setting is out of its range.</summary>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(WordNgramLength, nameof(WordNgramLength));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(WordNgramLength, 4, nameof(WordNgramLength));
        ArgumentOutOfRangeException.ThrowIfNegative(CharNgramLength, nameof(CharNgramLength));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(CharNgramLength, 4, nameof(CharNgramLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinDocumentFrequency, 1, nameof(MinDocumentFrequency));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxVocabulary, 1, nameof(MaxVocabulary));
        if (!float.IsFinite(WordBlockWeight) || WordBlockWeight < 0f)
        {
            throw new ArgumentOutOfRangeException(nameof(WordBlockWeight), WordBlockWeight, "Must be non-negative and finite.");
        }

        if (!float.IsFinite(CharBlockWeight) || CharBlockWeight < 0f)
        {
            throw new ArgumentOutOfRangeException(nameof(CharBlockWeight), CharBlockWeight, "Must be non-negative and finite.");
        }

        if (!Enum.IsDefined(Weighting))
        {
            throw new ArgumentOutOfRangeException(nameof(Weighting), Weighting, "Not a weighting.");
        }
    }
}
