namespace Contradictions.Claims;

/// <summary>
/// Counts joined by commas, "and", "as well as" or "including", which share the verb before
/// them and the owner and participle after them ("two helicopters, as many as 14 drones, as
/// well as tanks … belonging to the X military have been destroyed").
/// </summary>
internal sealed class FigureList
{
    /// <summary>The outcome phrase that governs the list from before ("killing", "the death of", "lost").</summary>
    public OutcomeEntry? Before { get; set; }

    /// <summary>The subject of "lost" before the list, as a token range, or (-1, -1).</summary>
    public (int Start, int End) LossSubject { get; set; } = (-1, -1);

    /// <summary>The possessive before the first member ("Niger’s five soldiers and two police officers").</summary>
    public (int Start, int End) Possessive { get; set; } = (-1, -1);

    /// <summary>The owner phrase after the last member, counted or not.</summary>
    public (int Start, int End) PostCue { get; set; } = (-1, -1);

    /// <summary>The outcome after the last member ("have been destroyed", "killed in action").</summary>
    public OutcomeEntry? After { get; set; }

    /// <summary>The last counted member.</summary>
    public FigureCandidate Last { get; set; } = null!;

    /// <summary>True when uncounted members ("tanks and armoured vehicles") follow the last counted one.</summary>
    public bool HasUncountedTail { get; set; }
}
