namespace Contradictions.Claims;

/// <summary>Reading what a number counts: modifiers, the item, a partitive "of its", owner words among the modifiers.</summary>
internal sealed partial class FigureScan
{
    private static readonly (int Start, int End) NoCue = (-1, -1);

    private NounRead ReadNoun(in NumberPhrase number)
    {
        if (number.Form == NumberForm.ZeroPerson)
        {
            return new NounRead(NounKind.People, number.End, ModifierCue: NoCue, PartitiveCue: NoCue);
        }

        int k = number.End;
        if (Has(k, WordRoles.Of) && number.Form is not (NumberForm.ZeroDeterminer or NumberForm.Article))
        {
            // "21 of its soldiers", "dozens of civilians", "none of the crew"; "12 of them" counts nothing named.
            var partitive = ReadPartitive(k, number.Form);
            return partitive.Kind is NounKind.Item or NounKind.Anaphoric ? partitive : new NounRead(NounKind.Bare, k, ModifierCue: NoCue, PartitiveCue: NoCue);
        }

        return ScanPhrase(k, allowAdjectiveOutcome: true);
    }

    /// <summary>
    /// After "of": an optional "the", an owner ("its", "their", "Kenya's", "the Somali
    /// army's"), then the counted noun.
    /// </summary>
    private NounRead ReadPartitive(int of, NumberForm form)
    {
        int m = of + 1;
        var cue = NoCue;
        if (IsWord(m, "the") || IsWord(m, "these") || IsWord(m, "those"))
        {
            m++;
        }

        if (Has(m, WordRoles.OwnerDeterminer))
        {
            cue = (m, m + 1);
            m++;
        }
        else
        {
            int q = m;
            while (q < _n && _t[q].Kind == FigureTokenKind.Word && !_t[q].Possessive
                && (_t[q].Capitalized || _t[q].Has(WordRoles.InstitutionHead)) && !_t[q].Has(WordRoles.Stop))
            {
                q++;
            }

            if (q < _n && _t[q].Kind == FigureTokenKind.Word && _t[q].Possessive && !_t[q].Has(WordRoles.TimePossessive) && !IsAcronymPlural(q))
            {
                cue = (m, q + 1);
                m = q + 1;
            }
        }

        // "2 of the 5 drones were intercepted": the count is the first number, the second only
        // says how many there were. "one of 14 soldiers killed" is the other way round: "one"
        // picks a member of the 14, who are the figure.
        if (m < _n && ReadNumber(m, out var whole) && whole.Form == NumberForm.Count)
        {
            if (form == NumberForm.One)
            {
                return NounRead.Nothing(of);
            }

            m = whole.End;
        }

        var inner = ScanPhrase(m, allowAdjectiveOutcome: true);
        return inner.Kind is NounKind.Item or NounKind.Anaphoric ? inner with { PartitiveCue = cue } : NounRead.Nothing(of);
    }

    /// <summary>
    /// Modifiers, then an item of the vocabulary. The item is the head of the noun phrase, so
    /// when an item is directly followed by another ("rebel fighters", "tank crew",
    /// "civilian casualties") the later one wins, and a singular item followed by a plain
    /// lower-case noun is only a modifier ("drone strikes", "civilian infrastructure",
    /// "helicopter carrying"). A word ending in "-ed" after it is taken for its verb ("a bus
    /// plunged"). A unit anywhere in the modifiers means the number was a measure.
    /// </summary>
    private NounRead ScanPhrase(int k, bool allowAdjectiveOutcome)
    {
        int m = k;
        int words = 0;
        while (m < _n)
        {
            ref readonly var token = ref _t[m];
            if (token.Kind == FigureTokenKind.Symbol)
            {
                if (IsJoinedHyphen(m))
                {
                    m++;
                    continue;
                }

                break;
            }

            // "19-year-old", "two-man", "152-mm": a compound adjective is one modifier, units and all.
            if (IsCompoundAdjective(m))
            {
                if (token.SpaceBefore && ++words > _maxModifiers)
                {
                    break;
                }

                m = CompoundEnd(m);
                continue;
            }

            if (token.Kind == FigureTokenKind.Number)
            {
                // Part of a name glued by a hyphen ("Su-34", "MQ-9") or a calibre ("152mm"): a
                // modifier. Any other number starts something else.
                bool inName = !token.SpaceBefore && m > 0 && IsJoinedHyphen(m - 1);
                bool calibre = (token.Shape & NumberShape.LetterSuffix) != 0 && token.Suffix is null;
                if ((!inName && !calibre) || (token.SpaceBefore && ++words > _maxModifiers))
                {
                    break;
                }

                m++;
                continue;
            }

            var word = token.Word;
            if (word is not null)
            {
                if (word.Items.Length > 0 && MatchItem(m, out var entry, out int end, out bool singular, out bool possessive))
                {
                    if ((entry.Form & ItemForm.NotItem) != 0)
                    {
                        return NounRead.Nothing(k);
                    }

                    bool modifier = possessive || StartsItem(end) || (singular && IsCompoundTail(end));
                    if (!modifier)
                    {
                        return ItemRead(k, m, end, entry, singular);
                    }

                    if (++words > _maxModifiers)
                    {
                        break;
                    }

                    m = end;
                    continue;
                }

                if ((word.Roles & WordRoles.Unit) != 0)
                {
                    return new NounRead(NounKind.Reject, m, ModifierCue: NoCue, PartitiveCue: NoCue);
                }

                if (word.Outcomes.Length > 0)
                {
                    // "14 wounded soldiers", "two destroyed tanks"
                    if (allowAdjectiveOutcome && MatchOutcome(m, OutcomePositions.Adjective, out var adjective, out int after))
                    {
                        var inner = ScanPhrase(after, allowAdjectiveOutcome: false);
                        if (inner.Kind == NounKind.Item)
                        {
                            var cue = inner.ModifierCue.End > inner.ModifierCue.Start ? inner.ModifierCue : FindModifierCue(k, m);
                            return inner with { Outcome = inner.Outcome ?? adjective, ModifierCue = cue };
                        }
                    }

                    break;
                }

                if ((word.Roles & (WordRoles.Stop | WordRoles.Auxiliary | WordRoles.TimeWord)) != 0 || word.Number is not null
                    || ((word.Roles & WordRoles.Month) != 0 && token.Capitalized))
                {
                    break;
                }
            }

            if (token.SpaceBefore && ++words > _maxModifiers)
            {
                break;
            }

            m++;
        }

        if (m == k)
        {
            // "12 dead", "30,000 deaths", "40 injured"; but "200 displaced families" counts families.
            if (MatchOutcome(k, OutcomePositions.Noun, out var noun, out int nounEnd)
                && (!noun.Allows(OutcomePositions.Inherits) || IsBareBoundary(nounEnd)))
            {
                return new NounRead(NounKind.NounOutcome, nounEnd, Outcome: noun, ModifierCue: NoCue, PartitiveCue: NoCue);
            }

            return IsBareBoundary(k) ? new NounRead(NounKind.Bare, k, ModifierCue: NoCue, PartitiveCue: NoCue) : NounRead.Nothing(k);
        }

        // "no Somali was killed", "12 Palestinians were killed": capitalised words alone.
        if (IsNameRun(k, m) && IsBareBoundary(m))
        {
            // "23 Somali and Yemeni pirates": two peoples joined, so no one owner.
            if ((IsWord(m, "and") || IsWord(m, "or")) && m + 1 < _n)
            {
                var second = CompoundEnd(m + 1);
                if (IsNameRun(m + 1, second))
                {
                    return new NounRead(NounKind.Demonym, second, ModifierCue: NoCue, PartitiveCue: NoCue);
                }
            }

            return new NounRead(NounKind.Demonym, m, ModifierCue: (k, m), PartitiveCue: NoCue);
        }

        return NounRead.Nothing(k);
    }

    /// <summary>The token after the glued compound that starts at <paramref name="i"/>.</summary>
    private int CompoundEnd(int i)
    {
        int j = i + 1;
        while (j < _n && !_t[j].SpaceBefore && (_t[j].Kind == FigureTokenKind.Word || IsJoinedHyphen(j) || (_t[j].Kind == FigureTokenKind.Number && IsJoinedHyphen(j - 1))))
        {
            j++;
        }

        return j;
    }

    private NounRead ItemRead(int k, int itemStart, int end, ItemEntry entry, bool singular)
    {
        // "47 civilian deaths", "12 soldier fatalities": the noun after the item says what happened.
        OutcomeEntry? own = null;
        if (MatchOutcome(end, OutcomePositions.Noun, out var noun, out int nounEnd) && !noun.Allows(OutcomePositions.Inherits))
        {
            own = noun;
            end = nounEnd;
        }

        var kind = (entry.Form & ItemForm.Anaphoric) != 0 ? NounKind.Anaphoric : NounKind.Item;
        return new NounRead(kind, end, entry, singular, own, FindModifierCue(k, itemStart), NoCue);
    }

    /// <summary>
    /// The longest item phrase at <paramref name="m"/>. An acronym with ’s ("UAV’s", "APC’s") is
    /// a plural; any other possessive ("soldier’s") is a modifier of the noun after it.
    /// </summary>
    private bool MatchItem(int m, out ItemEntry entry, out int end, out bool singular, out bool possessive)
    {
        foreach (var candidate in _t[m].Word!.Items)
        {
            end = MatchForward(m, candidate.Words);
            if (end < 0)
            {
                continue;
            }

            entry = candidate;
            singular = candidate.IsSingular;
            possessive = false;
            if (_t[end - 1].Possessive)
            {
                if (IsAcronymPlural(end - 1))
                {
                    singular = false;
                }
                else
                {
                    // A possessive needs its noun after it; "killed ‘over 200 terrorists’" ends
                    // in a closing quote that only looks like one.
                    possessive = end < _n && _t[end].Kind == FigureTokenKind.Word
                        && !_t[end].Has(WordRoles.Stop | WordRoles.Auxiliary) && _t[end].Word?.Outcomes.Length is null or 0;
                }
            }

            return true;
        }

        entry = null!;
        end = -1;
        singular = false;
        possessive = false;
        return false;
    }

    private bool StartsItem(int i) =>
        i < _n && _t[i].Kind == FigureTokenKind.Word && _t[i].Word is { Items.Length: > 0 }
        && MatchItem(i, out var entry, out _, out _, out _) && (entry.Form & ItemForm.NotItem) == 0;

    /// <summary>
    /// A plain lower-case word after a singular item, which makes the item a modifier of it:
    /// not a function word, outcome, unit, time or number word, and not a past form ("-ed"),
    /// which is more often the item's verb.
    /// </summary>
    private bool IsCompoundTail(int i)
    {
        if (i >= _n || _t[i].Kind != FigureTokenKind.Word || !_t[i].SpaceBefore || _t[i].Capitalized)
        {
            return false;
        }

        if (_t[i].Word is { } word
            && ((word.Roles & (WordRoles.Stop | WordRoles.Auxiliary | WordRoles.Unit | WordRoles.TimeWord)) != 0
                || word.Outcomes.Length > 0 || word.Number is not null))
        {
            return false;
        }

        var stem = _text.AsSpan(_t[i].Start, _t[i].StemLength);
        return !stem.EndsWith("ed", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Where a number with nothing after it may end: the sentence, punctuation, a function word,
    /// or an outcome that is not used as an adjective ("2,000 destroyed." but not "200
    /// displaced families", which counts families).
    /// </summary>
    private bool IsBareBoundary(int i)
    {
        if (i >= _n || _t[i].Kind == FigureTokenKind.Symbol)
        {
            return true;
        }

        if (_t[i].Kind != FigureTokenKind.Word || _t[i].Word is not { } word)
        {
            return false;
        }

        if ((word.Roles & (WordRoles.Stop | WordRoles.Auxiliary | WordRoles.TimeWord)) != 0)
        {
            return true;
        }

        return MatchOutcome(i, OutcomePositions.Before | OutcomePositions.After | OutcomePositions.Noun, out _, out int end)
            && !IsCompoundTail(end);
    }

    /// <summary>
    /// The first run of owner words among the modifiers in [<paramref name="from"/>,
    /// <paramref name="to"/>): capitalised words that are not function words or headline
    /// capitals ("Kenyan", "Soviet-era Osa"), or a lower-case side word ("enemy",
    /// "government"). Compounds holding digits ("MQ-9", "Su-34") are model names and break the run.
    /// </summary>
    private (int Start, int End) FindModifierCue(int from, int to)
    {
        var best = NoCue;
        int i = from;
        while (i < to)
        {
            int j = i + 1;
            while (j < to && !_t[j].SpaceBefore)
            {
                j++;
            }

            if (IsOwnerCompound(i, j, allowSideWord: true))
            {
                if (best.Start < 0)
                {
                    best = (i, j);
                }
                else if (best.End == i)
                {
                    best.End = j;
                }
            }
            else if (best.Start >= 0)
            {
                // "23 Somali and Yemeni pirates": owners joined by "and"/"or" name two parties,
                // so the count belongs to neither alone.
                if ((IsWord(i, "and") || IsWord(i, "or")) && j < to)
                {
                    var k = j + 1;
                    while (k < to && !_t[k].SpaceBefore)
                    {
                        k++;
                    }

                    if (IsOwnerCompound(j, k, allowSideWord: false))
                    {
                        return NoCue;
                    }
                }

                break;
            }

            i = j;
        }

        return best;
    }

    /// <summary>True when every word compound in [<paramref name="from"/>, <paramref name="to"/>) is a capitalised owner word.</summary>
    private bool IsNameRun(int from, int to)
    {
        int i = from;
        while (i < to)
        {
            int j = i + 1;
            while (j < to && !_t[j].SpaceBefore)
            {
                j++;
            }

            if (!IsOwnerCompound(i, j, allowSideWord: false))
            {
                return false;
            }

            i = j;
        }

        return true;
    }

    private bool IsOwnerCompound(int from, int to, bool allowSideWord)
    {
        ref readonly var first = ref _t[from];
        if (first.Kind != FigureTokenKind.Word)
        {
            return false;
        }

        bool owner = first.Capitalized
            ? !first.Has(WordRoles.Stop | WordRoles.NotOwner | WordRoles.Month | WordRoles.TimeWord)
            : allowSideWord && to == from + 1 && first.Has(WordRoles.SideWord);
        if (!owner)
        {
            return false;
        }

        for (int i = from; i < to; i++)
        {
            if (_t[i].Kind == FigureTokenKind.Number || (_t[i].Kind == FigureTokenKind.Word && HasDigits(i)))
            {
                return false;
            }
        }

        return true;
    }

    private bool HasDigits(int i)
    {
        foreach (char c in _text.AsSpan(_t[i].Start, _t[i].StemLength))
        {
            if (char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"UAV’s", "APC’s": an upper-case acronym with ’s, which news writing uses as a plural.</summary>
    private bool IsAcronymPlural(int i)
    {
        var stem = _text.AsSpan(_t[i].Start, _t[i].StemLength);
        if (!_t[i].Possessive || stem.Length < 2)
        {
            return false;
        }

        foreach (char c in stem)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private bool MatchOutcome(int i, OutcomePositions positions, out OutcomeEntry entry, out int end)
    {
        if (i < _n && _t[i].Kind == FigureTokenKind.Word && _t[i].Word is { Outcomes.Length: > 0 } word)
        {
            foreach (var candidate in word.Outcomes)
            {
                if (!candidate.Allows(positions))
                {
                    continue;
                }

                end = MatchForward(i, candidate.Words);
                if (end > 0)
                {
                    entry = candidate;
                    return true;
                }
            }
        }

        entry = null!;
        end = -1;
        return false;
    }
}
