using System.Collections.Frozen;

namespace Contradictions.Claims;

/// <summary>
/// The tables of <see cref="FigureVocabulary"/> folded into one frozen, case-insensitive
/// dictionary from word to <see cref="FigureWord"/>, looked up with a span so that a token
/// never becomes a string to be asked about. Built once per process.
/// </summary>
internal static class FigureLexicon
{
    private static readonly FrozenDictionary<string, FigureWord> Words = BuildWords();

    private static readonly FrozenDictionary<string, FigureWord>.AlternateLookup<ReadOnlySpan<char>> WordLookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, NumberWord> Suffixes =
        FigureVocabulary.DigitSuffixes.ToFrozenDictionary(s => s.Suffix, s => s.Meaning, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, NumberWord>.AlternateLookup<ReadOnlySpan<char>> SuffixLookup =
        Suffixes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The entry for <paramref name="word"/> (any case), or null.</summary>
    public static FigureWord? Find(ReadOnlySpan<char> word) => WordLookup.TryGetValue(word, out var entry) ? entry : null;

    /// <summary>The meaning of letters glued to digits ("th", "bn"), or null when they make the number no count.</summary>
    public static NumberWord? FindSuffix(ReadOnlySpan<char> suffix) => SuffixLookup.TryGetValue(suffix, out var meaning) ? meaning : null;

    /// <summary>Splits a vocabulary phrase into its lower-case words; spaces and hyphens both separate.</summary>
    public static string[] SplitPhrase(string phrase) =>
        phrase.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static FrozenDictionary<string, FigureWord> BuildWords()
    {
        var words = new Dictionary<string, FigureWord>(StringComparer.OrdinalIgnoreCase);
        var items = new Dictionary<string, List<ItemEntry>>(StringComparer.OrdinalIgnoreCase);
        var outcomes = new Dictionary<string, List<OutcomeEntry>>(StringComparer.OrdinalIgnoreCase);
        var outcomesEnding = new Dictionary<string, List<OutcomeEntry>>(StringComparer.OrdinalIgnoreCase);
        var qualifiers = new Dictionary<string, List<QualifierEntry>>(StringComparer.OrdinalIgnoreCase);

        foreach (var (phrase, item, category, form) in FigureVocabulary.Items)
        {
            var entry = new ItemEntry(SplitPhrase(phrase), item, category, form);
            Add(items, entry.Words[0], entry);
            Get(words, entry.Words[0]);
        }

        foreach (var (phrase, kind, positions) in FigureVocabulary.Outcomes)
        {
            var entry = new OutcomeEntry(SplitPhrase(phrase), kind, positions);
            Add(outcomes, entry.Words[0], entry);
            Add(outcomesEnding, entry.Words[^1], entry);
            Get(words, entry.Words[0]);
            Get(words, entry.Words[^1]);
        }

        foreach (var (phrase, kind) in FigureVocabulary.Qualifiers)
        {
            var entry = new QualifierEntry(SplitPhrase(phrase), kind);
            Add(qualifiers, entry.Words[0], entry);
            Get(words, entry.Words[0]);
        }

        foreach (var (word, meaning) in FigureVocabulary.Numbers)
        {
            Get(words, word).Number = meaning;
        }

        AddRole(words, FigureVocabulary.Stops, WordRoles.Stop);
        AddRole(words, FigureVocabulary.Auxiliaries, WordRoles.Auxiliary);
        AddRole(words, FigureVocabulary.Units, WordRoles.Unit);
        AddRole(words, FigureVocabulary.Months, WordRoles.Month);
        AddRole(words, FigureVocabulary.TimeWords, WordRoles.TimeWord | WordRoles.Stop);
        AddRole(words, FigureVocabulary.Labels, WordRoles.Label);
        AddRole(words, FigureVocabulary.CurrencyCodes, WordRoles.CurrencyCode);
        AddRole(words, FigureVocabulary.AgeWords, WordRoles.Age);
        AddRole(words, FigureVocabulary.YearPrepositions, WordRoles.YearPreposition);
        AddRole(words, FigureVocabulary.Determiners, WordRoles.Determiner);
        AddRole(words, FigureVocabulary.OwnerDeterminers, WordRoles.OwnerDeterminer);
        AddRole(words, FigureVocabulary.SideWords, WordRoles.SideWord);
        AddRole(words, FigureVocabulary.InstitutionHeads, WordRoles.InstitutionHead);
        AddRole(words, FigureVocabulary.NotOwners, WordRoles.NotOwner);
        AddRole(words, FigureVocabulary.ChangeVerbs, WordRoles.ChangeVerb);
        AddRole(words, FigureVocabulary.TollLeads, WordRoles.TollLead);
        AddRole(words, FigureVocabulary.SubjectSkips, WordRoles.SubjectSkip);
        AddRole(words, FigureVocabulary.ListWords, WordRoles.ListWord);
        AddRole(words, FigureVocabulary.TimePossessives, WordRoles.TimePossessive);
        AddRole(words, FigureVocabulary.Shares, WordRoles.Share);

        // Sentence openers end an owner phrase read backwards ("Although the Ukrainian Ground
        // Forces lost"): they are function words even when capitalised.
        AddRole(words, FigureVocabulary.SentenceOpeners, WordRoles.Stop);
        AddRole(words, ["toll", "tolls"], WordRoles.Toll);
        AddRole(words, ["of"], WordRoles.Of);

        foreach (var (word, entry) in words)
        {
            // Longest phrase first: "surface-to-air missile systems" must win over nothing at
            // "surface", "police officers" over "police", "lost their lives" over "lost".
            entry.Items = Sorted(items, word, e => e.Words.Length);
            entry.Outcomes = Sorted(outcomes, word, e => e.Words.Length);
            entry.OutcomesEndingHere = Sorted(outcomesEnding, word, e => e.Words.Length);
            entry.Qualifiers = Sorted(qualifiers, word, e => e.Words.Length);
        }

        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static FigureWord Get(Dictionary<string, FigureWord> words, string word)
    {
        if (!words.TryGetValue(word, out var entry))
        {
            entry = new FigureWord();
            words.Add(word, entry);
        }

        return entry;
    }

    private static void Add<T>(Dictionary<string, List<T>> index, string word, T entry)
    {
        if (!index.TryGetValue(word, out var list))
        {
            list = [];
            index.Add(word, list);
        }

        list.Add(entry);
    }

    private static void AddRole(Dictionary<string, FigureWord> words, string[] list, WordRoles role)
    {
        foreach (string word in list)
        {
            Get(words, word).Roles |= role;
        }
    }

    private static T[] Sorted<T>(Dictionary<string, List<T>> index, string word, Func<T, int> length)
    {
        if (!index.TryGetValue(word, out var list))
        {
            return [];
        }

        // A stable sort keeps the table's order among phrases of equal length.
        return [.. list.OrderByDescending(length)];
    }
}
