using System.Buffers;
using System.Collections.Immutable;

namespace Contradictions.Claims;

/// <summary>
/// Finds the figures in a sentence: counts of people and means of war, with the hedge that
/// makes them an interval, what is counted, what happened to it, and the words that say
/// whose it was.
/// </summary>
/// <remarks>
/// <para>
/// Rule-based and explainable. A figure is a number (digits, words, "a dozen", "dozens",
/// "no", or an ordinal used as a counter) that counts an item of a fixed vocabulary
/// (<see cref="Figure.Item"/>): "At least 4 Kenyan soldiers have been killed" gives
/// soldiers [4, ∞) killed, owner "Kenyan". The hedge rules are listed on
/// <c>FigureScan.ToValue</c>: "at least n" is [n, ∞), "more than n" [n + 1, ∞), "as many as n"
/// [0, n], "fewer than n" [0, n − 1], "around n" n ± 10 %, "nearly n" [n − 10 %, n], ranges and
/// vague plurals their bounds.
/// </para>
/// <para>
/// The outcome is read from the clause: the participle after the item ("were killed"), the
/// verb before the number ("killing 4", "the death of 21", "lost three tanks"), shared along a
/// list ("five soldiers and two police officers killed in action"). The owner cue is returned
/// verbatim for the Claims stage to resolve: a possessive before the number ("Somalia's"),
/// "of its", "of X" or "belonging to X" after the item, the subject of "lost", or a
/// capitalised word before the item. Nothing here knows which words are countries.
/// </para>
/// <para>
/// Years, dates, clock times, durations, ages, areas, distances, money, percentages, labels
/// ("Resolution 2334", "Su-25"), calibres, phone numbers, and counts of things outside the
/// vocabulary ("two wars") are not figures.
/// </para>
/// <para>An instance holds no mutable state and may be shared between threads.</para>
/// </remarks>
public sealed class FigureExtractor
{
    private readonly int _maxLength;

    /// <summary>Creates an extractor with <see cref="FigureExtractorOptions.Default"/>.</summary>
    public FigureExtractor()
        : this(FigureExtractorOptions.Default)
    {
    }

    /// <summary>Creates an extractor with the given settings.</summary>
    /// <param name="options">The settings to use.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <see cref="FigureExtractorOptions.MaxModifierWords"/> is outside [0, 16],
    /// <see cref="FigureExtractorOptions.AboutTolerance"/> outside [0, 0.5], or
    /// <see cref="FigureExtractorOptions.MaxSentenceLength"/> below 1.
    /// </exception>
    public FigureExtractor(FigureExtractorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxModifierWords is < 0 or > 16)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxModifierWords, "MaxModifierWords must be between 0 and 16.");
        }

        if (!(options.AboutTolerance is >= 0 and <= 0.5))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.AboutTolerance, "AboutTolerance must be between 0 and 0.5.");
        }

        if (options.MaxSentenceLength < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxSentenceLength, "MaxSentenceLength must be at least 1.");
        }

        Options = options;
        _maxLength = options.MaxSentenceLength;
    }

    /// <summary>The settings this extractor was created with.</summary>
    public FigureExtractorOptions Options { get; }

    /// <summary>Finds the figures in one sentence.</summary>
    /// <param name="sentence">The sentence text; spans in the result are relative to it.</param>
    /// <returns>
    /// The figures in text order, each with <c>Text == sentence.Substring(Span.Start, Span.Length)</c>;
    /// empty when the sentence has none. Only the first
    /// <see cref="FigureExtractorOptions.MaxSentenceLength"/> characters are read.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="sentence"/> is <see langword="null"/>.</exception>
    public ImmutableArray<Figure> Extract(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        int length = Math.Min(sentence.Length, _maxLength);
        if (length == 0)
        {
            return [];
        }

        var tokens = ArrayPool<FigureToken>.Shared.Rent(length);
        try
        {
            int count = FigureTokenizer.Tokenize(sentence, length, tokens);
            return new FigureScan(sentence, tokens, count, Options).Run();
        }
        finally
        {
            ArrayPool<FigureToken>.Shared.Return(tokens);
        }
    }
}
