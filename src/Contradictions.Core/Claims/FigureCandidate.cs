namespace Contradictions.Claims;

/// <summary>
/// A number phrase found by the scan, before its outcome and owner are settled from the
/// clause around it. Token indices refer to the scan's token buffer.
/// </summary>
internal sealed class FigureCandidate
{
    /// <summary>First token of the span (the hedge, or the number).</summary>
    public int Start { get; set; }

    /// <summary>Token after the span (after the item).</summary>
    public int End { get; set; }

    /// <summary>Token after the span, an own "of X" owner and an adjacent participle: where a list separator may follow.</summary>
    public int Tail { get; set; }

    /// <summary>The value as an interval.</summary>
    public FigureValue Value { get; set; } = null!;

    /// <summary>How the number was written.</summary>
    public NumberForm Form { get; set; }

    /// <summary>True for the whole in "most of the 40 passengers": what happened was said of the share, not of it.</summary>
    public bool IsWhole { get; set; }

    /// <summary>True for a part named with "including" ("27 people, including 9 children"): later figures do not continue from it.</summary>
    public bool IsSubset { get; set; }

    /// <summary>
    /// For a part named with "including" after a count whose list has ended ("50 people were
    /// killed, including five children"): that count, whose outcome the part shares.
    /// </summary>
    public FigureCandidate? Whole { get; set; }

    /// <summary>What the noun phrase after the number turned out to be.</summary>
    public NounRead Noun { get; set; }

    /// <summary>Possessive right before the number ("India's", "its"), as a token range, or (-1, -1).</summary>
    public (int Start, int End) PossessiveCue { get; set; } = (-1, -1);

    /// <summary>Owner right after the item ("of Pakistan", "belonging to …"), or (-1, -1).</summary>
    public (int Start, int End) PostCue { get; set; } = (-1, -1);

    /// <summary>A participle directly after the item ("13 UAVs downed"), or null.</summary>
    public OutcomeEntry? Adjacent { get; set; }

    /// <summary>The list this candidate belongs to.</summary>
    public FigureList List { get; set; } = null!;

    /// <summary>Normalized item once resolved, or null.</summary>
    public string? Item { get; set; }

    /// <summary>Category of the resolved item.</summary>
    public ItemCategory Category { get; set; }

    /// <summary>Resolved outcome, or null.</summary>
    public string? Outcome { get; set; }
}
