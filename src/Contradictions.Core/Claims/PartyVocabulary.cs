using System.Collections.Frozen;

namespace Contradictions.Claims;

/// <summary>
/// Gives each word of the lexicon's phrases an id, so that phrases are matched by comparing
/// integers. Spelling variants share an id: a lower-case word inside a name ("of", "the",
/// "and") also matches capitalised and all-capitals ("Democratic Republic Of The Congo" in a
/// title-case headline), and every word also matches in all capitals ("SOUTH SUDAN").
/// </summary>
internal sealed class PartyVocabulary
{
    private readonly Dictionary<string, int> _ids;
    private int _next = PartyTokenizer.PossessiveWord + 1;

    /// <summary>Creates a vocabulary comparing words with <paramref name="comparer"/>.</summary>
    public PartyVocabulary(StringComparer comparer, bool variants)
    {
        _ids = new Dictionary<string, int>(comparer) { [PartyPhraseText.Possessive] = PartyTokenizer.PossessiveWord };
        Variants = variants;
    }

    /// <summary>True when case variants are registered with each word.</summary>
    public bool Variants { get; }

    /// <summary>The number of ids given so far.</summary>
    public int Count => _next;

    /// <summary>
    /// Registers every word of <paramref name="phrases"/>. Lower-case words go first, so a
    /// capitalised form met later ("The" in "The Gambia") finds the lower-case word's variant
    /// and shares its id whatever the order of the data.
    /// </summary>
    public void Register(IEnumerable<string[]> phrases)
    {
        var later = new List<string>();
        foreach (var words in phrases)
        {
            foreach (var word in words)
            {
                if (IsLower(word))
                {
                    Add(word);
                }
                else
                {
                    later.Add(word);
                }
            }
        }

        foreach (var word in later)
        {
            Add(word);
        }
    }

    /// <summary>The ids of <paramref name="words"/>; every word must have been registered.</summary>
    public int[] Ids(string[] words)
    {
        var ids = new int[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            ids[i] = _ids[words[i]];
        }

        return ids;
    }

    /// <summary>The finished word-to-id map.</summary>
    public FrozenDictionary<string, int> Freeze() => _ids.ToFrozenDictionary(_ids.Comparer);

    private void Add(string word)
    {
        if (_ids.ContainsKey(word))
        {
            return;
        }

        var id = _next++;
        _ids[word] = id;
        if (!Variants)
        {
            return;
        }

        if (IsLower(word))
        {
            _ids.TryAdd(char.ToUpperInvariant(word[0]) + word[1..], id);
        }

        _ids.TryAdd(word.ToUpperInvariant(), id);
    }

    private static bool IsLower(string word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
