using System.Collections.Frozen;
using System.Collections.Immutable;
using Contradictions.Ingestion;
using Contradictions.Sentences;

namespace Contradictions.Claims;

/// <summary>
/// What the claim rules remember across the sentences of one article: the last named
/// speaker (for "he", "the ministry"), the people tied to a party ("Somali Prime Minister
/// Hamza Abdi Barre" → Barre), who speaks each multi-sentence quotation, and which party
/// is the other side of whom (the most-mentioned party of another side).
/// </summary>
internal sealed class ArticleContext
{
    // Words that, after a party's name or adjective, introduce a person's name:
    // "Somali Prime Minister Hamza Abdi Barre", "Turkish presidential spokesman Ibrahim Kalin".
    private static readonly HashSet<string> TitleWords = new(StringComparer.Ordinal)
    {
        "president", "presidential", "prime", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson",
        "spokeperson", "adviser", "advisor", "ambassador", "general", "commander", "chief", "foreign", "defense", "defence",
        "press", "deputy", "envoy", "official", "leader", "dictator", "premier", "of", "state", "senior", "army", "military",
        "mayor", "governor", "administrator", "head",
    };

    // How far into a line ending in a colon its speaker may stand ("The X army issued a statement:").
    private const int IntroSubjectTokens = 6;

    // How many recent speakers an institution word may point back to.
    private const int RecentSpeakers = 6;

    private readonly Article _article;
    private readonly PartyLexicon _lexicon;
    private readonly SentenceView[] _views;
    private readonly Dictionary<string, string> _people = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, string>? _corpusPeople;
    private readonly Dictionary<string, int> _mentions = new(StringComparer.Ordinal);
    private readonly Dictionary<QuoteSpan, Attribution?> _quoteSpeakers = [];
    private Attribution? _lastSpeaker;

    // The last few speakers named with a party, most recent first: "the Guards" may point back past another speaker.
    private readonly List<Attribution> _recentSpeakers = [];
    private Attribution? _previous;

    public ArticleContext(Article article, PartyLexicon lexicon, SentenceView[] views, IReadOnlyDictionary<string, string>? corpusPeople = null)
    {
        _article = article;
        _lexicon = lexicon;
        _views = views;
        foreach (var view in views)
        {
            CountAndLearn(view, _people);
        }

        // People the article names without a party may be tied to one elsewhere in the corpus.
        _corpusPeople = corpusPeople;
    }

    /// <summary>
    /// The party of a person named <paramref name="name"/>, or of a bare institution ("army"):
    /// as this article ties them, else as the corpus does. An institution tied to two parties
    /// (<see cref="Ambiguous"/>) is no one's, and one the article ties to two is not looked up
    /// in the corpus.
    /// </summary>
    private bool TryPerson(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? party)
    {
        if (_people.TryGetValue(name, out party))
        {
            return party.Length > 0;
        }

        // The corpus's army is lent only to an article that names no other country: in "The
        // army's media wing said Indian forces …", from an article that names Pakistan too,
        // the army may be Pakistan's though only India's is named elsewhere.
        return _corpusPeople is not null && _corpusPeople.TryGetValue(name, out party) && party.Length > 0
            && (!IsInstitutionKey(name) || !NamesAnotherCountry(party));
    }

    /// <summary>True when the article names a country of the gazetteer other than <paramref name="party"/>.</summary>
    private bool NamesAnotherCountry(string party)
    {
        foreach (var mentioned in _mentions.Keys)
        {
            if (mentioned != party && CountryGazetteer.Builtin.TryGetName(mentioned, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The party learned for an institution that two parties' phrases name ("Russia's army", "Ukraine's army").</summary>
    internal const string Ambiguous = "";

    // The institutions a bare "the army" may be known by across a corpus: a country's armed
    // forces, named in news of its conflict. Learned from "X's army", "the X army", "the army of
    // X"; lower case, so never a name. Police and governments are not: every crime or policy
    // story has them, and a corpus mixing stories would lend one country's to another's.
    private static readonly FrozenSet<string> LearnedInstitutions = FrozenSet.Create(StringComparer.Ordinal,
        "army", "military", "navy");

    /// <summary>True for a key of the people table that is an institution ("army"), not a person's name.</summary>
    internal static bool IsInstitutionKey(string key) => key.Length > 0 && char.IsLower(key[0]);

    /// <summary>Ties an institution to <paramref name="party"/>, or marks it <see cref="Ambiguous"/> when another party has one too.</summary>
    internal static void LearnInstitution(IDictionary<string, string> people, string institution, string party)
    {
        if (!people.TryGetValue(institution, out var known))
        {
            people[institution] = party;
        }
        else if (known != party)
        {
            people[institution] = Ambiguous;
        }
    }

    /// <summary>Learns the people an article ties to a party by title ("X Prime Minister Hamza Abdi Barre"), into <paramref name="people"/>.</summary>
    public static void LearnPeople(SentenceView[] views, IDictionary<string, string> people)
    {
        foreach (var view in views)
        {
            CountAndLearn(view, people, null);
        }
    }

    /// <summary>The speaker of sentence <paramref name="index"/>; call in sentence order.</summary>
    public Attribution Attribute(int index, ImmutableArray<Sentence> sentences)
    {
        var sentence = sentences[index];
        var view = _views[index];
        Attribution? found = null;
        if (sentence.Quote is { } quote)
        {
            if (!_quoteSpeakers.TryGetValue(quote, out found))
            {
                found = QuoteSpeaker(quote, index, sentences);
                _quoteSpeakers[quote] = found;
            }
        }

        if (found is null && SpeakerFinder.Find(view) is { } cue)
        {
            found = Resolve(cue);
        }

        // "The X Defense Ministry:" / "… announced on Twitter:" introduces what follows.
        if (found is null && index > 0 && Intro(index - 1) is { } intro && StartsWithQuote(view))
        {
            found = intro with { Source = SpeakerSource.Quote };
        }

        if (found is null && view.FirstQuoteOpen == 0 && view.LastQuoteClose >= view.Count - 2)
        {
            // A quotation right after another quoted sentence of the same paragraph goes on
            // with the same speaker ("“…,” X said. “After that, …”").
            found = index > 0 && sentences[index - 1].Paragraph == sentence.Paragraph && _previous is { Party: not null } previous
                && _views[index - 1].LastQuoteClose >= 0
                ? previous with { Source = SpeakerSource.Quote }
                : new Attribution("unattributed quotation", null, SpeakerSource.Quote);
        }

        found ??= new Attribution(_article.Metadata.Outlet ?? "the outlet", null, SpeakerSource.Outlet);
        if (found.Source is SpeakerSource.ReportingVerb or SpeakerSource.AccordingTo && found.Party is not null)
        {
            _lastSpeaker = found;
            _recentSpeakers.Insert(0, found);
            if (_recentSpeakers.Count > RecentSpeakers)
            {
                _recentSpeakers.RemoveAt(RecentSpeakers);
            }
        }

        _previous = found;
        return found;
    }

    /// <summary>Who speaks in a clause of a sentence, by the same rules as a whole sentence, or null; remembers nothing.</summary>
    public Attribution? Speak(SentenceView clause) =>
        SpeakerFinder.Find(clause) is { Source: SpeakerSource.ReportingVerb or SpeakerSource.AccordingTo } cue ? Resolve(cue) : null;

    /// <summary>
    /// The other side of <paramref name="party"/>: the most-mentioned party of another side in
    /// this article — but only for one of the article's two most-mentioned sides; an ally or
    /// an observer has no single "other side".
    /// </summary>
    public string? OpponentOf(string? party)
    {
        if (party is null || !IsMainSide(party))
        {
            return null;
        }

        var side = _lexicon.SideOf(party);
        string? best = null;
        var bestCount = 0;
        foreach (var (candidate, count) in _mentions)
        {
            if (_lexicon.SideOf(candidate) == side)
            {
                continue;
            }

            if (count > bestCount || (count == bestCount && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestCount = count;
            }
        }

        return best is null ? null : _lexicon.SideOf(best);
    }

    private bool IsMainSide(string party)
    {
        var bySide = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (candidate, count) in _mentions)
        {
            var side = _lexicon.SideOf(candidate);
            bySide[side] = bySide.GetValueOrDefault(side) + count;
        }

        var ranked = bySide.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(2);
        var own = _lexicon.SideOf(party);
        return ranked.Any(kv => kv.Key == own);
    }

    /// <summary>The party whose losses or means a figure counts, from its owner cue.</summary>
    public string? OwnerOf(Figure figure, SentenceView view, Attribution attribution)
    {
        if (figure.OwnerCue is not { } cue)
        {
            return null;
        }

        var lower = cue.ToLowerInvariant();
        if (lower is "our" or "we" or "us")
        {
            return attribution.Party;
        }

        // "its soldiers", and the subject of "lost" as a pronoun: "it had lost no aircraft".
        if (lower is "its" or "their" or "his" or "her" or "it" or "they")
        {
            // The nearest party named before the figure: "a failed X offensive led to the death of 21 of its soldiers".
            string? nearest = null;
            for (var i = 0; i < view.Count && view.Tokens[i].Start < figure.Span.Start; i++)
            {
                if (view.PartyAt[i] is { } mention)
                {
                    nearest = mention.Party;
                }
            }

            return nearest ?? attribution.Party;
        }

        var inCue = _lexicon.Find(cue);
        if (!inCue.IsEmpty)
        {
            return inCue[0].Party;
        }

        foreach (var word in cue.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (TryPerson(word.Trim(',', '.', '’', '\''), out var party))
            {
                return party;
            }
        }

        return null;
    }

    private Attribution? Resolve(SpeakerCue cue)
    {
        if (cue.Party is not null || cue.Mutual)
        {
            return new Attribution(cue.Text, cue.Party, cue.Source);
        }

        foreach (var word in cue.Text.Split([' ', ',', '’', '\''], StringSplitOptions.RemoveEmptyEntries))
        {
            if (TryPerson(word, out var party))
            {
                return new Attribution(cue.Text, party, cue.Source);
            }
        }

        // "China's foreign ministry said …. Foreign ministry spokesman Zhao Lijian said …": the
        // institution of a recent named speaker, now with a person's name, is still theirs.
        if (cue.HasName && _recentSpeakers.Find(recent => SharesInstitution(cue.Text, recent.Speaker)) is { Party: { } institutionParty })
        {
            return new Attribution(cue.Text, institutionParty, cue.Source);
        }

        // A name the article does not tie to a party is a speaker of its own ("the Syrian
        // Observatory", "Lavrov"); "he", "the ministry", "a statement" stand for the last
        // named speaker.
        if (cue.HasName)
        {
            return new Attribution(cue.Text, null, cue.Source);
        }

        // A bare plural of someone else ("Engineers consulted by …", "Witnesses") is a new,
        // unnamed speaker, not the last one.
        var first = cue.Text.AsSpan().TrimStart();
        var space = first.IndexOfAny(' ', ',');
        var firstWord = (space < 0 ? first : first[..space]).ToString().ToLowerInvariant();
        if (!ClaimWords.Pronouns.Contains(firstWord) && !ClaimWords.Determiners.Contains(firstWord))
        {
            return new Attribution(cue.Text, null, cue.Source);
        }

        return _lastSpeaker is null ? null : new Attribution(cue.Text, _lastSpeaker.Party, SpeakerSource.Pronoun);
    }

    // The nouns that name a body speaking for a party ("the foreign ministry", "the army").
    private static readonly FrozenSet<string> InstitutionNouns = FrozenSet.Create(StringComparer.Ordinal,
        "ministry", "army", "military", "forces", "command", "government", "office", "agency", "council", "presidency", "navy", "police",
        "guards", "corps");

    /// <summary>True when both phrases hold the same institution noun ("ministry", "army").</summary>
    private static bool SharesInstitution(string phrase, string other)
    {
        var words = other.ToLowerInvariant().Split([' ', ',', '’', '\''], StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in phrase.ToLowerInvariant().Split([' ', ',', '’', '\''], StringSplitOptions.RemoveEmptyEntries))
        {
            if (InstitutionNouns.Contains(word) && Array.IndexOf(words, word) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Who speaks a quotation that runs over several sentences: named after it, before it, or in an introducing line.</summary>
    private Attribution? QuoteSpeaker(QuoteSpan quote, int index, ImmutableArray<Sentence> sentences)
    {
        var first = index;
        while (first > 0 && sentences[first - 1].Quote == quote)
        {
            first--;
        }

        var last = index;
        while (last + 1 < sentences.Length && sentences[last + 1].Quote == quote)
        {
            last++;
        }

        // After the closing mark: "…,” the ministry said." Before the opening mark: "X said: “…".
        foreach (var candidate in new[] { last, first })
        {
            if (SpeakerFinder.Find(_views[candidate]) is { } cue && Resolve(cue) is { } found)
            {
                return found with { Source = SpeakerSource.Quote };
            }
        }

        return first > 0 && Intro(first - 1) is { } intro ? intro with { Source = SpeakerSource.Quote } : null;
    }

    /// <summary>A sentence ending in a colon that names its speaker introduces the next one.</summary>
    private Attribution? Intro(int index)
    {
        var view = _views[index];
        if (view.Count == 0 || !view.IsPunct(view.Count - 1, ':'))
        {
            return null;
        }

        if (SpeakerFinder.Find(view) is { } cue && Resolve(cue) is { } found)
        {
            return found;
        }

        // "The X Defense Ministry:" / "The X army issued a statement:" — the party at the
        // head of a line that ends in a colon speaks what follows.
        for (var i = 0; i < view.Count && i < IntroSubjectTokens; i++)
        {
            if (view.PartyAt[i] is { } mention)
            {
                var end = i;
                while (end < view.Count && view.PartyAt[end] == mention)
                {
                    end++;
                }

                var speaker = view.Count <= IntroSubjectTokens ? view.Text.TrimEnd(':').Trim() : SpeakerFinder.Slice(view, 0, Math.Max(end, Math.Min(view.Count - 1, end + 1)));
                return new Attribution(speaker, mention.Party, SpeakerSource.ReportingVerb);
            }
        }

        return null;
    }

    private static bool StartsWithQuote(SentenceView view) => view.FirstQuoteOpen is 0 or 1 || (view.Count > 0 && view.InQuote[0]);

    private void CountAndLearn(SentenceView view, IDictionary<string, string> people) => CountAndLearn(view, people, _mentions);

    private static void CountAndLearn(SentenceView view, IDictionary<string, string> people, Dictionary<string, int>? mentions)
    {
        for (var i = 0; i < view.Count; i++)
        {
            if (view.PartyAt[i] is not { } mention || (i > 0 && view.PartyAt[i - 1] == mention))
            {
                continue;
            }

            if (mentions is not null)
            {
                mentions[mention.Party] = mentions.GetValueOrDefault(mention.Party) + 1;
            }

            // Party, then title words, then a capitalized name: remember the name's last word.
            var k = i + 1;
            while (k < view.Count && view.PartyAt[k] == mention)
            {
                k++;
            }

            // "Sudan's army said …": a later bare "the army" is Sudan's, unless another party's is named too.
            if (mention.Kind == PartyMentionKind.Institution)
            {
                for (var h = i; h < k; h++)
                {
                    if (LearnedInstitutions.Contains(view.Lower[h]))
                    {
                        LearnInstitution(people, view.Lower[h], mention.Party);
                        break;
                    }
                }
            }

            var sawTitle = mention.Kind == PartyMentionKind.Institution;
            var titleStart = k;
            while (k < view.Count && TitleWords.Contains(view.Lower[k]))
            {
                sawTitle = true;
                k++;
            }

            // "Vladimir Leontyev, the Russian-installed mayor of …": a name, then the party and a title.
            if (k > titleStart && i >= 3 && (view.Is(i - 1, "the") || view.Is(i - 1, "a")) && view.IsPunct(i - 2, ','))
            {
                var nameEnd = i - 2;
                var first = nameEnd;
                while (first > 0 && nameEnd - first < 3 && view.Tokens[first - 1].IsCapitalized(view.Text) && view.PartyAt[first - 1] is null)
                {
                    first--;
                }

                if (first < nameEnd)
                {
                    people.TryAdd(view.Tokens[nameEnd - 1].In(view.Text).ToString(), mention.Party);
                }
            }

            var nameStart = k;
            while (k < view.Count && view.Tokens[k].IsCapitalized(view.Text) && view.PartyAt[k] is null && k - nameStart < 3)
            {
                k++;
            }

            if (sawTitle && k > nameStart)
            {
                people.TryAdd(view.Tokens[k - 1].In(view.Text).ToString(), mention.Party);
                if (k - nameStart > 1)
                {
                    people.TryAdd(view.Tokens[nameStart].In(view.Text).ToString(), mention.Party);
                }
            }
        }
    }
}
