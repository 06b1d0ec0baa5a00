namespace Contradictions.Claims;

/// <summary>
/// Settings for <see cref="FigureExtractor"/>. Start from <see cref="Default"/> and change what
/// you need with <c>with</c>.
/// </summary>
public sealed record FigureExtractorOptions
{
    /// <summary>
    /// Default for <see cref="MaxModifierWords"/>. "12 Soviet-era Osa surface-to-air missile
    /// systems" needs two ("Soviet-era", "Osa"), "two Russian Su-34 jets" two; four leaves room
    /// for "three newly delivered Turkish-made Bayraktar drones" while a count that is still
    /// looking for its noun after five words has almost always run into the next clause.
    /// </summary>
    public const int DefaultMaxModifierWords = 4;

    /// <summary>
    /// Default for <see cref="AboutTolerance"/>: the ±10 % that the architecture gives to
    /// "around 110" ([99, 121]). Reporters round to the nearest ten or hundred, and a tenth
    /// either side covers that rounding without making every hedged figure agree with every other.
    /// </summary>
    public const double DefaultAboutTolerance = 0.10;

    /// <summary>
    /// Default for <see cref="MaxSentenceLength"/>. The sentence splitter already cuts runs at
    /// 1,000 characters; this is a second fence for callers that hand in raw text, so the work per
    /// call stays bounded.
    /// </summary>
    public const int DefaultMaxSentenceLength = 4000;

    /// <summary>The settings used when none are given.</summary>
    public static FigureExtractorOptions Default { get; } = new();

    /// <summary>
    /// How many words (a hyphenated compound counts as one) may stand between a number and the
    /// thing it counts. Must be between 0 and 16.
    /// </summary>
    public int MaxModifierWords { get; init; } = DefaultMaxModifierWords;

    /// <summary>
    /// Half-width of the interval given to "around", "about", "some", "roughly",
    /// "approximately" and "close to", as a fraction of the stated number: n becomes
    /// [floor(n·(1 − t)), ceil(n·(1 + t))]. "nearly" and "almost" keep only the lower half,
    /// [floor(n·(1 − t)), n]. Must be between 0 and 0.5.
    /// </summary>
    public double AboutTolerance { get; init; } = DefaultAboutTolerance;

    /// <summary>
    /// Characters of a sentence that are read; anything beyond is ignored. Must be at least 1.
    /// </summary>
    public int MaxSentenceLength { get; init; } = DefaultMaxSentenceLength;
}
