namespace Contradictions.Claims;

/// <summary>The noun phrase read after a number.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="End">Token after the phrase.</param>
/// <param name="Entry">The item entry for <see cref="NounKind.Item"/>.</param>
/// <param name="Singular">True when the item was written in the singular.</param>
/// <param name="Outcome">An outcome carried by the phrase itself: "14 wounded soldiers", "12 dead", "47 civilian deaths".</param>
/// <param name="ModifierCue">Owner cue among the modifiers ("Kenyan"), or (-1, -1).</param>
/// <param name="PartitiveCue">Owner cue in "of its", "of Kenya's", or (-1, -1).</param>
internal readonly record struct NounRead(
    NounKind Kind,
    int End,
    ItemEntry? Entry = null,
    bool Singular = false,
    OutcomeEntry? Outcome = null,
    (int Start, int End) ModifierCue = default,
    (int Start, int End) PartitiveCue = default)
{
    /// <summary>A read that found nothing.</summary>
    public static NounRead Nothing(int end) => new(NounKind.None, end, ModifierCue: (-1, -1), PartitiveCue: (-1, -1));
}
