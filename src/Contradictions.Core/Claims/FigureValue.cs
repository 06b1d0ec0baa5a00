namespace Contradictions.Claims;

/// <summary>
/// A stated number as an interval: "at least 4" is [4, ∞), "as many as 14" is [0, 14] with 14
/// stated, "around 110" is about [99, 121], "no one was killed" is [0, 0].
/// </summary>
/// <param name="Low">Smallest value the wording allows.</param>
/// <param name="High">Largest value the wording allows; <see cref="double.PositiveInfinity"/> when open.</param>
/// <param name="Stated">The number actually written (14 in "as many as 14"), or null for vague plurals.</param>
/// <param name="Qualifier">The hedge that produced the interval.</param>
public sealed record FigureValue(double Low, double High, double? Stated, FigureQualifier Qualifier)
{
    /// <summary>True when the two intervals share at least one value.</summary>
    public bool Overlaps(FigureValue other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Low <= other.High && other.Low <= High;
    }
}
