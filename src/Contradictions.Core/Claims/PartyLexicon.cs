using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Contradictions.Sentences;

namespace Contradictions.Claims;

/// <summary>
/// Finds the phrases of a sentence that name a party: countries and territories, their demonyms,
/// capitals and named institutions (from <see cref="CountryGazetteer"/>), institution phrases
/// built on them ("the Kenyan Defence Ministry", "Turkey's foreign ministry", "the Armed Forces
/// of Ukraine"), and the aliases of the user's parties file. Built once, then shared: it is
/// immutable and <see cref="Find"/> is safe to call from many threads.
/// </summary>
public sealed class PartyLexicon
{
    /// <summary>
    /// Sentences up to this length tokenize on the stack; longer ones rent a buffer. 512 tokens of
    /// 16 bytes stay well inside a thread's stack, and few news sentences are longer.
    /// </summary>
    private const int StackTokens = 512;

    private static readonly Lazy<PartyLexicon> DefaultLexicon = new(() => new PartyLexicon(CountryGazetteer.Builtin, PartiesConfig.Empty));

    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _headWords;
    private readonly PartyPhrase[]?[] _phrasesByFirstWord;
    private readonly HeadPhrase[]?[] _headsByFirstWord;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _modifiedNouns;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _featuresAfter;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _featuresBefore;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _featuresBeforeOf;
    private readonly FrozenSet<string> _bodiesAfter;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _commonCapitalized;
    private readonly FrozenDictionary<string, string> _sides;
    private readonly FrozenDictionary<string, ImmutableArray<string>> _backs;

    /// <summary>Builds a lexicon from a gazetteer and a parties file's content.</summary>
    /// <param name="gazetteer">The countries; usually <see cref="CountryGazetteer.Builtin"/>.</param>
    /// <param name="config">The user's parties; <see cref="PartiesConfig.Empty"/> for none.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public PartyLexicon(CountryGazetteer gazetteer, PartiesConfig config)
        : this(gazetteer, config, PartyWordLists.Builtin)
    {
    }

    internal PartyLexicon(CountryGazetteer gazetteer, PartiesConfig config, PartyWordLists lists)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(lists);

        var phrases = CollectPhrases(gazetteer, config, lists);
        var vocabulary = new PartyVocabulary(StringComparer.Ordinal, variants: true);
        vocabulary.Register(phrases.Select(p => p.Words));
        _phrasesByFirstWord = Index(phrases, vocabulary);
        _words = vocabulary.Freeze().GetAlternateLookup<ReadOnlySpan<char>>();

        var heads = new List<(string[] Words, bool Adjectival)>();
        foreach (var head in lists.Heads)
        {
            heads.Add((PartyPhraseText.Words(head)!, false));
        }

        foreach (var head in lists.AdjectivalHeads)
        {
            heads.Add((PartyPhraseText.Words(head)!, true));
        }

        // Heads are matched without regard to case: "foreign ministry" and "Foreign Ministry" are
        // written both ways, and a head is never a trap the way "turkey" is.
        var headVocabulary = new PartyVocabulary(StringComparer.OrdinalIgnoreCase, variants: false);
        headVocabulary.Register(heads.Select(h => h.Words));
        _headsByFirstWord = IndexHeads(heads, headVocabulary);
        _headWords = headVocabulary.Freeze().GetAlternateLookup<ReadOnlySpan<char>>();

        _modifiedNouns = lists.ModifiedNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        _featuresAfter = lists.FeaturesAfter.GetAlternateLookup<ReadOnlySpan<char>>();
        _featuresBefore = lists.FeaturesBefore.GetAlternateLookup<ReadOnlySpan<char>>();
        _featuresBeforeOf = lists.FeaturesBeforeOf.GetAlternateLookup<ReadOnlySpan<char>>();
        _bodiesAfter = lists.BodiesAfter;
        _commonCapitalized = lists.CommonCapitalized.GetAlternateLookup<ReadOnlySpan<char>>();
        (_sides, _backs) = ResolveSides(gazetteer, config);
    }

    /// <summary>The lexicon of the built-in gazetteer alone, without a parties file.</summary>
    public static PartyLexicon Default => DefaultLexicon.Value;

    /// <summary>Builds a lexicon from the built-in gazetteer and the user's parties.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="config"/> is null.</exception>
    public static PartyLexicon Create(PartiesConfig config) => new(CountryGazetteer.Builtin, config);

    /// <summary>
    /// The side <paramref name="party"/> (a canonical name, as in <see cref="PartyMention.Party"/>) is on: the side the parties file gives it (followed through
    /// chains: a unit on the side of an authority on the side of a state is on the state's side),
    /// else the party itself. Allies listed under <c>backs</c> stay their own side.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public string SideOf(string party)
    {
        ArgumentNullException.ThrowIfNull(party);
        return _sides.TryGetValue(party, out var side) ? side : party;
    }

    /// <summary>The parties that <paramref name="party"/> backs as an ally, per the parties file; empty when none.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public ImmutableArray<string> Backs(string party)
    {
        ArgumentNullException.ThrowIfNull(party);
        return _backs.TryGetValue(party, out var backs) ? backs : [];
    }

    /// <summary>
    /// Finds every party mention in <paramref name="sentence"/>, in text order, without overlaps.
    /// At each word the longest reading wins: an institution phrase over the name inside it,
    /// "South Sudan" over "Sudan". Names are matched with their case ("turkey" the bird is not
    /// Turkey); a possessive is left out of a name's span ("Israel" in "Israel’s").
    /// </summary>
    /// <param name="sentence">The sentence text; spans are offsets into it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sentence"/> is null.</exception>
    public ImmutableArray<PartyMention> Find(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (sentence.Length == 0)
        {
            return [];
        }

        PartyToken[]? rented = null;
        var buffer = sentence.Length <= StackTokens
            ? stackalloc PartyToken[sentence.Length]
            : (rented = ArrayPool<PartyToken>.Shared.Rent(sentence.Length));
        try
        {
            var count = PartyTokenizer.Tokenize(sentence, buffer, out var headlineCase);
            var tokens = buffer[..count];
            for (var i = 0; i < tokens.Length; i++)
            {
                ref var token = ref tokens[i];
                if (!token.Has(PartyTokenFlags.Possessive))
                {
                    token.Word = _words.TryGetValue(sentence.AsSpan(token.Start, token.Length), out var id) ? id : -1;
                }
            }

            return Scan(sentence, tokens, headlineCase);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<PartyToken>.Shared.Return(rented);
            }
        }
    }

    private ImmutableArray<PartyMention> Scan(string text, ReadOnlySpan<PartyToken> t, bool headlineCase)
    {
        ImmutableArray<PartyMention>.Builder? mentions = null;
        var i = 0;
        while (i < t.Length)
        {
            var match = MatchAt(text, t, i, headlineCase);
            if (match.End <= i)
            {
                i++;
                continue;
            }

            if (match.Phrase is not null)
            {
                mentions ??= ImmutableArray.CreateBuilder<PartyMention>();
                var start = t[match.Start].Start;
                var end = t[match.End - 1].End;
                mentions.Add(new PartyMention(new TextSpan(start, end - start), text[start..end], match.Phrase.Party, match.Kind));
            }

            i = match.End;
        }

        return mentions?.ToImmutable() ?? [];
    }

    /// <summary>
    /// The longest reading that starts at token <paramref name="i"/>: an institution pattern, a
    /// name, or a blocked phrase (matched so that its words are skipped, with no phrase in the
    /// result). <see cref="Match.End"/> is <paramref name="i"/> when nothing starts there.
    /// </summary>
    private Match MatchAt(string text, ReadOnlySpan<PartyToken> t, int i, bool headlineCase)
    {
        var article = t[i].Has(PartyTokenFlags.The);
        var x = LongestPhrase(t, i, out var xEnd);
        var xStart = i;
        if (x is null && article && i + 1 < t.Length && t[i + 1].Has(PartyTokenFlags.Spaced))
        {
            x = LongestPhrase(t, i + 1, out xEnd);
            xStart = i + 1;
        }

        var best = Match.None(i);
        if (x is not null)
        {
            // The article belongs to a name that takes one ("the Netherlands") and to every
            // institution phrase ("the Pakistani army"), but not to a demonym or plain name
            // ("the Serbian side": the mention is "Serbian").
            var phraseStart = xStart > i && x.TakesArticle ? i : xStart;
            best = new Match(phraseStart, xEnd, x, x.Kind);

            if (x.CanModify && ModifiedHead(text, t, xEnd) is var headEnd and > 0)
            {
                best = Longer(best, new Match(i, headEnd, x, PartyMentionKind.Institution));
            }

            if (x.CanOwn && xEnd + 1 < t.Length && t[xEnd].Has(PartyTokenFlags.Possessive)
                && t[xEnd + 1].Has(PartyTokenFlags.Spaced) && LongestHead(text, t, xEnd + 1) is var ownedEnd and > 0)
            {
                best = Longer(best, new Match(phraseStart, ownedEnd, x, PartyMentionKind.Institution));
            }
        }

        var of = HeadOfParty(text, t, article ? i + 1 : i, article);
        if (of.Phrase is not null)
        {
            best = Longer(best, new Match(i, of.End, of.Phrase, PartyMentionKind.Institution));
        }

        if (best.Phrase is null || best.Kind == PartyMentionKind.Institution && best.Phrase.Kind != PartyMentionKind.Institution)
        {
            return best;
        }

        // A lone name: drop it when it is not a party here, but still skip its words so that a
        // shorter name inside it ("China" in "South China Sea") is not read either.
        // Capitals are treated like names that may start other names: cities lend their names to
        // agreements, newspapers and events ("Minsk Group", "Washington Post", "Beijing
        // Olympics"), none of which is the government.
        if (best.Phrase.Blocks || IsPlaceName(text, t, xStart, xEnd) || IsCivilBody(text, t, xEnd)
            || (best.Phrase.Ambiguous || best.Phrase.Kind == PartyMentionKind.Capital) && !headlineCase
                && IsPartOfOtherName(text, t, xStart, xEnd))
        {
            return best with { Phrase = null };
        }

        return best;
    }

    /// <summary>The longer of two matches; on a tie, the first.</summary>
    private static Match Longer(Match current, Match candidate) => candidate.End > current.End ? candidate : current;

    /// <summary>The longest party phrase starting at token <paramref name="i"/>, or null.</summary>
    private PartyPhrase? LongestPhrase(ReadOnlySpan<PartyToken> t, int i, out int end)
    {
        end = i;
        var word = t[i].Word;
        if (word <= PartyTokenizer.PossessiveWord || _phrasesByFirstWord[word] is not { } candidates)
        {
            return null;
        }

        // Candidates are sorted longest first, so the first that fits is the longest match.
        foreach (var phrase in candidates)
        {
            var words = phrase.Words;
            if (i + words.Length > t.Length)
            {
                continue;
            }

            var k = 1;
            while (k < words.Length && t[i + k].Word == words[k] && t[i + k].Has(PartyTokenFlags.Joins))
            {
                k++;
            }

            if (k == words.Length)
            {
                end = i + k;
                return phrase;
            }
        }

        return null;
    }

    /// <summary>The end of the longest institution head starting at token <paramref name="i"/>, or 0.</summary>
    private int LongestHead(string text, ReadOnlySpan<PartyToken> t, int i) => LongestHead(text, t, i, out _);

    private int LongestHead(string text, ReadOnlySpan<PartyToken> t, int i, out HeadPhrase? head)
    {
        head = null;
        if (i >= t.Length || !_headWords.TryGetValue(text.AsSpan(t[i].Start, t[i].Length), out var first)
            || first == PartyTokenizer.PossessiveWord || _headsByFirstWord[first] is not { } candidates)
        {
            return 0;
        }

        foreach (var candidate in candidates)
        {
            var words = candidate.Words;
            if (i + words.Length > t.Length)
            {
                continue;
            }

            var k = 1;
            while (k < words.Length && t[i + k].Has(PartyTokenFlags.Joins) && HeadWord(text, t[i + k]) == words[k])
            {
                k++;
            }

            if (k == words.Length)
            {
                head = candidate;
                return i + k;
            }
        }

        return 0;
    }

    private int HeadWord(string text, in PartyToken token) =>
        token.Has(PartyTokenFlags.Possessive) ? PartyTokenizer.PossessiveWord
        : _headWords.TryGetValue(text.AsSpan(token.Start, token.Length), out var id) ? id : -1;

    /// <summary>
    /// The end of "X HEAD" when a head follows the party phrase ending at <paramref name="xEnd"/>, or 0.
    /// An adjectival head followed by a noun it modifies ("Russian military positions") is no
    /// institution: the positions belong to the military, the mention is the demonym.
    /// </summary>
    private int ModifiedHead(string text, ReadOnlySpan<PartyToken> t, int xEnd)
    {
        if (xEnd >= t.Length || !t[xEnd].Has(PartyTokenFlags.Spaced))
        {
            return 0;
        }

        var end = LongestHead(text, t, xEnd, out var head);
        if (end == 0)
        {
            return 0;
        }

        // Only a head written in lower case is read as an adjective: "Indian Army sources" are
        // sources in the Indian Army, an institution's own name, while "Russian military
        // positions" are positions.
        if (head!.Adjectival && !char.IsUpper(text[t[xEnd].Start]) && end < t.Length && t[end].Has(PartyTokenFlags.Spaced)
            && _modifiedNouns.Contains(text.AsSpan(t[end].Start, t[end].Length)))
        {
            return 0;
        }

        return end;
    }

    /// <summary>
    /// "HEAD of X" starting at token <paramref name="h"/>: "the Ministry of Defence of Ukraine",
    /// "the president of the United States". X is a name, capital or alias, and not the owner of
    /// something else ("the leader of Georgia's opposition" leads the opposition, not Georgia).
    /// </summary>
    private (PartyPhrase? Phrase, int End) HeadOfParty(string text, ReadOnlySpan<PartyToken> t, int h, bool afterArticle)
    {
        if (h >= t.Length || afterArticle && !t[h].Has(PartyTokenFlags.Spaced))
        {
            return (null, 0);
        }

        var headEnd = LongestHead(text, t, h);
        if (headEnd == 0 || headEnd + 1 >= t.Length || !t[headEnd].Has(PartyTokenFlags.Of | PartyTokenFlags.Spaced))
        {
            return (null, 0);
        }

        var y = headEnd + 1;
        if (!t[y].Has(PartyTokenFlags.Spaced))
        {
            return (null, 0);
        }

        var owner = LongestPhrase(t, y, out var ownerEnd);
        if (owner is null && t[y].Has(PartyTokenFlags.The) && y + 1 < t.Length && t[y + 1].Has(PartyTokenFlags.Spaced))
        {
            owner = LongestPhrase(t, y + 1, out ownerEnd);
        }

        if (owner is null || !owner.CanOwn || ownerEnd < t.Length && t[ownerEnd].Has(PartyTokenFlags.Possessive))
        {
            return (null, 0);
        }

        return (owner, ownerEnd);
    }

    /// <summary>
    /// True when the name between tokens <paramref name="start"/> and <paramref name="end"/> is part
    /// of a geographic name: "South China Sea", "Jordan River", "Lake Chad", "Gulf of Mexico".
    /// </summary>
    private bool IsPlaceName(string text, ReadOnlySpan<PartyToken> t, int start, int end)
    {
        if (end < t.Length && t[end].Has(PartyTokenFlags.Spaced) && _featuresAfter.Contains(Text(text, t[end])))
        {
            return true;
        }

        if (start >= 1 && t[start].Has(PartyTokenFlags.Spaced) && _featuresBefore.Contains(Text(text, t[start - 1])))
        {
            return true;
        }

        return start >= 2 && t[start].Has(PartyTokenFlags.Spaced) && t[start - 1].Has(PartyTokenFlags.Of | PartyTokenFlags.Spaced)
            && _featuresBeforeOf.Contains(Text(text, t[start - 2]));
    }

    /// <summary>
    /// True when the name ending before token <paramref name="end"/> begins the name of a civil
    /// body: a capitalised word or two from the body-after list follow it ("Sudan Doctors'
    /// Committee", "Ukrainian Red Cross"). Such a body speaks for itself, not for the state.
    /// </summary>
    private bool IsCivilBody(string text, ReadOnlySpan<PartyToken> t, int end)
    {
        if (end >= t.Length || !t[end].Has(PartyTokenFlags.Spaced | PartyTokenFlags.Capitalized))
        {
            return false;
        }

        var first = Text(text, t[end]).ToString();
        if (_bodiesAfter.Contains(first))
        {
            return true;
        }

        return end + 1 < t.Length && t[end + 1].Has(PartyTokenFlags.Spaced | PartyTokenFlags.Capitalized)
            && _bodiesAfter.Contains(first + " " + Text(text, t[end + 1]).ToString());
    }

    /// <summary>
    /// True when a name that is also a given name or starts other proper names has a capitalised
    /// word right before or after it that is not a name, a head or a common capitalised word:
    /// "Chad Smith", "Michael Jordan", "Georgia Tech", "Washington Post". Those are people and
    /// things, not the party. A sentence-opening word before the name counts too ("Denzel Washington
    /// narrated"), so adverbs that open sentences are in the common list ("Meanwhile Chad …").
    /// </summary>
    private bool IsPartOfOtherName(string text, ReadOnlySpan<PartyToken> t, int start, int end)
    {
        if (end < t.Length && t[end].Has(PartyTokenFlags.Spaced | PartyTokenFlags.Capitalized) && IsOtherName(text, t, end))
        {
            return true;
        }

        return start >= 1 && t[start].Has(PartyTokenFlags.Spaced) && t[start - 1].Has(PartyTokenFlags.Capitalized)
            && IsOtherName(text, t, start - 1);
    }

    private bool IsOtherName(string text, ReadOnlySpan<PartyToken> t, int i)
    {
        // A neighbouring party name ("India Pakistan talks") is no sign of another name; a word that
        // merely starts some longer name ("Independent" in "Independent State of Samoa") is.
        if (LongestPhrase(t, i, out _) is { Blocks: false })
        {
            return false;
        }

        return !_commonCapitalized.Contains(Text(text, t[i])) && LongestHead(text, t, i) == 0;
    }

    private static ReadOnlySpan<char> Text(string text, in PartyToken token) => text.AsSpan(token.Start, token.Length);

    /// <summary>
    /// Gathers every phrase with its party, in priority order: the gazetteer, then the built-in
    /// phrases that are not parties, then the user's aliases and names (which override a
    /// gazetteer reading of the same words for another party), then the user's ignore list.
    /// </summary>
    private static List<(string[] Words, PartyPhrase Template)> CollectPhrases(CountryGazetteer gazetteer, PartiesConfig config, PartyWordLists lists)
    {
        var byKey = new Dictionary<string, (string[] Words, PartyPhrase Template)>(StringComparer.Ordinal);
        var order = new List<string>();

        void Add(string form, string party, PartyMentionKind kind, bool ambiguous, bool blocks, bool overrideOthers)
        {
            var words = PartyPhraseText.Words(CountryGazetteer.WithoutArticle(form));
            if (words is null)
            {
                // Only user text gets here unmatched; PartiesFile has already warned about it.
                return;
            }

            var key = string.Join('\u0001', words);
            var template = new PartyPhrase([], party, kind, CountryGazetteer.TakesArticle(form), ambiguous, blocks);
            if (byKey.TryGetValue(key, out var existing))
            {
                var same = existing.Template.Party == party && existing.Template.Kind == kind && existing.Template.Blocks == blocks;
                if (same && template.TakesArticle && !existing.Template.TakesArticle)
                {
                    // "US" and "the US" are one phrase whose article is optional.
                    byKey[key] = (words, new PartyPhrase([], party, kind, true, existing.Template.Ambiguous || ambiguous, blocks));
                    return;
                }

                if (!overrideOthers || (!blocks && existing.Template.Party == party && !existing.Template.Blocks))
                {
                    return;
                }

                byKey[key] = (words, template);
                return;
            }

            byKey[key] = (words, template);
            order.Add(key);
        }

        foreach (var entry in gazetteer.Entries)
        {
            bool IsAmbiguous(string form) => entry.AmbiguousForms.Contains(form);
            Add(entry.Name, entry.Name, PartyMentionKind.Country, IsAmbiguous(entry.Name), false, false);
            foreach (var form in entry.Aliases)
            {
                Add(form, entry.Name, PartyMentionKind.Country, IsAmbiguous(form), false, false);
            }

            foreach (var form in entry.Institutions)
            {
                Add(form, entry.Name, PartyMentionKind.Institution, IsAmbiguous(form), false, false);
            }

            foreach (var form in entry.Demonyms)
            {
                Add(form, entry.Name, PartyMentionKind.Demonym, IsAmbiguous(form), false, false);
            }

            foreach (var form in entry.Capitals)
            {
                Add(form, entry.Name, PartyMentionKind.Capital, IsAmbiguous(form), false, false);
            }
        }

        foreach (var phrase in lists.NotParties)
        {
            Add(phrase, string.Empty, PartyMentionKind.Alias, false, true, false);
        }

        foreach (var party in config.Parties)
        {
            var name = Canonical(gazetteer, party.Name);
            if (!gazetteer.TryGetName(party.Name, out _))
            {
                // A party of the user's own: its name is matched too, as an alias of itself.
                Add(party.Name, name, PartyMentionKind.Alias, false, false, true);
            }

            foreach (var alias in party.Aliases)
            {
                Add(alias, name, PartyMentionKind.Alias, false, false, true);
            }
        }

        foreach (var phrase in config.Ignore)
        {
            Add(phrase, string.Empty, PartyMentionKind.Alias, false, true, true);
        }

        var result = new List<(string[] Words, PartyPhrase Template)>(order.Count);
        foreach (var key in order)
        {
            result.Add(byKey[key]);
        }

        return result;
    }

    private static PartyPhrase[]?[] Index(List<(string[] Words, PartyPhrase Template)> phrases, PartyVocabulary vocabulary)
    {
        var lists = new List<PartyPhrase>?[vocabulary.Count];
        foreach (var (words, template) in phrases)
        {
            var ids = vocabulary.Ids(words);
            var phrase = new PartyPhrase(ids, template.Party, template.Kind, template.TakesArticle, template.Ambiguous, template.Blocks);
            (lists[ids[0]] ??= []).Add(phrase);
        }

        var index = new PartyPhrase[]?[vocabulary.Count];
        for (var i = 0; i < lists.Length; i++)
        {
            if (lists[i] is { } list)
            {
                // Longest first: the first candidate that fits is the longest match.
                index[i] = [.. list.OrderByDescending(p => p.Words.Length)];
            }
        }

        return index;
    }

    private static HeadPhrase[]?[] IndexHeads(List<(string[] Words, bool Adjectival)> heads, PartyVocabulary vocabulary)
    {
        var lists = new List<HeadPhrase>?[vocabulary.Count];
        foreach (var (words, adjectival) in heads)
        {
            var ids = vocabulary.Ids(words);
            (lists[ids[0]] ??= []).Add(new HeadPhrase(ids, adjectival));
        }

        var index = new HeadPhrase[]?[vocabulary.Count];
        for (var i = 0; i < lists.Length; i++)
        {
            if (lists[i] is { } list)
            {
                index[i] = [.. list.OrderByDescending(h => h.Words.Length)];
            }
        }

        return index;
    }

    private static string Canonical(CountryGazetteer gazetteer, string name) =>
        gazetteer.TryGetName(name, out var canonical) ? canonical : name;

    /// <summary>
    /// Follows each party's side to the end of its chain, so that SideOf answers in one lookup.
    /// PartiesFile has removed cycles; a guard still stops at a party seen twice.
    /// </summary>
    private static (FrozenDictionary<string, string>, FrozenDictionary<string, ImmutableArray<string>>) ResolveSides(
        CountryGazetteer gazetteer, PartiesConfig config)
    {
        var direct = new Dictionary<string, string>(StringComparer.Ordinal);
        var backs = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var party in config.Parties)
        {
            var name = Canonical(gazetteer, party.Name);
            if (party.Side is not null && Canonical(gazetteer, party.Side) is var side && side != name)
            {
                direct.TryAdd(name, side);
            }

            if (!party.Backs.IsDefaultOrEmpty)
            {
                var backed = ImmutableArray.CreateBuilder<string>(party.Backs.Length);
                foreach (var other in party.Backs)
                {
                    backed.Add(Canonical(gazetteer, other));
                }

                backs.TryAdd(name, backed.ToImmutable());
            }
        }

        var sides = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var party in direct.Keys)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { party };
            var side = direct[party];
            while (direct.TryGetValue(side, out var next) && seen.Add(side))
            {
                side = next;
            }

            sides[party] = side;
        }

        return (sides.ToFrozenDictionary(StringComparer.Ordinal), backs.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>A reading of tokens [Start, End): a phrase and the kind of mention it makes, or no phrase for a skipped one.</summary>
    private readonly record struct Match(int Start, int End, PartyPhrase? Phrase, PartyMentionKind Kind)
    {
        public static Match None(int at) => new(at, at, null, PartyMentionKind.Country);
    }
}
