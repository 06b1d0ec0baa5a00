using System.Collections.Frozen;
using System.Collections.Immutable;
using Contradictions.Ingestion;
using Contradictions.Sentences;

namespace Contradictions.Claims;

/// <summary>
/// Finds the parties a corpus speaks of that no gazetteer holds — armed groups, movements,
/// militias ("Hezbollah said …", "RSF fighters", "the M23 rebels") — so the tool can tell
/// who says what without a parties file. A name counts when it is a group by its words
/// ("X fighters", "X rebels", an acronym acting or speaking), or when it speaks in at least two
/// articles and is never the surname of a named person ("Lindsay Lohan" makes "Lohan" a person).
/// </summary>
public static class PartyDiscovery
{
    private static readonly FrozenSet<string> GroupNouns = FrozenSet.Create(StringComparer.Ordinal,
        "fighters", "militants", "rebels", "militia", "militias", "forces", "group", "movement", "gunmen", "insurgents",
        "commanders", "guerrillas", "paramilitaries", "units", "brigades", "faction", "factions");

    // Speakers that name no one: "Officials said", "Witnesses said", "Some said".
    private static readonly FrozenSet<string> UnnamedSpeakers = FrozenSet.Create(StringComparer.Ordinal,
        "officials", "witnesses", "sources", "residents", "police", "authorities", "analysts", "experts", "critics", "supporters",
        "protesters", "observers", "diplomats", "locals", "villagers", "doctors", "medics", "survivors", "relatives", "activists",
        "some", "many", "several", "others", "despite", "both", "all", "most", "few", "reports", "media", "officers", "troops",
        "soldiers", "rescuers", "investigators", "prosecutors", "lawyers", "organisers", "organizers", "neighbours", "neighbors");

    /// <summary>The discovered party names, in ordinal order, none already known to <paramref name="lexicon"/>.</summary>
    public static ImmutableArray<string> Discover(IEnumerable<(Article Article, ImmutableArray<Sentence> Sentences)> corpus, PartyLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(lexicon);
        return Decide(corpus.Select(a => Collect(a.Sentences, lexicon)), lexicon);
    }

    /// <summary>
    /// What one article tells of the names it uses: who speaks, which names stand before a group
    /// noun or inside a sentence, which are surnames. Depends on the article and the lexicon
    /// alone, so a re-run keeps it for an unchanged article and only adds up.
    /// </summary>
    public static DiscoveryEvidence Collect(ImmutableArray<Sentence> sentences, PartyLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var speakers = new SortedSet<string>(StringComparer.Ordinal);
        var groupUses = new Dictionary<string, int>(StringComparer.Ordinal);
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        var mentions = new Dictionary<string, int>(StringComparer.Ordinal);
        var institutionHeads = new SortedSet<string>(StringComparer.Ordinal);
        var longForms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            var view = new SentenceView(sentence.Text, lexicon.Find(sentence.Text));
            CollectSurnames(view, surnames);
            CollectLongForms(view, longForms);
            for (var i = 1; i < view.Count && sentence.Kind != SentenceKind.Headline; i++)
            {
                if (view.Tokens[i].IsCapitalized(view.Text))
                {
                    var word = view.Tokens[i].In(view.Text).ToString();
                    mentions[word] = mentions.GetValueOrDefault(word) + 1;
                }
            }

            CollectGroups(view, groupUses);
            var speaker = SpeakerFinder.Find(view);
            if (speaker is { Party: null, HasName: true, Mutual: false } && InstitutionHead(speaker.Text) is { } head)
            {
                institutionHeads.Add(head);
            }

            if (speaker is { Party: null, HasName: true, Mutual: false } cue && Name(cue.Text) is { } name)
            {
                speakers.Add(name);
            }
        }

        return new DiscoveryEvidence([.. speakers], groupUses, [.. surnames.Order(StringComparer.Ordinal)], mentions, [.. institutionHeads], longForms);
    }

    /// <summary>
    /// The long forms of the discovered parties that are acronyms, as the corpus introduced
    /// them ("the Rapid Support Forces (RSF)"): each is read as that party too. The first
    /// long form in ordinal order wins when articles differ.
    /// </summary>
    public static Dictionary<string, string> LongForms(IEnumerable<DiscoveryEvidence> corpus, IEnumerable<string> discovered)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(discovered);
        var wanted = discovered.ToHashSet(StringComparer.Ordinal);
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var evidence in corpus)
        {
            foreach (var (acronym, longForm) in evidence.LongForms)
            {
                if (wanted.Contains(acronym) && (!result.TryGetValue(acronym, out var kept) || string.CompareOrdinal(longForm, kept) < 0))
                {
                    result[acronym] = longForm;
                }
            }
        }

        return new Dictionary<string, string>(result, StringComparer.Ordinal);
    }

    // Small words a long form may hold that its acronym skips: "Kurdistan Workers' Party", "Forces for the Defence of …".
    private static readonly FrozenSet<string> LongFormJoiners = FrozenSet.Create(StringComparer.Ordinal, "of", "the", "for", "and", "de", "al");

    /// <summary>"the Rapid Support Forces (RSF)": capitalized words whose initials spell the acronym in brackets after them.</summary>
    private static void CollectLongForms(SentenceView view, Dictionary<string, string> longForms)
    {
        for (var i = 2; i + 1 < view.Count; i++)
        {
            if (!view.IsPunct(i - 1, '(') || !view.IsPunct(i + 1, ')') || view.Tokens[i].Kind != WordTokenKind.Word)
            {
                continue;
            }

            var acronym = view.Tokens[i].In(view.Text).ToString();
            if (acronym.Length is < 2 or > 8 || !acronym.All(char.IsUpper))
            {
                continue;
            }

            // Walk back over the words before the bracket, matching the acronym's letters from its last.
            var letter = acronym.Length - 1;
            var first = i - 1;
            for (var k = i - 2; k >= 0 && letter >= 0; k--)
            {
                if (view.Tokens[k].Kind != WordTokenKind.Word)
                {
                    break;
                }

                var word = view.Tokens[k].In(view.Text);
                if (LongFormJoiners.Contains(view.Lower[k]) && letter < acronym.Length - 1)
                {
                    continue;
                }

                if (!char.IsUpper(word[0]) || word[0] != acronym[letter])
                {
                    break;
                }

                letter--;
                first = k;
            }

            if (letter < 0 && first < i - 1)
            {
                var start = view.Tokens[first].Start;
                longForms.TryAdd(acronym, view.Text[start..view.Tokens[i - 2].End]);
            }
        }
    }

    /// <summary>The party names the evidence of a whole corpus makes, in ordinal order, none already known to <paramref name="lexicon"/>.</summary>
    public static ImmutableArray<string> Decide(IEnumerable<DiscoveryEvidence> corpus, PartyLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(lexicon);
        var speakerArticles = new Dictionary<string, int>(StringComparer.Ordinal);
        var groupUses = new Dictionary<string, int>(StringComparer.Ordinal);
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        var mentions = new Dictionary<string, int>(StringComparer.Ordinal);
        var institutionHeads = new HashSet<string>(StringComparer.Ordinal);
        foreach (var evidence in corpus)
        {
            foreach (var name in evidence.Speakers)
            {
                speakerArticles[name] = speakerArticles.GetValueOrDefault(name) + 1;
            }

            foreach (var (name, uses) in evidence.GroupUses)
            {
                groupUses[name] = groupUses.GetValueOrDefault(name) + uses;
            }

            surnames.UnionWith(evidence.Surnames);
            foreach (var (name, count) in evidence.Mentions)
            {
                mentions[name] = mentions.GetValueOrDefault(name) + count;
            }

            institutionHeads.UnionWith(evidence.InstitutionHeads);
        }

        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (name, uses) in groupUses)
        {
            // "Islamist militants", "Jihadist groups": an ideology, not a party. Two uses as a
            // group, or one and a statement of its own ("M23 rebels" and "the M23 said").
            if ((uses >= 2 || speakerArticles.ContainsKey(name) || speakerArticles.ContainsKey(name + "s")) && lexicon.Find(name).IsEmpty && !surnames.Contains(name)
                && !name.EndsWith("ist", StringComparison.Ordinal) && !name.EndsWith("ic", StringComparison.Ordinal))
            {
                found.Add(name);
            }
        }

        // "the X Foreign Ministry said": an authority of its own when X is named often.
        foreach (var head in institutionHeads)
        {
            if (mentions.GetValueOrDefault(head) >= MinInstitutionMentions && !surnames.Contains(head) && lexicon.Find(head).IsEmpty)
            {
                found.Add(head);
            }
        }

        // A speaker name must also stand capitalized inside a sentence somewhere, so words that
        // are capitalized only because they open a sentence ("Officials said", "Witnesses said")
        // never count.
        foreach (var (name, articles) in speakerArticles)
        {
            if (articles >= 2 && !surnames.Contains(name) && mentions.ContainsKey(name) && lexicon.Find(name).IsEmpty)
            {
                found.Add(name);
            }
        }

        // "Houthi rebels" and "the Houthis said" are one party, under the name used with the
        // group word; the plural is its alias (see PluralAlias).
        found.RemoveWhere(name => name.EndsWith('s') && found.Contains(name[..^1]));
        return [.. found];
    }

    /// <summary>
    /// The plural a found party is also called by, "the Houthis" for "Houthi", or null for a
    /// name that already ends in s.
    /// </summary>
    public static string? PluralAlias(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return name.EndsWith('s') ? null : name + "s";
    }

    // Words that make "the X …" an authority that can be a side: a ministry, an army, a government.
    private static readonly FrozenSet<string> AuthorityWords = FrozenSet.Create(StringComparer.Ordinal,
        "ministry", "army", "forces", "military", "government", "authorities", "command", "council", "office", "president",
        "presidential", "defense", "defence", "interior", "foreign", "security", "staff");

    // How often the X of "the X Foreign Ministry" must be named inside sentences to count as a party.
    private const int MinInstitutionMentions = 3;

    /// <summary>The X of a speaker phrase "[the] X Foreign Ministry" / "X Defense Forces": one unknown capitalized word, then institution words only.</summary>
    private static string? InstitutionHead(string cue)
    {
        var words = cue.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = words.Length > 0 && words[0] is "the" or "The" ? 1 : 0;
        if (words.Length - start < 2 || words[start].Length < 2 || !char.IsUpper(words[start][0])
            || ClaimWords.InstitutionWords.Contains(words[start].ToLowerInvariant()))
        {
            return null;
        }

        var governs = false;
        for (var i = start + 1; i < words.Length; i++)
        {
            var word = words[i].ToLowerInvariant();
            if (!ClaimWords.InstitutionWords.Contains(word))
            {
                return null;
            }

            governs |= AuthorityWords.Contains(word);
        }

        // "the Associated Press said" is an agency's name, not an authority's.
        return governs ? words[start] : null;
    }

    /// <summary>A speaker phrase that is a bare name of one capitalized word ("Hezbollah", "the Taliban"), else null.</summary>
    private static string? Name(string cue)
    {
        var words = cue.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // One word only: two capitalized words are most often a person's first and last name.
        var start = words.Length > 0 && words[0] is "the" or "The" ? 1 : 0;
        if (words.Length - start != 1)
        {
            return null;
        }

        for (var i = start; i < words.Length; i++)
        {
            var word = words[i];
            if (word.Length < 2 || !char.IsUpper(word[0]) || ClaimWords.InstitutionWords.Contains(word.ToLowerInvariant())
                || ClaimWords.Pronouns.Contains(word.ToLowerInvariant()) || UnnamedSpeakers.Contains(word.ToLowerInvariant()))
            {
                return null;
            }
        }

        return string.Join(' ', words, start, words.Length - start);
    }

    /// <summary>"X fighters", "the X rebels": a capitalized word (or acronym) right before a group noun.</summary>
    private static void CollectGroups(SentenceView view, Dictionary<string, int> uses)
    {
        for (var i = 1; i < view.Count; i++)
        {
            if (!GroupNouns.Contains(view.Lower[i]) || view.PartyAt[i - 1] is not null || !view.Tokens[i - 1].IsCapitalized(view.Text))
            {
                continue;
            }

            // Not the sentence's first word ("Rebels said"), and not a title ("Special forces").
            if (i - 1 == 0 && !view.IsAcronym(i - 1))
            {
                continue;
            }

            var word = view.Tokens[i - 1].In(view.Text).ToString();
            if (ClaimWords.InstitutionWords.Contains(word.ToLowerInvariant()))
            {
                continue;
            }

            uses[word] = uses.GetValueOrDefault(word) + 1;
        }
    }

    /// <summary>Words that follow a capitalized first name are surnames of people ("Lindsay Lohan"); an acronym never is ("Other SDF fighters").</summary>
    private static void CollectSurnames(SentenceView view, HashSet<string> surnames)
    {
        for (var i = 1; i < view.Count; i++)
        {
            if (view.Tokens[i].IsCapitalized(view.Text) && view.Tokens[i - 1].IsCapitalized(view.Text) && view.Tokens[i - 1].IsWord
                && view.PartyAt[i - 1] is null && !ClaimWords.InstitutionWords.Contains(view.Lower[i - 1]) && !view.IsAcronym(i - 1)
                && !view.IsAcronym(i))
            {
                surnames.Add(view.Tokens[i].In(view.Text).ToString());
            }
        }
    }
}
