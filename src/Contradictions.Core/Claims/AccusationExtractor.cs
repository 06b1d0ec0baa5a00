using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Contradictions.Claims;

/// <summary>
/// Finds the acts a sentence attributes to an actor, and the actor and target. The actor is
/// read from, in order: an accusing frame ("X accused Y of …", "blamed Y for …",
/// "attributed responsibility … to Y", "Y was accused of …"), a passive agent ("by Y",
/// "under fire from Y"), first-person words in a party's own statement ("our positions"),
/// words for the other side ("the enemy"), the nearest party before the act in its clause,
/// the nearest after it; and, in a party's own statement that names no actor, the other side.
/// </summary>
internal static class AccusationExtractor
{
    // How far an actor or target may stand from the act, in tokens.
    private const int ActorWindow = 12;
    private const int TargetWindow = 8;

    // How far after an act its object may name civilians: "opened fire on our forward
    // positions and on civilian homes" puts them seven words on.
    private const int CivilianWindow = 9;

    public static ImmutableArray<Accusation> Extract(SentenceView view, string? speakerParty, Func<string?, string?> opponentOf, bool[] excluded) =>
        Extract(view, speakerParty, opponentOf, excluded, null);

    /// <summary>
    /// Finds the accusations, and adds to <paramref name="ownDenials"/> each act the speaker's
    /// own side is said not to have done ("Israeli forces had not struck the hospital", said
    /// by Israel's military): a denial in the speaker's own words.
    /// </summary>
    /// <param name="view">The clause.</param>
    /// <param name="speakerParty">The speaker's party, or null.</param>
    /// <param name="opponentOf">The other side of a party.</param>
    /// <param name="excluded">Tokens already read as something else (denied words).</param>
    /// <param name="ownDenials">Receives the speaker's denials of its own side's acts.</param>
    /// <param name="ownActs">Which party told of its own act in this sentence and the one before, or null to keep no track.</param>
    public static ImmutableArray<Accusation> Extract(SentenceView view, string? speakerParty, Func<string?, string?> opponentOf, bool[] excluded,
        List<Denial>? ownDenials, OwnActMemory? ownActs = null)
    {
        var result = ImmutableArray.CreateBuilder<Accusation>();
        var i = 0;
        while (i < view.Count)
        {
            if (excluded[i] || !view.Tokens[i].IsWord)
            {
                i++;
                continue;
            }

            var matched = false;
            foreach (var (pattern, act) in ActTriggers.All)
            {
                var end = pattern.MatchAt(view, i);
                if (end < 0)
                {
                    continue;
                }

                matched = true;
                if (Negated(view, i))
                {
                    // "Israeli forces had not struck the hospital", "said its forces had carried out no strikes".
                    if (ownDenials is not null && speakerParty is not null && !view.InQuote[i]
                        && (SelfReport(view, i) || Build(view, i, end, act, speakerParty, opponentOf, ownActs) is { } denied && denied.Actor == speakerParty))
                    {
                        ownDenials.Add(new Denial(act, act == ActKind.TargetingCivilians || MentionsCivilians(view, i, end), SpeakerFinder.Slice(view, i, end)));
                    }
                }
                else
                {
                    // "Y attacked its bases, starting the fighting": a participle after a comma
                    // goes on with the actor of the act before it.
                    var accusation = Continues(view, i, result) is { } previous
                        ? new Accusation(previous.Actor, act, null, act == ActKind.TargetingCivilians || MentionsCivilians(view, i, end), SpeakerFinder.Slice(view, i, end))
                        : Build(view, i, end, act, speakerParty, opponentOf, ownActs);

                    // "The US military said its strikes on … had killed no civilians": the
                    // speaker's own act, which accuses no one.
                    if (accusation is not null && speakerParty is not null && accusation.Actor == speakerParty)
                    {
                        if (ownActs is not null)
                        {
                            ownActs.Now = speakerParty;
                        }

                        accusation = null;
                    }

                    if (accusation is not null && !Contains(result, accusation))
                    {
                        result.Add(accusation);

                        // "M23 rebels, backed by Rwandan troops, had attacked": the backer the
                        // aside names is accused of the act too; so is the first of two
                        // modifiers joined by "and" ("US and British strikes").
                        var partner = accusation.Actor is null ? null : Backer(view, i) ?? JoinedModifier(view, i, accusation.Actor);
                        if (partner is not null && partner != accusation.Actor
                            && accusation with { Actor = partner } is var joined && !Contains(result, joined))
                        {
                            result.Add(joined);
                        }
                    }
                }

                i = end;
                break;
            }

            if (!matched)
            {
                i++;
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The accusation an "-ing" act right after a comma continues ("…, starting the fighting"), or null.</summary>
    private static Accusation? Continues(SentenceView view, int act, ImmutableArray<Accusation>.Builder before) =>
        before.Count > 0 && before[^1].Actor is not null && view.IsPunct(act - 1, ',') && view.Lower[act].EndsWith("ing", StringComparison.Ordinal)
            ? before[^1]
            : null;

    private static Accusation? Build(SentenceView view, int start, int end, ActKind act, string? speakerParty, Func<string?, string?> opponentOf,
        OwnActMemory? ownActs)
    {
        // "X and Y accused each other of …": mutual blame names no one actor; the outlet's
        // summary of it is not itself a claim against either side.
        if (MutualFrame(view, start, end))
        {
            return null;
        }

        var inQuote = view.InQuote[start];
        var noun = IsNounUse(view, start);
        var actor = FramedActor(view, start) ?? AgentAfter(view, end)
            ?? (noun ? Modifier(view, start, speakerParty, opponentOf) : NearestBefore(view, start, speakerParty, opponentOf, inQuote));
        var actorFromAfter = false;
        if (actor is null && !noun && !IsObjectPosition(act) && InOpeningPhrase(view, start))
        {
            // "By attacking civilian settlements, Y has violated …": the subject follows the opener.
            actor = NearestAfterFrom(view, NextComma(view, end) + 1, TargetWindow);
            actorFromAfter = actor is not null;
        }

        // "X claimed responsibility for the attack": an admission, no accusation.
        if (act == ActKind.Started && ClaimsResponsibility(view, start))
        {
            return null;
        }

        if (actor is null && speakerParty is not null)
        {
            // "The army said its aircraft had struck …", "the Guards said they had detained …":
            // the speaker telling of its own act accuses no one.
            if (SelfReport(view, start))
            {
                if (ownActs is not null)
                {
                    ownActs.Now = speakerParty;
                }

                return null;
            }

            // "It said the strikes hit depots", after "it struck targets": its own strikes.
            if (noun && ownActs?.Before == speakerParty && Definite(view, start))
            {
                return null;
            }

            // "condemned the attack": the act of someone the speaker does not name.
            if (noun && Condemned(view, start))
            {
                return new Accusation(null, act, null, MentionsCivilians(view, start, end), SpeakerFinder.Slice(view, start, end));
            }

            // "used by militants to plan attacks", "unidentified gunmen opened fire": an actor
            // the text names, but no party; the speaker's statement does not make it the other side.
            if (UnnamedActor(view, start, end))
            {
                return new Accusation(null, act, null, MentionsCivilians(view, start, end), SpeakerFinder.Slice(view, start, end));
            }

            // A party's own statement that names no actor ("civilian infrastructure is
            // targeted") accuses the other side.
            actor = opponentOf(speakerParty);
        }

        var target = actorFromAfter ? null : NearestAfter(view, end, exclude: actor);
        if (target is null && HasFirstPerson(view, end, TargetWindow) && speakerParty is not null)
        {
            // "opened fire at our positions", "aggression against our country".
            target = speakerParty;
        }

        var civilians = act == ActKind.TargetingCivilians || MentionsCivilians(view, start, end);
        return new Accusation(actor, act, target == actor ? null : target, civilians, SpeakerFinder.Slice(view, start, end));
    }

    /// <summary>
    /// True when the act's subject is the speaker itself, as the words right after the
    /// reporting verb say: "said it had struck", "said they had detained", "said its aircraft
    /// had struck", "said that our forces repelled" — and the act is active, not "our positions
    /// were shelled".
    /// </summary>
    private static bool SelfReport(SentenceView view, int act)
    {
        var before = act - 1;
        while (before >= 0 && view.Lower[before] is "had" or "has" or "have" or "also" or "then" or "later")
        {
            before--;
        }

        if (before >= 0 && view.Lower[before] is "was" or "were" or "been" or "being" or "is" or "are" or "be")
        {
            return false;
        }

        for (var k = act - 1; k >= 0 && act - k <= ActorWindow; k--)
        {
            if (view.IsClauseBreak(k) || view.InQuote[k])
            {
                return false;
            }

            if (ClaimWords.ReportingVerbs.Contains(view.Lower[k]))
            {
                // Between the verb and the act: a pronoun for the speaker and no party named.
                // "they" and "it" are the other side when the act is done to "us" or "our …".
                var self = false;
                for (var m = k + 1; m < act; m++)
                {
                    if (view.PartyAt[m] is not null)
                    {
                        return false;
                    }

                    self |= view.Lower[m] is "we" or "our" || (view.Lower[m] is "it" or "they" or "its" or "their" && !FirstPersonAfter(view, act));
                }

                return self;
            }
        }

        return false;
    }

    private static bool ClaimsResponsibility(SentenceView view, int act) =>
        view.Lower[act].StartsWith("responsib", StringComparison.Ordinal)
        && (IsAdmission(view, act - 1) || (view.Is(act - 1, "full") && IsAdmission(view, act - 2)));

    private static bool IsAdmission(SentenceView view, int k) =>
        k >= 0 && view.Lower[k] is "claimed" or "claims" or "claiming" or "claim" or "accepted" or "accepts" or "admitted" or "took" or "takes";

    /// <summary>"condemned the attack", "denounced the bombing": an act noun right after a verb of condemning.</summary>
    private static bool Condemned(SentenceView view, int act)
    {
        var k = act - 1;
        while (k >= 0 && view.Lower[k] is "the" or "this" or "that" or "an" or "a" or "latest" or "deadly")
        {
            k--;
        }

        return k >= 0 && (view.Lower[k].StartsWith("condemn", StringComparison.Ordinal) || view.Lower[k].StartsWith("denounc", StringComparison.Ordinal)
            || view.Lower[k].StartsWith("deplor", StringComparison.Ordinal));
    }

    private static bool FirstPersonAfter(SentenceView view, int act)
    {
        for (var m = act + 1; m < view.Count && m - act <= TargetWindow && !view.IsClauseBreak(m); m++)
        {
            if (view.Lower[m] is "our" or "us" or "we")
            {
                return true;
            }
        }

        return false;
    }

    private static bool MutualFrame(SentenceView view, int start, int end)
    {
        for (var k = Math.Max(0, start - 6); k < end && k + 1 < view.Count; k++)
        {
            if ((view.Is(k, "each") && view.Is(k + 1, "other")) || (view.Is(k, "one") && view.Is(k + 1, "another")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"X accused Y of …" / "blamed Y for …" / "responsibility … to Y" / "Y was accused of …".</summary>
    private static string? FramedActor(SentenceView view, int act)
    {
        // The act wording itself accuses: "blamed Y for the escalation" — Y stands between.
        if (view.Lower[act].StartsWith("blam", StringComparison.Ordinal) || view.Lower[act].StartsWith("accus", StringComparison.Ordinal))
        {
            for (var m = act + 1; m < view.Count && m - act <= 6 && !view.Is(m, "for") && !view.Is(m, "of"); m++)
            {
                if (view.PartyAt[m] is { } mention)
                {
                    return mention.Party;
                }
            }
        }

        for (var k = act - 1; k >= 0 && act - k <= ActorWindow; k--)
        {
            var word = view.Lower[k];
            if (view.IsClauseBreak(k))
            {
                break;
            }

            if (word.StartsWith("accus", StringComparison.Ordinal) || word.StartsWith("blam", StringComparison.Ordinal)
                || word.StartsWith("condemn", StringComparison.Ordinal) || word.StartsWith("charg", StringComparison.Ordinal))
            {
                // Passive: "Y was accused of" / "Y is blamed for".
                if (view.Is(k - 1, "was") || view.Is(k - 1, "were") || view.Is(k - 1, "is") || view.Is(k - 1, "are") || view.Is(k - 1, "been"))
                {
                    return NearestPartyBefore(view, k - 1, ActorWindow);
                }

                // Active: the party between the verb and the act.
                for (var m = k + 1; m < act; m++)
                {
                    if (view.PartyAt[m] is { } mention)
                    {
                        return mention.Party;
                    }
                }

                // "blamed the attack on Y": the party comes after the act.
                if (word.StartsWith("blam", StringComparison.Ordinal) && BlamedOn(view, act + 1) is { } blamedOn)
                {
                    return blamedOn;
                }
            }
        }

        // "the destruction of the dam, which X blames on Y": the blame follows the act.
        for (var m = act + 1; m < view.Count && m - act <= ActorWindow && !view.IsPunct(m, '.') && !view.IsPunct(m, ';'); m++)
        {
            if (view.Lower[m].StartsWith("blam", StringComparison.Ordinal) && BlamedOn(view, m + 1) is { } blamedOn)
            {
                return blamedOn;
            }
        }

        // "attributed responsibility for the escalation … to Y"
        if (view.Lower[act].StartsWith("responsib", StringComparison.Ordinal))
        {
            for (var m = act + 1; m < view.Count && m - act <= ActorWindow; m++)
            {
                // "… to Y"; "the responsibility for the clash lay entirely with Y".
                if ((view.Is(m, "to") || view.Is(m, "with")) && NearestAfterFrom(view, m + 1, 3) is { } party)
                {
                    return party;
                }
            }
        }

        return null;
    }

    /// <summary>The party after "on" within a few words of <paramref name="from"/>: "… on Y", "… squarely on Y".</summary>
    private static string? BlamedOn(SentenceView view, int from)
    {
        for (var n = from; n < view.Count && n - from <= 6 && !view.IsClauseBreak(n); n++)
        {
            if (view.Is(n, "on"))
            {
                return NearestAfterFrom(view, n + 1, 3);
            }
        }

        return null;
    }

    private static string? AgentAfter(SentenceView view, int end)
    {
        for (var k = end; k < view.Count && k - end <= 4; k++)
        {
            if ((view.Is(k, "by") || view.Is(k, "from")) && NearestAfterFrom(view, k + 1, 3) is { } party)
            {
                return party;
            }
        }

        return null;
    }

    private static string? NearestBefore(SentenceView view, int act, string? speakerParty, Func<string?, string?> opponentOf, bool inQuote)
    {
        for (var k = act - 1; k >= 0 && act - k <= ActorWindow; k--)
        {
            if (view.IsClauseBreak(k) || (view.IsQuoteMark(k) && !inQuote))
            {
                break;
            }

            // "M23 rebels, backed by Rwandan troops, had attacked": the backer between commas
            // is not the subject; look past the aside.
            if (view.IsPunct(k, ',') && BackingAsideStart(view, k) is { } aside)
            {
                k = aside;
                continue;
            }

            if (view.PartyAt[k] is { } mention)
            {
                // "targets in southern Lebanon after rockets were fired": a country named as
                // where something is, not who acts.
                var first = k;
                while (first > 0 && view.PartyAt[first - 1] == mention)
                {
                    first--;
                }

                if (IsPlaceUse(view, first))
                {
                    k = first;
                    continue;
                }

                return mention.Party;
            }

            if (speakerParty is not null && (inQuote || view.InQuote[k]))
            {
                if (ClaimWords.Opponent.Contains(view.Lower[k]))
                {
                    return opponentOf(speakerParty);
                }

            }

            // A reporting verb ends the subject's reach: "X said Y attacked" → Y, never X.
            if (ClaimWords.ReportingVerbs.Contains(view.Lower[k]) || view.Is(k, "that"))
            {
                break;
            }
        }

        return null;
    }

    /// <summary>
    /// True when the mention starting at token <paramref name="first"/> names a place: after a
    /// place cue of <see cref="PlaceWords"/> or "from", with a modifier between or not ("in
    /// southern X", "across occupied X", "from X").
    /// </summary>
    private static bool IsPlaceUse(SentenceView view, int first)
    {
        var k = first - 1;
        if (k >= 0 && PlaceWords.Of(view.Lower[k]).Kind is PlaceWordKind.Modifier or PlaceWordKind.Compass)
        {
            k--;
        }

        return k >= 0 && (PlaceWords.Of(view.Lower[k]).Kind == PlaceWordKind.Cue || view.Is(k, "from"));
    }

    // Participles that open an aside about who stands behind the subject.
    private static readonly FrozenSet<string> BackingWords = FrozenSet.Create(StringComparer.Ordinal,
        "backed", "supported", "armed", "aided", "funded", "trained", "sponsored", "equipped");

    /// <summary>
    /// The comma that opens an aside closed by the comma at <paramref name="close"/>, when the
    /// aside starts with a backing participle ("…, backed by X, …"); otherwise null.
    /// </summary>
    private static int? BackingAsideStart(SentenceView view, int close)
    {
        for (var k = close - 1; k >= 0 && close - k <= 8; k--)
        {
            if (view.IsPunct(k, ','))
            {
                return k + 1 < close && BackingWords.Contains(view.Lower[k + 1]) ? k : null;
            }

            if (view.IsClauseBreak(k) || view.IsQuoteMark(k))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>True when the act noun at <paramref name="start"/> is definite, pointing back: "the strikes", "these raids".</summary>
    private static bool Definite(SentenceView view, int start) =>
        start > 0 && view.Lower[start - 1] is "the" or "these" or "those" or "this" or "that";

    /// <summary>
    /// The party before "and" when the act noun at <paramref name="start"/> is modified by two
    /// parties joined by it ("US and British strikes": the United States, besides Britain), or null.
    /// </summary>
    private static string? JoinedModifier(SentenceView view, int start, string actor)
    {
        if (start < 1 || view.PartyAt[start - 1] is not { } last || last.Party != actor)
        {
            return null;
        }

        var first = start - 1;
        while (first > 0 && view.PartyAt[first - 1] == last)
        {
            first--;
        }

        return first >= 2 && view.Is(first - 1, "and") && view.PartyAt[first - 2] is { } other && other.Party != actor ? other.Party : null;
    }

    /// <summary>The party named in a backing aside that ends right before the act ("…, backed by X, attacked"), or null.</summary>
    private static string? Backer(SentenceView view, int act)
    {
        for (var k = act - 1; k >= 0 && act - k <= 3; k--)
        {
            if (view.IsPunct(k, ','))
            {
                if (BackingAsideStart(view, k) is not { } open)
                {
                    return null;
                }

                for (var m = open + 1; m < k; m++)
                {
                    if (view.PartyAt[m] is { } mention)
                    {
                        return mention.Party;
                    }
                }

                return null;
            }

            if (!view.Tokens[k].IsWord)
            {
                return null;
            }
        }

        return null;
    }

    private static string? NearestAfter(SentenceView view, int end, string? exclude) =>
        NearestAfterFrom(view, end, TargetWindow, exclude);

    private static string? NearestAfterFrom(SentenceView view, int from, int window, string? exclude = null)
    {
        for (var k = from; k < view.Count && k - from <= window; k++)
        {
            // A target stands in the act's own clause: not past a comma, a closing quotation
            // mark ("…,” the X ministry said") or the end of the sentence.
            if (view.IsClauseBreak(k) || view.IsPunct(k, '.') || view.IsPunct(k, ',') || view.IsQuoteMark(k))
            {
                break;
            }

            if (view.PartyAt[k] is { } mention && mention.Party != exclude)
            {
                return mention.Party;
            }
        }

        return null;
    }

    private static string? NearestPartyBefore(SentenceView view, int from, int window)
    {
        for (var k = from; k >= 0 && from - k <= window; k--)
        {
            if (view.PartyAt[k] is { } mention)
            {
                return mention.Party;
            }
        }

        return null;
    }

    private static bool HasFirstPerson(SentenceView view, int from, int window)
    {
        for (var k = from; k < view.Count && k - from <= window; k++)
        {
            if (view.IsPunct(k, ',') || view.IsQuoteMark(k) || view.IsPunct(k, '.'))
            {
                break;
            }

            if (view.Is(k, "our") || view.Is(k, "us"))
            {
                return true;
            }
        }

        return false;
    }

    // Actors a text names without naming a party: who they fight for is not said.
    private static readonly FrozenSet<string> UnnamedActors = FrozenSet.Create(StringComparer.Ordinal,
        "militants", "militant", "gunmen", "gunman", "terrorists", "terrorist", "insurgents", "insurgent", "rebels", "rebel",
        "attackers", "attacker", "assailants", "assailant", "jihadists", "jihadist", "extremists", "extremist");

    /// <summary>
    /// True when the act's subject or agent is a bare actor noun — "militants to plan attacks",
    /// "militant attacks", "gunmen opened fire", "an attack by unidentified gunmen" — within a
    /// few words of it and its clause.
    /// </summary>
    private static bool UnnamedActor(SentenceView view, int start, int end)
    {
        for (var k = start - 1; k >= 0 && start - k <= 3; k--)
        {
            if (!view.Tokens[k].IsWord || view.IsClauseBreak(k))
            {
                break;
            }

            if (UnnamedActors.Contains(view.Lower[k]))
            {
                return true;
            }
        }

        if (end < view.Count && view.Is(end, "by"))
        {
            for (var k = end + 1; k < view.Count && k - end <= 3 && view.Tokens[k].IsWord; k++)
            {
                if (UnnamedActors.Contains(view.Lower[k]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when the act stands before the sentence's first comma: an opening phrase ("By attacking …, X").</summary>
    private static bool InOpeningPhrase(SentenceView view, int start)
    {
        for (var k = 0; k < start; k++)
        {
            if (view.IsPunct(k, ',') || view.IsClauseBreak(k) || (view.Tokens[k].IsWord && ClaimWords.ReportingVerbs.Contains(view.Lower[k])))
            {
                return false;
            }
        }

        return NextComma(view, start) < view.Count;
    }

    private static int NextComma(SentenceView view, int from)
    {
        var k = from;
        while (k < view.Count && !view.IsPunct(k, ','))
        {
            k++;
        }

        return k;
    }

    private static bool MentionsCivilians(SentenceView view, int start, int end)
    {
        for (var k = Math.Max(0, start - 2); k < view.Count && k < end + CivilianWindow; k++)
        {
            if (view.Lower[k].StartsWith("civilian", StringComparison.Ordinal) || view.Is(k, "residential") || view.Is(k, "settlements")
                || view.Is(k, "villagers") || view.Is(k, "residents"))
            {
                return true;
            }

            if (k >= end && (view.IsPunct(k, '.') || view.IsClauseBreak(k)))
            {
                break;
            }
        }

        return false;
    }

    /// <summary>An act noun not made a verb by a support verb: "the attack was repelled", "X aggression".</summary>
    private static bool IsNounUse(SentenceView view, int start)
    {
        if (!ClaimWords.ActNouns.Contains(view.Lower[start]))
        {
            return false;
        }

        for (var k = start - 1; k >= 0 && start - k <= 4; k--)
        {
            if (ClaimWords.SupportVerbs.Contains(view.Lower[k]))
            {
                return false;
            }

            if (view.IsClauseBreak(k) || view.IsPunct(k, ','))
            {
                break;
            }
        }

        return true;
    }

    /// <summary>The actor of an act noun: a party word right before it ("X attack", "X's aggression", "its provocations").</summary>
    private static string? Modifier(SentenceView view, int start, string? speakerParty, Func<string?, string?> opponentOf)
    {
        for (var k = start - 1; k >= 0 && start - k <= 3; k--)
        {
            if (view.PartyAt[k] is { } mention)
            {
                return mention.Party;
            }

            if (view.Is(k, "its") || view.Is(k, "their"))
            {
                return NearestPartyBefore(view, k - 1, ActorWindow);
            }

            if (ClaimWords.Opponent.Contains(view.Lower[k]) && speakerParty is not null)
            {
                return opponentOf(speakerParty);
            }

            // "sites in Pakistan after Kashmir attack": a party before a preposition is not the act's modifier.
            if (!view.Tokens[k].IsWord || view.Is(k, "the") || view.Is(k, "this") || view.Is(k, "these") || view.Is(k, "that")
                || ModifierStops.Contains(view.Lower[k]))
            {
                break;
            }
        }

        return null;
    }

    // Words that end the modifier of an act noun, looking back from it.
    private static readonly FrozenSet<string> ModifierStops = FrozenSet.Create(StringComparer.Ordinal,
        "after", "before", "since", "following", "amid", "during", "in", "on", "at", "near", "from", "to", "of", "for", "and", "or");

    // Acts whose party named after them is their object, not a late subject.
    private static bool IsObjectPosition(ActKind act) => act is ActKind.Aggression or ActKind.Provocation;

    private static bool Negated(SentenceView view, int start)
    {
        for (var k = start - 1; k >= 0 && start - k <= 3; k--)
        {
            // "does not stop trying to advance", "not only attacked": a negation of something else.
            if (ClaimWords.Negations.Contains(view.Lower[k]) && !view.Is(k + 1, "stop") && !view.Is(k + 1, "cease") && !view.Is(k + 1, "only"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(ImmutableArray<Accusation>.Builder list, Accusation candidate)
    {
        foreach (var existing in list)
        {
            if (existing.Act == candidate.Act && existing.Actor == candidate.Actor && existing.Target == candidate.Target)
            {
                return true;
            }
        }

        return false;
    }
}
