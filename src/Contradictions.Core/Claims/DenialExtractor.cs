using System.Collections.Immutable;

namespace Contradictions.Claims;

/// <summary>
/// Finds denials — "denied", "refuted allegations that …", "rejected the claim", "branded …
/// as flatly false", "no civilian targets were hit", "hits military targets only" — and what
/// they deny: the first act named after the denial, or the other side's account as a whole.
/// Words after a denial are what is denied, not an accusation by the denier, so they are
/// marked for the accusation rules to skip.
/// </summary>
internal static class DenialExtractor
{
    private static readonly WordPattern[] Cues =
    [
        new("denied|denies|deny|denying|refuted|refutes|refute|refuting"),
        new("rejected|rejects|reject|rejecting|dismissed|dismisses|dismissing ~4 claim|claims|allegation|allegations|accusation|accusations|report|reports|charges|statements|information"),
        new("dismissed|dismisses|dismissing ~6 as"),
        new("flatly|completely|totally|absolutely|patently ~1 false|untrue|baseless|groundless"),
        new("as ~1 false|lies|lie|fabricated|fabrication|fabrications|baseless|groundless|untrue|disinformation|fake|propaganda"),
        new("not ~1 true"),
        new("no ~2 civilian|civilians|residential ~4 hit|targeted|struck|damaged|attacked|shelled"),
        new("military ~1 targets|objects|positions ~1 only|exclusively"),
        new("only|exclusively ~2 military ~1 targets|objects|positions"),
    ];

    public static ImmutableArray<Denial> Extract(SentenceView view, bool[] excluded) => Extract(view, excluded, null);

    /// <summary>
    /// Finds the denials, and adds to <paramref name="denied"/> the token range of each one's
    /// complement ("denied reports that dozens of soldiers had been killed"): what is said there
    /// is what the speaker denies, figures included.
    /// </summary>
    public static ImmutableArray<Denial> Extract(SentenceView view, bool[] excluded, List<(int Start, int End)>? denied)
    {
        var result = ImmutableArray.CreateBuilder<Denial>();
        for (var i = 0; i < view.Count; i++)
        {
            foreach (var cue in Cues)
            {
                var end = cue.MatchAt(view, i);
                if (end < 0)
                {
                    continue;
                }

                // Military-targets-only and no-civilian-hit wordings deny targeting civilians.
                var civilianForm = cue.Source.StartsWith("no ", StringComparison.Ordinal) || cue.Source.Contains("military", StringComparison.Ordinal);
                ActKind? act = civilianForm ? ActKind.TargetingCivilians : null;
                var civilians = civilianForm;
                var complementEnd = ClauseEnd(view, end);
                for (var k = end; k < complementEnd && act is null; k++)
                {
                    foreach (var (pattern, kind) in ActTriggers.All)
                    {
                        if (pattern.MatchAt(view, k) >= 0)
                        {
                            act = kind;
                            break;
                        }
                    }
                }

                for (var k = end; k < complementEnd; k++)
                {
                    civilians |= view.Lower[k].StartsWith("civilian", StringComparison.Ordinal);
                    excluded[k] = true;
                }

                if (!civilianForm && complementEnd > end)
                {
                    denied?.Add((end, complementEnd));
                }

                for (var k = i; k < end; k++)
                {
                    excluded[k] = true;
                }

                // "it shells military targets only": the whole clause is the denier's own account of
                // what it does, never an accusation.
                if (civilianForm)
                {
                    Array.Fill(excluded, true);
                }

                if (civilians && act is ActKind.Attack or ActKind.Shelling)
                {
                    act = ActKind.TargetingCivilians;
                }

                result.Add(new Denial(act, civilians, SpeakerFinder.Slice(view, i, end)));
                i = end - 1;
                break;
            }
        }

        return result.ToImmutable();
    }

    private static int ClauseEnd(SentenceView view, int from)
    {
        var k = from;
        while (k < view.Count && !view.IsClauseBreak(k) && !(view.IsPunct(k, '.') && k == view.Count - 1))
        {
            // "…and refuted allegations that …, adding …": a new reporting clause ends it.
            if (k > from && view.IsPunct(k - 1, ',') && ClaimWords.ParticipleVerbs.Contains(view.Lower[k]))
            {
                break;
            }

            // "denied any role and blamed Ukrainian shelling": a second verb of the denier ends it.
            if ((view.Is(k, "and") || view.Is(k, "but")) && k + 1 < view.Count && ClaimWords.ReportingVerbs.Contains(view.Lower[k + 1]))
            {
                break;
            }

            k++;
        }

        return k;
    }
}
