using System.Collections.Immutable;
using Contradictions.Sentences;

namespace Contradictions.Claims;

/// <summary>
/// Finds the places a sentence names: capitalised names that a spatial cue marks as places.
/// Nothing is known about any particular country or region; the cues do all the work.
/// </summary>
/// <remarks>
/// <para>
/// A name is a run of capitalised words, with hyphened parts ("X-Y",
/// "X-au-Y"), lower-case particles ("X de Y", "X ez-Y") and "of" between capitalised words
/// ("Strait of X"). It is a place when it stands after a spatial
/// preposition ("in X", "near X", "outside of X", "in northern X", "in rebel-held X"),
/// after a place noun and "of" ("the village of X", "the directions of X, Y and Z", "the siege
/// of X", "20 km north of X"), before a place noun ("the X district", "the X and Y
/// directions", "X's capital", "X's northern districts"), after "the capital" ("the capital,
/// X"), or when it ends in a capitalised place noun ("the X Valley", "X Region").
/// Administrative nouns (district, region, province, oblast, …) are left out of the name;
/// others are part of it ("X City").
/// </para>
/// <para>
/// A list after a cue gives every name in it when the cue is a plural place noun ("the
/// border regions of A, B, and C"), or when the list ends with "and"/"or" and the cue is not
/// the sentence's opening words: in "In X, Ana and Ben met" only X is a
/// place. Mid-sentence, "in X, Y," also gives Y, the larger place X lies in.
/// </para>
/// <para>
/// Never places: names that overlap an excluded span (parties, passed by the caller); names
/// holding an institution head word ("the European Union", "the UN Security Council") unless
/// they end in a place noun; names starting with an acronym ("the UN compound"); titles
/// ("President …"), months, weekdays, holidays, languages and ethnic or religious groups;
/// adjective compounds ("Western-backed"); a possessive name not followed by a place noun
/// ("in Ana's speech"); a single sentence-initial word before a place noun, which is
/// capitalised whatever it is; and anything in a headline written in title case, where every
/// word is capitalised and no name can be told apart.
/// </para>
/// <para>
/// Without a cue in the sentence nothing is reported, even a name every reader knows to be a
/// place ("Shelling hit X"): the finder has no gazetteer, by design.
/// </para>
/// <para>An instance holds no state and may be shared between threads.</para>
/// </remarks>
public sealed class PlaceFinder
{
    /// <summary>
    /// A sentence with at least this many long words, none of them in lower case, is a
    /// title-case headline ("At Least 4 Soldiers Killed In Resumed Border Clashes").
    /// </summary>
    private const int TitleCaseMinWords = 4;

    [ThreadStatic]
    private static ClaimToken[]? t_tokens;

    [ThreadStatic]
    private static PlaceWord[]? t_words;

    [ThreadStatic]
    private static List<Run>? t_runs;

    [Flags]
    private enum RunFlags : byte
    {
        None = 0,

        /// <summary>Overlaps a span the caller excluded (a party).</summary>
        Excluded = 1,

        /// <summary>Holds an institution head word.</summary>
        Institution = 2,

        /// <summary>Starts with an all-capitals word ("UN", "OSCE", "NATO summit"); a trailing one ("X DC") does not.</summary>
        Acronym = 4,

        /// <summary>Ends in a compound with a lower-case part ("Western-backed", "Soviet-era").</summary>
        Adjective = 8,

        /// <summary>Its last word is possessive ("X's").</summary>
        Possessive = 16,

        /// <summary>One plain word at the start of the sentence or a clause.</summary>
        InitialWord = 32,

        /// <summary>Ends in a capitalised place noun ("X Valley", "X District").</summary>
        CapitalHead = 64,
    }

    private enum CueKind : byte
    {
        None,
        Preposition,
        HeadOf,
        Appositive,
    }

    /// <summary>
    /// Finds the place names in <paramref name="sentence"/>, in text order.
    /// </summary>
    /// <param name="sentence">The sentence text; mention spans are offsets into it.</param>
    /// <param name="exclude">
    /// Spans already known to name parties (countries, demonyms, capitals); a name that
    /// overlaps one is not returned. Any order; may be empty.
    /// </param>
    /// <returns>The places, each with its span and its name without a leading article or possessive.</returns>
    /// <exception cref="ArgumentNullException">
    /// <paramref name="sentence"/> is <see langword="null"/> or <paramref name="exclude"/> is a
    /// default (uninitialised) array.
    /// </exception>
    public ImmutableArray<PlaceMention> Find(string sentence, ImmutableArray<TextSpan> exclude)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (exclude.IsDefault)
        {
            throw new ArgumentNullException(nameof(exclude), "The exclude array is a default (uninitialised) ImmutableArray; pass [] for none.");
        }

        var tokens = t_tokens ?? new ClaimToken[64];
        int count = ClaimTokenizer.Tokenize(sentence, ref tokens);
        t_tokens = tokens;
        var words = t_words ?? new PlaceWord[tokens.Length];
        if (words.Length < count)
        {
            words = new PlaceWord[tokens.Length];
        }

        t_words = words;
        var scan = new Scan(sentence, tokens, words, count, SortedIfNeeded(exclude));
        if (scan.IsTitleCase())
        {
            return [];
        }

        var runs = t_runs ??= new List<Run>();
        runs.Clear();
        scan.CollectRuns(runs);
        if (runs.Count == 0)
        {
            return [];
        }

        return scan.Places(runs);
    }

    private static ImmutableArray<TextSpan> SortedIfNeeded(ImmutableArray<TextSpan> exclude)
    {
        for (int i = 1; i < exclude.Length; i++)
        {
            if (exclude[i].Start < exclude[i - 1].Start)
            {
                var copy = exclude.ToArray();
                Array.Sort(copy, static (a, b) => a.Start.CompareTo(b.Start));
                return ImmutableArray.Create(copy);
            }
        }

        return exclude;
    }

    /// <summary>A run of capitalised name words: tokens [First, End), name characters [NameStart, NameEnd).</summary>
    private record struct Run(int First, int End, int NameStart, int NameEnd, RunFlags Flags, PlaceHeadFlags HeadFlags);

    private readonly ref struct Scan
    {
        private readonly string _text;
        private readonly ClaimToken[] _tokens;
        private readonly PlaceWord[] _words;
        private readonly int _count;
        private readonly ImmutableArray<TextSpan> _exclude;

        public Scan(string text, ClaimToken[] tokens, PlaceWord[] words, int count, ImmutableArray<TextSpan> exclude)
        {
            _text = text;
            _tokens = tokens;
            _words = words;
            _count = count;
            _exclude = exclude;
            for (int i = 0; i < count; i++)
            {
                ref readonly var token = ref tokens[i];
                words[i] = token.IsWord ? PlaceWords.Of(token.BaseSpan(text)) : default;
            }
        }

        /// <summary>True for a headline in title case, where capitals say nothing about names.</summary>
        public bool IsTitleCase()
        {
            int capitalised = 0;
            for (int i = 0; i < _count; i++)
            {
                ref readonly var token = ref _tokens[i];
                if (!token.IsWord || token.Length < 4 || _words[i].Kind is PlaceWordKind.Function or PlaceWordKind.Particle)
                {
                    continue;
                }

                if (!token.Capitalized)
                {
                    return false;
                }

                capitalised++;
            }

            return capitalised >= TitleCaseMinWords;
        }

        /// <summary>Collects the runs of name words, in order.</summary>
        public void CollectRuns(List<Run> runs)
        {
            int excludeIndex = 0;
            int i = 0;
            while (i < _count)
            {
                if (!IsNameWord(i))
                {
                    i++;
                    continue;
                }

                int first = i;
                var flags = RunFlags.None;
                int units = 0;
                bool compound = false;
                int lastUnit = i;
                while (true)
                {
                    lastUnit = i;
                    units++;
                    flags |= WordFlags(i, first);
                    i++;

                    // Hyphenated parts: "X-Y", "X al-Y", "X el-Y"; a lower-case part makes an
                    // adjective ("Western-backed").
                    while (i + 1 < _count && IsHyphen(i) && !_tokens[i].SpaceBefore && !_tokens[i + 1].SpaceBefore && _tokens[i + 1].IsWord)
                    {
                        // After a hyphen any capitalised word belongs to the name ("X-au-Y").
                        if (_tokens[i + 1].Capitalized
                            || IsParticle(i + 1) && i + 3 < _count && IsHyphen(i + 2) && !_tokens[i + 3].SpaceBefore && _tokens[i + 3].Capitalized)
                        {
                            compound = true;
                            flags |= WordFlags(i + 1, first);
                            i += 2;
                            continue;
                        }

                        if (!_tokens[i + 1].Capitalized)
                        {
                            flags |= RunFlags.Adjective;
                        }

                        break;
                    }

                    if ((flags & RunFlags.Adjective) != 0 || _tokens[i - 1].Possessive)
                    {
                        break;
                    }

                    // "St. X": an abbreviation inside a name.
                    if (i + 1 < _count && IsSymbol(i, '.') && !_tokens[i].SpaceBefore && IsShortPrefix(i - 1) && IsNameWord(i + 1))
                    {
                        i++;
                        continue;
                    }

                    if (i < _count && _tokens[i].SpaceBefore && IsNameWord(i))
                    {
                        continue;
                    }

                    // "Line of Contact", "Gulf of X", "Sea of X": "of" inside a name when a name
                    // word follows it.
                    if (i + 1 < _count && _words[i].Kind == PlaceWordKind.Of && !_tokens[i].Capitalized && _tokens[i].SpaceBefore
                        && _tokens[i + 1].SpaceBefore && IsNameWord(i + 1))
                    {
                        i++;
                        continue;
                    }

                    // "X de Y", "X es Y", "X ez-Y": a lower-case particle between
                    // two name words, on its own or hyphened to the second.
                    if (i + 1 < _count && IsParticle(i) && _tokens[i].SpaceBefore)
                    {
                        if (_tokens[i + 1].SpaceBefore && IsNameWord(i + 1))
                        {
                            i++;
                            continue;
                        }

                        if (i + 2 < _count && IsHyphen(i + 1) && !_tokens[i + 1].SpaceBefore && !_tokens[i + 2].SpaceBefore && IsNameWord(i + 2))
                        {
                            i += 2;
                            continue;
                        }
                    }

                    break;
                }

                int end = i;
                ref readonly var last = ref _tokens[end - 1];
                int nameStart = _tokens[first].Start;
                int nameEnd = last.IsWord ? last.BaseEnd : last.End;
                if (last.Possessive)
                {
                    flags |= RunFlags.Possessive;
                }

                var headFlags = PlaceHeadFlags.None;
                if (units >= 2 && _words[lastUnit].Kind == PlaceWordKind.Head && lastUnit == end - 1
                    && (_words[lastUnit].Head & PlaceHeadFlags.OfOnly) == 0 && (flags & RunFlags.Possessive) == 0)
                {
                    flags |= RunFlags.CapitalHead;
                    headFlags = _words[lastUnit].Head;
                    if ((headFlags & PlaceHeadFlags.Administrative) != 0)
                    {
                        // "X Region" names X, as "the X region" does.
                        nameEnd = _tokens[lastUnit - 1].BaseEnd;
                    }
                }

                if (units == 1 && !compound && AtClauseStart(first))
                {
                    flags |= RunFlags.InitialWord;
                }

                if (Overlaps(ref excludeIndex, _tokens[first].Start, last.End))
                {
                    flags |= RunFlags.Excluded;
                }

                runs.Add(new Run(first, end, nameStart, nameEnd, flags, headFlags));
            }
        }

        /// <summary>Decides which runs are places and makes their mentions.</summary>
        public ImmutableArray<PlaceMention> Places(List<Run> runs)
        {
            Span<bool> accepted = runs.Count <= 128 ? stackalloc bool[runs.Count] : new bool[runs.Count];
            accepted.Clear();
            int r = 0;
            while (r < runs.Count)
            {
                // A chain: runs joined only by commas, "and", "or".
                int chainEnd = r + 1;
                bool endsWithConjunction = false;
                while (chainEnd < runs.Count && TryConnector(runs[chainEnd - 1].End, runs[chainEnd].First, out bool conjunction))
                {
                    endsWithConjunction = conjunction;
                    chainEnd++;
                }

                var (cue, plural, cueStart) = CueBefore(runs[r].First);
                if (cue != CueKind.None)
                {
                    Accept(runs, r, accepted, requireHeadIfPossessive: true, runs[r].End);
                    bool list = plural || endsWithConjunction && !AtClauseStart(cueStart);
                    for (int k = r + 1; list && k < chainEnd; k++)
                    {
                        Accept(runs, k, accepted, requireHeadIfPossessive: true, runs[k].End);
                    }

                    // "in X, Y, and …": a second name after a comma that closes
                    // with punctuation is the larger place the first lies in. Not at the opening
                    // of a sentence, where "In X, Ana, Ben …" lists people.
                    if (!list && chainEnd - r == 2 && cue == CueKind.Preposition && !AtClauseStart(cueStart)
                        && EndsPhrase(runs[r + 1].End))
                    {
                        Accept(runs, r + 1, accepted, requireHeadIfPossessive: true, runs[r + 1].End);
                    }
                }

                int after = runs[chainEnd - 1].End;
                if ((runs[chainEnd - 1].Flags & RunFlags.Possessive) != 0)
                {
                    // "X's northern districts", "X's north": the owner of a place is a place.
                    if (PlaceNounFollows(after) && (runs[chainEnd - 1].Flags & RunFlags.InitialWord) == 0)
                    {
                        Accept(runs, chainEnd - 1, accepted, requireHeadIfPossessive: false, after);
                    }
                }
                else if (after < _count && IsHeadAfterName(after))
                {
                    bool pluralHead = (_words[after].Head & PlaceHeadFlags.Plural) != 0;
                    for (int k = pluralHead ? r : chainEnd - 1; k < chainEnd; k++)
                    {
                        if ((runs[k].Flags & RunFlags.InitialWord) == 0)
                        {
                            Accept(runs, k, accepted, requireHeadIfPossessive: false, after);
                        }
                    }
                }

                for (int k = r; k < chainEnd; k++)
                {
                    if ((runs[k].Flags & RunFlags.CapitalHead) != 0)
                    {
                        Accept(runs, k, accepted, requireHeadIfPossessive: false, runs[k].End);
                    }
                }

                r = chainEnd;
            }

            var mentions = ImmutableArray.CreateBuilder<PlaceMention>();
            for (int k = 0; k < runs.Count; k++)
            {
                if (accepted[k])
                {
                    var run = runs[k];
                    mentions.Add(new PlaceMention(new TextSpan(run.NameStart, run.NameEnd - run.NameStart), _text[run.NameStart..run.NameEnd]));
                }
            }

            return mentions.ToImmutable();
        }

        private void Accept(List<Run> runs, int k, Span<bool> accepted, bool requireHeadIfPossessive, int after)
        {
            var run = runs[k];
            var rejecting = RunFlags.Excluded | RunFlags.Acronym | RunFlags.Adjective;

            // A name that ends in a place noun is a place even if it holds an institution word:
            // "X International Airport".
            if ((run.Flags & RunFlags.CapitalHead) == 0)
            {
                rejecting |= RunFlags.Institution;
            }

            if ((run.Flags & rejecting) != 0)
            {
                return;
            }

            // "in Ana's speech" is not a place; "in X's capital" and "X's northern districts" are.
            if (requireHeadIfPossessive && (run.Flags & RunFlags.Possessive) != 0 && !PlaceNounFollows(after))
            {
                return;
            }

            accepted[k] = true;
        }

        /// <summary>
        /// The cue before a name starting at <paramref name="first"/>: its kind, whether it takes a
        /// list, and the token where the cue phrase starts.
        /// </summary>
        private (CueKind Kind, bool Plural, int Start) CueBefore(int first)
        {
            int b = first - 1;

            // "in northern X", "in south-eastern X", "in rebel-held X", "in Western-occupied X":
            // modifiers and hyphened adjectives between the cue and the name.
            while (b >= 0)
            {
                if (b >= 2 && _tokens[b].IsWord && !_tokens[b].Capitalized && IsHyphen(b - 1) && !_tokens[b].SpaceBefore
                    && !_tokens[b - 1].SpaceBefore && _tokens[b - 2].IsWord)
                {
                    b -= 3;
                }
                else if (IsLowerModifier(b))
                {
                    b--;
                }
                else
                {
                    break;
                }
            }

            if (b >= 0 && _words[b].Kind == PlaceWordKind.The)
            {
                b--;
            }

            if (b < 0)
            {
                return (CueKind.None, false, 0);
            }

            var word = _words[b];
            switch (word.Kind)
            {
                case PlaceWordKind.Cue:
                    return (CueKind.Preposition, false, b);
                case PlaceWordKind.Of when b > 0:
                {
                    var before = _words[b - 1];
                    if (before.Kind == PlaceWordKind.Head && !_tokens[b - 1].Capitalized)
                    {
                        return (CueKind.HeadOf, (before.Head & PlaceHeadFlags.Plural) != 0, PhraseStart(b - 1));
                    }

                    // "north of X", "outside of X".
                    if (before.Kind is PlaceWordKind.Compass or PlaceWordKind.Cue && !_tokens[b - 1].Capitalized)
                    {
                        return (CueKind.Preposition, false, b - 1);
                    }

                    return (CueKind.None, false, 0);
                }

                case PlaceWordKind.Head when IsWord(b, "capital") && !_tokens[b].Capitalized:
                    return (CueKind.Appositive, false, b);
                default:
                    if (IsSymbol(b, ',') && b > 0 && IsWord(b - 1, "capital"))
                    {
                        return (CueKind.Appositive, false, b - 1);
                    }

                    return (CueKind.None, false, 0);
            }
        }

        /// <summary>Where "in the border regions of" starts, walking back from the place noun.</summary>
        private int PhraseStart(int head)
        {
            int b = head;
            while (b > 0 && b > head - 4 && _tokens[b - 1].IsWord && !_tokens[b - 1].Capitalized
                   && _words[b - 1].Kind is PlaceWordKind.The or PlaceWordKind.Cue or PlaceWordKind.None or PlaceWordKind.Head or PlaceWordKind.Modifier)
            {
                b--;
                if (_words[b].Kind == PlaceWordKind.Cue)
                {
                    break;
                }
            }

            if (b > 0 && _tokens[b - 1].IsWord && _tokens[b - 1].Capitalized && _words[b - 1].Kind is PlaceWordKind.The or PlaceWordKind.Cue)
            {
                b--;
            }

            return b;
        }

        /// <summary>True when <paramref name="k"/> is past the end or a comma, full stop, semicolon or closing bracket.</summary>
        private bool EndsPhrase(int k) =>
            k >= _count || _tokens[k].Kind == ClaimTokenKind.Symbol && _text[_tokens[k].Start] is ',' or '.' or ';' or ')' or ']' or '”' or '"';

        /// <summary>"," / "and" / "or" / ", and" / ", or" / "&amp;" between two runs.</summary>
        private bool TryConnector(int from, int to, out bool conjunction)
        {
            conjunction = false;
            int length = to - from;
            if (length is < 1 or > 2)
            {
                return false;
            }

            for (int k = from; k < to; k++)
            {
                if (IsSymbol(k, ',') && k == from)
                {
                    continue;
                }

                if (_words[k].Kind == PlaceWordKind.Connector && !_tokens[k].Capitalized || IsSymbol(k, '&'))
                {
                    conjunction = true;
                    continue;
                }

                return false;
            }

            return true;
        }

        private bool IsNameWord(int k)
        {
            ref readonly var token = ref _tokens[k];
            if (!token.IsWord)
            {
                return false;
            }

            if (!token.Capitalized)
            {
                // "d’X", "l’X": a lower-case elision before a capital.
                return token.Length > 2 && ClaimTokenizer.IsApostrophe(_text[token.Start + 1]) && char.IsUpper(_text[token.Start + 2]);
            }

            return _words[k].Kind is PlaceWordKind.None or PlaceWordKind.Head or PlaceWordKind.Institution
                or PlaceWordKind.Compass or PlaceWordKind.Modifier or PlaceWordKind.Particle;
        }

        private RunFlags WordFlags(int k, int first)
        {
            var flags = RunFlags.None;
            if (_words[k].Kind == PlaceWordKind.Institution)
            {
                flags |= RunFlags.Institution;
            }

            if (_tokens[k].AllCaps && k == first)
            {
                flags |= RunFlags.Acronym;
            }

            return flags;
        }

        /// <summary>A lower-case place noun or compass point at <paramref name="k"/>, after any modifiers ("northern districts").</summary>
        private bool PlaceNounFollows(int k)
        {
            while (k < _count && _tokens[k].IsWord && !_tokens[k].Capitalized && _words[k].Kind == PlaceWordKind.Modifier)
            {
                k++;
            }

            return k < _count && (IsHeadAfterName(k) || _words[k].Kind == PlaceWordKind.Compass && !_tokens[k].Capitalized);
        }

        /// <summary>A lower-case place noun right after a name: "the X district", "the X and Y directions".</summary>
        private bool IsHeadAfterName(int k) =>
            _words[k].Kind == PlaceWordKind.Head && !_tokens[k].Capitalized && _tokens[k].SpaceBefore
            && (_words[k].Head & PlaceHeadFlags.OfOnly) == 0;

        private bool IsParticle(int k) => _words[k].Kind == PlaceWordKind.Particle && !_tokens[k].Capitalized;

        private bool IsLowerModifier(int k) => _tokens[k].IsWord && !_tokens[k].Capitalized && _words[k].Kind is PlaceWordKind.Modifier or PlaceWordKind.Compass;

        private bool IsShortPrefix(int k) =>
            _tokens[k].Length == 2 && (IsWord(k, "St") || IsWord(k, "Mt") || IsWord(k, "Ft"));

        private bool IsWord(int k, string word) =>
            _tokens[k].IsWord && _tokens[k].BaseSpan(_text).Equals(word, StringComparison.OrdinalIgnoreCase);

        private bool IsSymbol(int k, char c) => k < _count && _tokens[k].IsSymbol(_text, c);

        private bool IsHyphen(int k) => k < _count && _tokens[k].Kind == ClaimTokenKind.Symbol && _text[_tokens[k].Start] is '-' or '‐';

        /// <summary>The first word of the sentence, a quotation, a parenthesis or a clause after a colon or dash.</summary>
        private bool AtClauseStart(int k)
        {
            if (k == 0)
            {
                return true;
            }

            ref readonly var previous = ref _tokens[k - 1];
            return previous.Kind == ClaimTokenKind.Symbol && _text[previous.Start] is '"' or '“' or '‘' or '\'' or '(' or '[' or ':' or '—' or '–' or '«';
        }

        /// <summary>Whether [start, end) overlaps an excluded span; <paramref name="index"/> only moves forward.</summary>
        private bool Overlaps(ref int index, int start, int end)
        {
            while (index < _exclude.Length && _exclude[index].End <= start)
            {
                index++;
            }

            for (int k = index; k < _exclude.Length && _exclude[k].Start < end; k++)
            {
                if (_exclude[k].End > start && _exclude[k].Length > 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
