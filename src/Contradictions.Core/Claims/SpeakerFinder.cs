namespace Contradictions.Claims;

/// <summary>
/// Finds who a sentence cites: the subject of a reporting verb ("the ministry said", "said
/// the ministry", "X accused Y of …"), "according to X", or the main subject before a
/// reporting participle ("X called for help, saying …"). Verbs inside quotation marks are
/// the quoted person's words, not the attribution, and are skipped.
/// </summary>
internal static class SpeakerFinder
{
    // How far back from a reporting verb its subject may start. Titles make subjects long
    // ("The press secretary of the X Ministry of Defense Amina Osman" is 11 words).
    private const int MaxSubjectTokens = 14;

    public static SpeakerCue? Find(SentenceView view)
    {
        SpeakerCue? fallback = null;
        for (var i = 0; i < view.Count; i++)
        {
            if (view.InQuote[i])
            {
                continue;
            }

            SpeakerCue? cue = null;
            if (view.Is(i, "according") && view.Is(i + 1, "to"))
            {
                cue = Phrase(view, i + 2, Forward(view, i + 2), SpeakerSource.AccordingTo, i);
            }
            else if (ClaimWords.ParticipleVerbs.Contains(view.Lower[i]) && view.IsPunct(i - 1, ','))
            {
                cue = MainSubject(view, i);
            }
            else if (IsReportingVerb(view, i))
            {
                cue = view.Is(i + 1, "by") ? Phrase(view, i + 2, Forward(view, i + 2), SpeakerSource.ReportingVerb, i) : Subject(view, i);
            }

            if (cue is null)
            {
                continue;
            }

            // A phrase that names a party is the speaker; a name or a bare pronoun is kept
            // only if nothing better comes later in the sentence.
            if (cue.Strength == 2)
            {
                return cue;
            }

            if (fallback is null || cue.Strength > fallback.Strength)
            {
                fallback = cue;
            }
        }

        return fallback;
    }

    /// <summary>
    /// A reporting verb in use: lower case (so "the United States" holds no "states"), not a
    /// noun ("there are not reports"), and "continued" only as an aside ("he continued, …").
    /// </summary>
    private static bool IsReportingVerb(SentenceView view, int i)
    {
        if (!view.Tokens[i].IsWord || (i > 0 && view.Tokens[i].IsCapitalized(view.Text)))
        {
            return false;
        }

        var word = view.Lower[i];
        if (word == "continued")
        {
            return view.IsPunct(i + 1, ',') || view.IsQuoteMark(i + 1);
        }

        // "officials put the toll at eight": a count given is a count reported.
        if (word is "put" or "puts" or "putting")
        {
            for (var k = i + 1; k < view.Count && k - i <= 4; k++)
            {
                if (view.Lower[k] is "toll" or "figure" or "number" or "count" or "tally")
                {
                    return true;
                }
            }

            return false;
        }

        if (!ClaimWords.ReportingVerbs.Contains(word))
        {
            return false;
        }

        return !ClaimWords.NounLikeVerbs.Contains(word) || (i > 0 && !ClaimWords.NounMarkers.Contains(view.Lower[i - 1]));
    }

    private static SpeakerCue? Subject(SentenceView view, int verb)
    {
        // Inverted: "…,” said the ministry." / "…,” denounced the military institution."
        if (verb > 0 && (view.IsQuoteMark(verb - 1) || (view.IsPunct(verb - 1, ',') && view.IsQuoteMark(verb - 2))))
        {
            return Phrase(view, verb + 1, Forward(view, verb + 1), SpeakerSource.ReportingVerb, verb);
        }

        var start = verb;
        var limit = Math.Max(0, verb - MaxSubjectTokens);
        while (start > limit)
        {
            var j = start - 1;

            // "The Rapid Support Forces (RSF) said": an acronym in brackets belongs to the subject.
            if (j >= 2 && view.IsPunct(j, ')') && view.IsPunct(j - 2, '(') && view.IsAcronym(j - 1))
            {
                start = j - 2;
                continue;
            }

            // "The health ministry in Gaza, which is run by Hamas, said": the relative clause
            // between commas describes the subject before it.
            if ((view.Is(j, "which") || view.Is(j, "who")) && view.IsPunct(j - 1, ',') && view.IsPunct(verb - 1, ',') && j - 1 > limit)
            {
                start = j - 1;
                continue;
            }

            if (view.InQuote[j] || view.IsClauseBreak(j) || view.Is(j, "that") || view.Is(j, "who") || view.Is(j, "which")
                || (view.Is(j, "claim") && view.Is(j - 1, "a"))
                || (view.Tokens[j].IsWord && ClaimWords.ReportingVerbs.Contains(view.Lower[j])))
            {
                break;
            }

            start = j;
        }

        // Skip auxiliaries and adverbs between subject and verb ("has also accused", "on Sunday said").
        var end = verb;
        while (end > start && (view.Is(end - 1, "has") || view.Is(end - 1, "have") || view.Is(end - 1, "had")
            || view.Is(end - 1, "also") || view.Is(end - 1, "immediately") || view.Is(end - 1, "was") || view.Is(end - 1, "were")))
        {
            end--;
        }

        // "X accused Y of … and said …", "X declined to … and denied …": a verb joined to an
        // earlier one shares its subject, the words that open the clause; the words before
        // "and" are the earlier verb's object, not a speaker.
        if (end > 0 && (view.Is(end - 1, "and") || view.Is(end - 1, "but")))
        {
            return ClauseSubject(view, verb);
        }

        // "was accused of": the subject is the accused, not a speaker.
        if (view.Is(verb - 1, "was") || view.Is(verb - 1, "were") || view.Is(verb - 1, "been") || view.Is(verb - 1, "being"))
        {
            return null;
        }

        // "…, which Y denied" / "…, a claim Y rejected": Y answers the clause before; the
        // sentence's own speaker is elsewhere (that clause is read on its own).
        if (ClaimWords.AnswerVerbs.Contains(view.Lower[verb])
            && ((view.Is(start - 1, "which") && view.IsPunct(start - 2, ',')) || (view.Is(start - 1, "claim") && view.Is(start - 2, "a") && view.IsPunct(start - 3, ','))))
        {
            return null;
        }

        start = SubjectStart(view, start, end);
        return end > start ? Phrase(view, start, end, SpeakerSource.ReportingVerb, verb) : null;
    }

    /// <summary>
    /// The subject that opens the clause of <paramref name="verb"/>: its first words up to the
    /// first verb ("Zhao declined …", "President X accused …"), or null when none is found.
    /// </summary>
    private static SpeakerCue? ClauseSubject(SentenceView view, int verb)
    {
        var start = verb;
        while (start > 0 && !view.IsClauseBreak(start - 1) && !view.InQuote[start - 1])
        {
            start--;
        }

        for (var k = start + 1; k < verb && k - start <= MaxSubjectTokens; k++)
        {
            var word = view.Lower[k];
            if (view.Tokens[k].Kind == WordTokenKind.Word && !view.Tokens[k].IsCapitalized(view.Text)
                && (ClaimWords.ReportingVerbs.Contains(word) || word.EndsWith("ed", StringComparison.Ordinal)
                    || word is "has" or "had" or "have" or "was" or "were" or "is" or "will" or "would"))
            {
                var first = SubjectStart(view, start, k);
                return k > first ? Phrase(view, first, k, SpeakerSource.ReportingVerb, verb) : null;
            }
        }

        return null;
    }

    private static SpeakerCue? MainSubject(SentenceView view, int participle)
    {
        for (var i = 0; i < participle; i++)
        {
            if (view.PartyAt[i] is { } party)
            {
                var end = i + 1;
                while (end < participle && view.PartyAt[end] == party)
                {
                    end++;
                }

                return new SpeakerCue(Slice(view, i, end), party.Party, SpeakerSource.ReportingVerb, true, participle);
            }
        }

        return null;
    }

    /// <summary>The end of a phrase that starts at <paramref name="from"/>: the next comma, clause break or quote.</summary>
    private static int Forward(SentenceView view, int from)
    {
        var end = from;
        while (end < view.Count && end - from < MaxSubjectTokens && !view.IsPunct(end, ',') && !view.IsPunct(end, '.')
            && !view.IsClauseBreak(end) && !view.IsQuoteMark(end) && !view.Is(end, "that") && !view.Is(end, "on") && !view.Is(end, "in"))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// Where the subject really starts inside the stretch before its verb. After a comma the
    /// subject is what follows the last comma ("In a border battle last week, X said" → X),
    /// unless the verb directly follows a comma, which closes an apposition ("X, an adviser to
    /// Y, said" keeps it all); "with X claiming" starts after "with"; an opening adverbial
    /// ("In turn, …", "At the beginning of this month, …") is dropped.
    /// </summary>
    private static int SubjectStart(SentenceView view, int start, int end)
    {
        var lastComma = -1;
        for (var k = start; k < end; k++)
        {
            if (view.IsPunct(k, ','))
            {
                lastComma = k;
            }
        }

        if (lastComma >= 0 && lastComma < end - 1)
        {
            start = lastComma + 1;
        }
        else if (lastComma == end - 1)
        {
            // Apposition: drop leading adverbial segments only.
            while (true)
            {
                var comma = -1;
                for (var k = start; k < end - 1; k++)
                {
                    if (view.IsPunct(k, ','))
                    {
                        comma = k;
                        break;
                    }
                }

                if (comma < 0 || !ClaimWords.AdverbialOpeners.Contains(view.Lower[start]))
                {
                    break;
                }

                start = comma + 1;
            }
        }

        if (view.Is(start, "with") || view.Is(start, "and") || view.Is(start, "but"))
        {
            start++;
        }

        return start;
    }

    private static bool IsTimeWord(string word) =>
        word is "local" or "time" or "am" or "pm" or "morning" or "evening" or "night" or "today" or "yesterday" or "sunday" or "monday"
            or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday";

    private static SpeakerCue? Phrase(SentenceView view, int start, int end, SpeakerSource source, int verb)
    {
        if (end <= start)
        {
            return null;
        }

        string? party = null;
        var named = false;
        var mutual = false;
        for (var i = start; i < end; i++)
        {
            if (view.PartyAt[i] is { } mention)
            {
                if (party is not null && party != mention.Party && AfterPossessive(view, i))
                {
                    // "Yemen's Houthi rebels said": the group the country's name qualifies speaks.
                    party = mention.Party;
                }
                else
                {
                    // "Both X and Y said": no one party speaks.
                    mutual |= party is not null && party != mention.Party;
                    party ??= mention.Party;
                }

                named = true;
            }
            else if (view.Tokens[i].IsCapitalized(view.Text) && !ClaimWords.InstitutionWords.Contains(view.Lower[i])
                && (i > start || end - start == 1))
            {
                // A capitalized word that is not a title or an institution word: a name.
                named = true;
            }
        }

        if (mutual)
        {
            party = null;
        }

        if (ClaimWords.Pronouns.Contains(view.Lower[start]) && end - start == 1)
        {
            named = false;
        }

        return new SpeakerCue(Slice(view, start, end), party, source, named, verb) { Mutual = mutual };
    }

    /// <summary>True when token <paramref name="i"/> follows a possessive ending ("Yemen's Houthi").</summary>
    private static bool AfterPossessive(SentenceView view, int i)
    {
        var before = view.Text.AsSpan(0, view.Tokens[i].Start).TrimEnd();
        return before.EndsWith("'s", StringComparison.Ordinal) || before.EndsWith("’s", StringComparison.Ordinal);
    }

    public static string Slice(SentenceView view, int start, int end)
    {
        var from = view.Tokens[start].Start;
        var to = view.Tokens[end - 1].End;
        return view.Text[from..to];
    }
}
