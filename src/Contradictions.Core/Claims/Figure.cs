using Contradictions.Sentences;

namespace Contradictions.Claims;

/// <summary>
/// A count of losses or means in a sentence: how many, of what, what happened to them, and
/// whose they were. Years, dates, times, areas, distances, money and share counters are
/// never figures.
/// </summary>
/// <param name="Span">The number phrase in the sentence text ("as many as 14 drones").</param>
/// <param name="Text">That phrase as written.</param>
/// <param name="Value">The number as an interval.</param>
/// <param name="Item">What is counted, normalized: "people", "soldiers", "civilians", "police", "aircraft",
/// "helicopters", "drones", "tanks", "armoured vehicles", "artillery", "air-defence systems", "vehicles", "ships", …</param>
/// <param name="Outcome">What happened to them, normalized: "killed", "wounded", "captured", "missing",
/// "destroyed", "displaced", "deployed", or null when the sentence says nothing of it.</param>
/// <param name="OwnerCue">The words that say whose they are ("Kenyan", "of Kenya", "Somalia's", "its",
/// "who lost"), or null; the Claims stage resolves the cue to a party.</param>
/// <param name="IsRevision">True for an ordinal count that revises an earlier one ("a 4th soldier was killed").</param>
public sealed record Figure(TextSpan Span, string Text, FigureValue Value, string Item, string? Outcome, string? OwnerCue, bool IsRevision);
