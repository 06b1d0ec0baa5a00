namespace Contradictions.Claims;

/// <summary>
/// The clause around a figure: lists of counts, the verb before them, the participle and owner
/// after them, and the resolution of each figure's outcome and owner from all of these.
/// </summary>
internal sealed partial class FigureScan
{
    /// <summary>
    /// How many determiners may stand between a count and the verb that governs it ("killing
    /// all the 12", "lost only its 3"); more and the verb is someone else's.
    /// </summary>
    private const int MaxDeterminersBeforeCount = 3;

    /// <summary>
    /// Words allowed between a counted noun and its participle ("have also reportedly been
    /// killed" skips four); beyond that the participle belongs to another clause.
    /// </summary>
    private const int MaxAuxiliaries = 5;

    /// <summary>
    /// The longest aside skipped between a counted noun and its participle, in tokens: enough
    /// for "most of them civilians" or "the ministry said", too short to cross into another clause.
    /// </summary>
    private const int MaxAsideTokens = 8;

    /// <summary>
    /// How far back a bare number may look for "toll": "the death toll from the earthquake in
    /// western Nepal has risen to 157" needs ten.
    /// </summary>
    private const int TollReach = 12;

    /// <summary>What a toll counts.</summary>
    private static readonly OutcomeEntry TollOutcome = new(["toll"], OutcomeKind.Killed, OutcomePositions.Before);

    /// <summary>For each candidate: an owner right after it ("of Pakistan") and a participle right after that ("13 UAVs downed").</summary>
    private void ReadTails()
    {
        foreach (var candidate in _candidates)
        {
            int k = candidate.End;
            if (ReadPostOwner(k, out var cue, out int after))
            {
                candidate.PostCue = cue;
                k = after;
            }

            if (MatchOutcome(k, OutcomePositions.After, out var adjacent, out int adjacentEnd))
            {
                candidate.Adjacent = adjacent;
                k = adjacentEnd;
            }

            candidate.Tail = k;
        }
    }

    /// <summary>
    /// Groups candidates joined by a list separator and reads, for each list, the verb before
    /// its first member and the owner and participle after its last (counted or not).
    /// </summary>
    private void BuildLists()
    {
        FigureList? list = null;
        for (int i = 0; i < _candidates.Count; i++)
        {
            var candidate = _candidates[i];
            int entry = candidate.PossessiveCue.Start >= 0 ? candidate.PossessiveCue.Start : candidate.Start;
            if (list is null || SeparatorEnd(_candidates[i - 1].Tail) != entry)
            {
                if (list is not null)
                {
                    FinishList(list);
                }

                list = new FigureList { Possessive = candidate.PossessiveCue };
                ReadBefore(list, entry);
            }

            candidate.List = list;
            list.Last = candidate;

            // "27 people, including 9 children": the children are part of the people, so a later
            // "others" or bare number does not continue from them.
            // "50 people were killed, including five children, and 98 were wounded": a part named
            // after a finished count shares what happened to it.
            var afterFinished = i > 0 && candidate.List != _candidates[i - 1].List
                && (_candidates[i - 1].List.After is not null || _candidates[i - 1].Adjacent is not null);
            candidate.IsSubset = i > 0 && PrecededByIncluding(entry) && (candidate.List == _candidates[i - 1].List || afterFinished);
            if (candidate.IsSubset && afterFinished)
            {
                candidate.Whole = _candidates[i - 1];
            }
        }

        FinishList(list!);
    }

    /// <summary>
    /// The outcome phrase right before a list ("killing", "the death of", "claimed the lives of",
    /// "lost"), skipping determiners. For "lost" the subject before it owns the list.
    /// </summary>
    private void ReadBefore(FigureList list, int entry)
    {
        int p = entry - 1;
        int skipped = 0;

        // A quotation may open between the verb and the count: killed ‘over 200 fighters’.
        if (p >= 0 && _t[p].Kind == FigureTokenKind.Symbol && _text[_t[p].Start] is '"' or '“' or '\'' or '‘')
        {
            p--;
        }

        while (p >= 0 && _t[p].Kind == FigureTokenKind.Word && _t[p].Word is { } word)
        {
            foreach (var outcome in word.OutcomesEndingHere)
            {
                if (!outcome.Allows(OutcomePositions.Before))
                {
                    continue;
                }

                int start = MatchBackward(p, outcome.Words);
                if (start >= 0)
                {
                    list.Before = outcome;
                    if (outcome.Allows(OutcomePositions.LossVerb))
                    {
                        list.LossSubject = ReadSubject(start - 1);
                    }

                    return;
                }
            }

            if ((word.Roles & WordRoles.Determiner) == 0 || ++skipped > MaxDeterminersBeforeCount)
            {
                return;
            }

            p--;
        }
    }

    private bool PrecededByIncluding(int entry) => IsWord(entry - 1, "including");

    private void FinishList(FigureList list)
    {
        var last = list.Last;
        int k = last.Tail;

        // Members after the last figure that are no figures themselves but share its verb:
        // "…, as well as tanks and armoured vehicles belonging to…" (items without a number),
        // "1,000 homes, 40 schools and three hospitals were destroyed" (counts outside the vocabulary).
        var counted = last;
        while (true)
        {
            int member = SeparatorEnd(k);
            if (member < 0)
            {
                break;
            }

            if (counted is not null && ImpliedSingle(counted, k, member) is { } implied)
            {
                implied.List = list;
                _implied.Add(implied);
                counted = implied;
                k = implied.End;
                list.HasUncountedTail = true;
                continue;
            }

            counted = null;
            int end = MemberEnd(member);
            if (end < 0)
            {
                break;
            }

            k = end;
            list.HasUncountedTail = true;
        }

        if (list.HasUncountedTail)
        {
            if (ReadPostOwner(k, out var cue, out int after))
            {
                list.PostCue = cue;
                k = after;
            }
        }
        else
        {
            list.PostCue = last.PostCue;
        }

        list.After = !list.HasUncountedTail && last.Adjacent is not null ? last.Adjacent : ReadAfterOutcome(k);
    }

    /// <summary>
    /// "a Somali woman and child": after a count of one made by "a", a singular item joined by
    /// "and" shares the article and its modifiers, so it is one more count of one. Null otherwise.
    /// </summary>
    private FigureCandidate? ImpliedSingle(FigureCandidate counted, int separator, int member)
    {
        if (counted.Form != NumberForm.Article || !IsWord(separator, "and") || member != separator + 1)
        {
            return null;
        }

        var noun = ScanPhrase(member, allowAdjectiveOutcome: false);
        if (noun.Kind != NounKind.Item || !noun.Singular)
        {
            return null;
        }

        if (noun.ModifierCue.End <= noun.ModifierCue.Start)
        {
            noun = noun with { ModifierCue = counted.Noun.ModifierCue };
        }

        return new FigureCandidate
        {
            Start = member,
            End = noun.End,
            Tail = noun.End,
            Form = NumberForm.Article,
            Noun = noun,
            Value = counted.Value,
        };
    }

    /// <summary>
    /// The end of a list member that is not a figure, starting at <paramref name="k"/>: an
    /// item of the vocabulary, or a number followed by plain words; -1 if there is none.
    /// </summary>
    private int MemberEnd(int k)
    {
        int s = k;
        bool counted = ReadNumber(k, out var number) && number.Form is NumberForm.Count or NumberForm.Vague or NumberForm.Range;
        if (counted)
        {
            s = number.End;
        }

        var noun = ScanPhrase(s, allowAdjectiveOutcome: false);
        if (noun.Kind == NounKind.Item)
        {
            return noun.End;
        }

        if (!counted)
        {
            return -1;
        }

        int q = s;
        while (q < _n && q - s <= _maxModifiers && _t[q].Kind == FigureTokenKind.Word && IsCompoundTail(q))
        {
            q++;
        }

        return q > s ? q : -1;
    }

    /// <summary>
    /// The end of a list separator starting at <paramref name="k"/> (",", "and", ", and",
    /// "plus", "including", "as well as", "along with", "&amp;"), or -1.
    /// </summary>
    private int SeparatorEnd(int k)
    {
        int j = k;
        bool any = false;
        if (IsSymbol(j, ','))
        {
            j++;
            any = true;
        }
        else if (IsSymbol(j, '(') && IsWord(j + 1, "including"))
        {
            // "12 people (including 3 children)"
            return j + 2;
        }

        if (IsWord(j, "as") && IsWord(j + 1, "well") && IsWord(j + 2, "as"))
        {
            return j + 3;
        }

        if (IsWord(j, "along") && IsWord(j + 1, "with"))
        {
            return j + 2;
        }

        if (Has(j, WordRoles.ListWord) || IsSymbol(j, '&'))
        {
            return j + 1;
        }

        return any ? j : -1;
    }

    /// <summary>True when the word at <paramref name="k"/> is an object of the verb before it, not a preposition or conjunction.</summary>
    private bool HasOwnObject(int k) =>
        k < _n && _t[k].Kind == FigureTokenKind.Word && !NotObjects.Contains(_text.Substring(_t[k].Start, _t[k].Length).ToLowerInvariant());

    // Words after "lost" that begin no object of it: "were lost in the attack", "lost to enemy fire".
    private static readonly System.Collections.Frozen.FrozenSet<string> NotObjects = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        "in", "on", "at", "during", "to", "when", "after", "while", "as", "since", "and", "or", "but", "near", "from", "with", "by", "over",
        "overnight", "today", "yesterday", "there", "here", "forever");

    /// <summary>
    /// A participle after a counted noun, across auxiliaries ("have been destroyed", "are
    /// feared dead", "remain unaccounted for"), and across the comma that closes a
    /// parenthesis ("27 people, including 9 children, were killed").
    /// </summary>
    private OutcomeEntry? ReadAfterOutcome(int k)
    {
        for (int skipped = 0; k < _n && skipped <= MaxAuxiliaries; skipped++)
        {
            if (MatchOutcome(k, OutcomePositions.After, out var outcome, out int outcomeEnd))
            {
                // "16,000 people had lost access to water": "lost" with an object of its own says
                // what the counted lost, not that they were lost.
                return outcome.Kind == OutcomeKind.Lost && HasOwnObject(outcomeEnd) ? null : outcome;
            }

            if (skipped == 0 && IsSymbol(k, ')'))
            {
                // "12 people (including 3 children) were killed"
                k++;
                continue;
            }

            if (skipped == 0 && IsSymbol(k, ','))
            {
                k = Has(k + 1, WordRoles.Auxiliary) ? k + 1 : AfterAside(k);
                if (k < 0)
                {
                    return null;
                }

                continue;
            }

            // had been ‘neutralised’
            bool quote = _t[k].Kind == FigureTokenKind.Symbol && _text[_t[k].Start] is '\'' or '‘' or '"' or '“';
            if (!quote && !Has(k, WordRoles.Auxiliary))
            {
                return null;
            }

            k++;
        }

        return null;
    }

    /// <summary>
    /// The token after a short aside between commas that is followed by an auxiliary or a
    /// participle ("1,000 people, most of them civilians, have been killed"; "5 people, the
    /// ministry said, were killed"), or -1.
    /// </summary>
    private int AfterAside(int comma)
    {
        for (int q = comma + 1; q < _n && q <= comma + MaxAsideTokens; q++)
        {
            if (_t[q].Kind != FigureTokenKind.Symbol)
            {
                continue;
            }

            if (IsSymbol(q, ',') && (Has(q + 1, WordRoles.Auxiliary) || MatchOutcome(q + 1, OutcomePositions.After, out _, out _)))
            {
                return q + 1;
            }

            return -1;
        }

        return -1;
    }

    /// <summary>An owner after the item: "of Pakistan", "of the enemy", "belonging to the Myanmar military", "owned by …".</summary>
    private bool ReadPostOwner(int k, out (int Start, int End) cue, out int after)
    {
        int from = -1;
        if (Has(k, WordRoles.Of))
        {
            from = k + 1;
        }
        else if ((IsWord(k, "belonging") && IsWord(k + 1, "to")) || (IsWord(k, "owned") && IsWord(k + 1, "by")))
        {
            from = k + 2;
        }

        int end = from < 0 ? -1 : ReadCueForward(from);
        cue = end < 0 ? NoCue : (k, end);
        after = end;
        return end >= 0;
    }

    /// <summary>
    /// An owner phrase read forward: optional "the", capitalised words, then up to two
    /// lower-case heads ("the Kenyan armed forces"); or a side word alone ("the enemy").
    /// Returns the token after it, or -1.
    /// </summary>
    private int ReadCueForward(int k)
    {
        int q = IsWord(k, "the") ? k + 1 : k;
        bool named = false;
        while (q < _n)
        {
            if (IsNameWord(q))
            {
                named = true;
                q++;
            }
            else if (named && IsJoinedHyphen(q))
            {
                q++;
            }
            else
            {
                break;
            }
        }

        int heads = 0;
        while (q < _n && heads < 2 && _t[q].Kind == FigureTokenKind.Word && !_t[q].Capitalized && _t[q].Has(WordRoles.InstitutionHead))
        {
            q++;
            heads++;
        }

        if (named)
        {
            return q;
        }

        if (heads == 0 && q < _n && _t[q].Kind == FigureTokenKind.Word && !_t[q].Capitalized && _t[q].Has(WordRoles.SideWord))
        {
            return q + 1;
        }

        return heads > 0 && _t[q - 1].Has(WordRoles.SideWord) ? q : -1;
    }

    /// <summary>The possessive right before a figure: "India's 12 …", "the Somali army's 5 …", "its 21 …".</summary>
    private (int Start, int End) ReadPossessiveBefore(int start)
    {
        int p = start - 1;
        if (p < 0 || _t[p].Kind != FigureTokenKind.Word)
        {
            return NoCue;
        }

        if (_t[p].Has(WordRoles.OwnerDeterminer))
        {
            return (p, p + 1);
        }

        return _t[p].Possessive && !_t[p].Has(WordRoles.TimePossessive) && !IsAcronymPlural(p) ? ReadCueBackward(p, possessive: true) : NoCue;
    }

    /// <summary>The subject of "lost": "Russia, which lost", "the Wagner Group who lost", "the Fano militia lost".</summary>
    private (int Start, int End) ReadSubject(int p)
    {
        for (int skipped = 0; p >= 0 && skipped < 4 && (IsSymbol(p, ',') || Has(p, WordRoles.SubjectSkip)); skipped++)
        {
            p--;
        }

        // "India said it had lost no aircraft": the pronoun stands for a party named before it.
        if (p >= 0 && (IsWord(p, "it") || IsWord(p, "they") || IsWord(p, "we")))
        {
            return (p, p + 1);
        }

        return p < 0 ? NoCue : ReadCueBackward(p, possessive: false);
    }

    /// <summary>
    /// An owner phrase read backwards from token <paramref name="p"/>: the possessive word
    /// itself, or up to two lower-case heads ("armed forces"), then capitalised words, stopping
    /// at function words even when a sentence capitalises them. A lone side word ("the enemy
    /// lost") also counts.
    /// </summary>
    private (int Start, int End) ReadCueBackward(int p, bool possessive)
    {
        int end = p + 1;
        int q = p;
        bool named = possessive;
        if (possessive)
        {
            q--;
        }
        else
        {
            for (int heads = 0; q >= 0 && heads < 2 && _t[q].Kind == FigureTokenKind.Word && !_t[q].Capitalized
                && _t[q].Has(WordRoles.InstitutionHead); heads++)
            {
                q--;
            }
        }

        while (q >= 0)
        {
            if (IsNameWord(q))
            {
                named = true;
                q--;
            }
            else if (IsJoinedHyphen(q) && _t[q - 1].Kind == FigureTokenKind.Word)
            {
                q--;
            }
            else if (named && _t[q].Kind == FigureTokenKind.Number && _t[q].Suffix is { Kind: NumberWordKind.Ordinal })
            {
                // "the 2nd Battalion lost"
                q--;
            }
            else
            {
                break;
            }
        }

        int start = q + 1;
        while (start < end && _t[start].Kind == FigureTokenKind.Symbol)
        {
            start++;
        }

        if (named)
        {
            return (start, end);
        }

        return _t[p].Kind == FigureTokenKind.Word && !_t[p].Capitalized && _t[p].Has(WordRoles.SideWord) ? (p, p + 1) : NoCue;
    }

    /// <summary>A capitalised word that can be part of a name: not a function word, month or time word, no digits.</summary>
    private bool IsNameWord(int i) =>
        _t[i].Kind == FigureTokenKind.Word && _t[i].Capitalized && !_t[i].Possessive
        && !_t[i].Has(WordRoles.Stop | WordRoles.Month | WordRoles.TimeWord) && !HasDigits(i);

    /// <summary>
    /// The outcome of a figure, first that fits its item: what its own words say ("14 wounded
    /// soldiers", "12 dead"), a participle right after it, then for the last member of a list
    /// the participle after the list, then the verb before the list, then the participle after
    /// the list, and last "toll" for people ("the death toll has risen to 157"). The whole of a
    /// share ("most of the 40 passengers died") keeps only what its own words say.
    /// </summary>
    private string? ResolveOutcome(FigureCandidate candidate)
    {
        if (candidate.IsWhole)
        {
            // "most of the 40 passengers died": the verb is the share's. A participle right after
            // the noun still describes the whole ("one of 14 soldiers killed in the ambush").
            return Fit(candidate.Noun.Outcome, candidate.Category)
                ?? (candidate.Adjacent is { } participle && participle.Allows(OutcomePositions.Before) ? Fit(participle, candidate.Category) : null);
        }

        if (candidate.Whole is { } whole)
        {
            return Fit(candidate.Noun.Outcome, candidate.Category) ?? Fit(candidate.Adjacent, candidate.Category) ?? ResolveOutcome(whole);
        }

        var list = candidate.List;
        bool last = list.Last == candidate && !list.HasUncountedTail;
        return Fit(candidate.Noun.Outcome, candidate.Category)
            ?? Fit(candidate.Adjacent, candidate.Category)
            ?? (last ? Fit(list.After, candidate.Category) : null)
            ?? Fit(list.Before, candidate.Category)
            ?? Fit(list.After, candidate.Category)
            ?? Fit(TallyOutcome(candidate.Start), candidate.Category);
    }

    /// <summary>
    /// The outcome an item can have: people are killed, wounded, displaced; equipment and
    /// buildings destroyed; people and equipment captured, missing, deployed. "lost" is killed
    /// for people, destroyed for things. A phrase that does not fit is passed over.
    /// </summary>
    private static string? Fit(OutcomeEntry? outcome, ItemCategory category)
    {
        if (outcome is null)
        {
            return null;
        }

        bool person = category == ItemCategory.Person;
        return outcome.Kind switch
        {
            OutcomeKind.Killed => person ? "killed" : null,
            OutcomeKind.Wounded => person ? "wounded" : null,
            OutcomeKind.Displaced => person ? "displaced" : null,
            OutcomeKind.Destroyed => person ? null : "destroyed",
            OutcomeKind.Captured => category == ItemCategory.Structure ? null : "captured",
            OutcomeKind.Missing => category == ItemCategory.Structure ? null : "missing",
            OutcomeKind.Deployed => category == ItemCategory.Structure ? null : "deployed",
            OutcomeKind.Lost => person ? "killed" : "destroyed",
            _ => null,
        };
    }

    /// <summary>
    /// The outcome of a tally a number is given for: "the death toll has risen to 157", "a toll
    /// of 57" (killed); "put the number of dead at 1,400", "the number of injured rose to 30"
    /// (the outcome named after "number of"), "the number of people killed rose to 15" (the
    /// participle after the counted noun). Null when there is none.
    /// </summary>
    private OutcomeEntry? TallyOutcome(int start)
    {
        int p = start - 1;
        if (!Has(p, WordRoles.TollLead))
        {
            return null;
        }

        for (int q = p - 1; q >= 0 && q >= p - TollReach; q--)
        {
            if (_t[q].Kind == FigureTokenKind.Symbol && _text[_t[q].Start] is ';' or ':' or '(' or ')' or '.')
            {
                return null;
            }

            if (Has(q, WordRoles.Toll))
            {
                return TollOutcome;
            }

            if (q >= 2 && Has(q - 1, WordRoles.Of) && (IsWord(q - 2, "number") || IsWord(q - 2, "tally") || IsWord(q - 2, "count"))
                && MatchOutcome(q, OutcomePositions.Noun, out var named, out _))
            {
                return named;
            }

            // "the number of people killed in Thailand had risen to 15": the participle after the counted noun.
            if (q >= 2 && Has(q - 1, WordRoles.Of) && (IsWord(q - 2, "number") || IsWord(q - 2, "tally") || IsWord(q - 2, "count"))
                && MatchOutcome(q + 1, OutcomePositions.After, out var participle, out _))
            {
                return participle;
            }
        }

        return null;
    }

    /// <summary>
    /// Whose the counted things are, most specific first: a possessive before the number, "of
    /// its", "of X" after the item, the subject of "lost", a possessive before the list, an
    /// owner after the list, and last a capitalised word among the modifiers.
    /// </summary>
    private string? ResolveOwner(FigureCandidate candidate)
    {
        var list = candidate.List;
        (int Start, int End)[] cues =
        [
            candidate.PossessiveCue, candidate.Noun.PartitiveCue, candidate.PostCue, list.LossSubject,
            list.Possessive, list.PostCue, candidate.Noun.ModifierCue,
        ];
        foreach (var cue in cues)
        {
            if (cue.End > cue.Start && cue.Start >= 0)
            {
                return Slice(cue);
            }
        }

        return null;
    }
}
