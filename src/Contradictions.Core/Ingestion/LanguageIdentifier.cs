using System.Collections.Frozen;

namespace Contradictions.Ingestion;

/// <summary>
/// Tells which script a line is written in and, for Latin-script lines, which of a few
/// common languages it is in, from the share of each language's most frequent function words.
/// Small and explainable on purpose: its only job is to keep lines the English rules cannot
/// read (a quoted post in Armenian, a Russian date line, a Spanish caption) out of the analysis.
/// </summary>
public static class LanguageIdentifier
{
    // A Latin-script line is judged only when it has this many words; shorter lines
    // ("Macron and Putin") carry too few function words to tell languages apart.
    private const int MinWordsForLanguage = 6;

    // Fewer letters than this and the script is unknown (a line of numbers or symbols).
    private const int MinLettersForScript = 3;

    private static readonly FrozenDictionary<string, WritingScript> ScriptOfLanguage = new Dictionary<string, WritingScript>
    {
        ["en"] = WritingScript.Latin, ["es"] = WritingScript.Latin, ["fr"] = WritingScript.Latin, ["de"] = WritingScript.Latin,
        ["it"] = WritingScript.Latin, ["pt"] = WritingScript.Latin, ["nl"] = WritingScript.Latin, ["tr"] = WritingScript.Latin,
        ["pl"] = WritingScript.Latin, ["az"] = WritingScript.Latin, ["ro"] = WritingScript.Latin, ["sv"] = WritingScript.Latin,
        ["id"] = WritingScript.Latin, ["vi"] = WritingScript.Latin, ["cs"] = WritingScript.Latin, ["hr"] = WritingScript.Latin,
        ["ru"] = WritingScript.Cyrillic, ["uk"] = WritingScript.Cyrillic, ["bg"] = WritingScript.Cyrillic, ["sr"] = WritingScript.Cyrillic,
        ["be"] = WritingScript.Cyrillic, ["kk"] = WritingScript.Cyrillic, ["el"] = WritingScript.Greek, ["hy"] = WritingScript.Armenian,
        ["ka"] = WritingScript.Georgian, ["he"] = WritingScript.Hebrew, ["ar"] = WritingScript.Arabic, ["fa"] = WritingScript.Arabic,
        ["ur"] = WritingScript.Arabic, ["hi"] = WritingScript.Devanagari, ["th"] = WritingScript.Thai, ["ko"] = WritingScript.Hangul,
        ["ja"] = WritingScript.Kana, ["zh"] = WritingScript.Han,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // The most frequent short function words of each language, chosen so that lists overlap
    // little ("a", "de", "la" are left out where they are ambiguous).
    private static readonly FrozenDictionary<string, FrozenSet<string>> FunctionWords = new Dictionary<string, FrozenSet<string>>
    {
        ["en"] = Set("the", "of", "and", "to", "in", "is", "was", "that", "for", "on", "with", "as", "by", "at", "from", "his", "her", "it", "were", "have", "has", "had", "said", "which", "this", "they", "been", "their", "an", "will"),
        ["es"] = Set("el", "los", "las", "del", "que", "y", "en", "por", "para", "con", "una", "es", "se", "su", "al", "lo", "como", "pero", "sus", "fue", "han", "este", "esta", "entre", "desde"),
        ["fr"] = Set("le", "les", "des", "et", "du", "est", "une", "dans", "qui", "pour", "par", "sur", "avec", "au", "aux", "ce", "cette", "sont", "ont", "pas", "été", "il", "elle", "mais", "leur"),
        ["de"] = Set("der", "die", "und", "das", "den", "dem", "des", "ist", "nicht", "mit", "sich", "auf", "für", "ein", "eine", "einer", "im", "zu", "von", "wurde", "hat", "sind", "auch", "wie", "aus"),
        ["it"] = Set("il", "che", "di", "della", "delle", "dei", "gli", "e", "per", "con", "una", "sono", "nel", "nella", "alla", "non", "è", "ha", "anche", "più", "questo", "stato", "tra", "dal", "degli"),
        ["pt"] = Set("o", "os", "as", "do", "da", "dos", "das", "que", "e", "em", "no", "na", "para", "com", "uma", "não", "foi", "pelo", "pela", "mais", "seu", "sua", "ao", "são", "também"),
        ["nl"] = Set("het", "een", "van", "en", "de", "dat", "niet", "zijn", "op", "voor", "met", "ook", "werd", "naar", "bij", "aan", "wordt", "uit", "heeft", "deze", "maar", "dan", "nog", "hun", "om"),
        ["tr"] = Set("ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha", "gibi", "olan", "ama", "sonra", "kadar", "ancak", "veya", "ise", "her", "değil", "şu", "tarafından"),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The script a language code is written in, or <see cref="WritingScript.Latin"/> when unknown.</summary>
    public static WritingScript ScriptOf(string language) =>
        ScriptOfLanguage.TryGetValue(language, out var script) ? script : WritingScript.Latin;

    /// <summary>The script most of the line's letters belong to, or Unknown with too few letters.</summary>
    public static WritingScript DetectScript(ReadOnlySpan<char> text)
    {
        Span<int> counts = stackalloc int[(int)WritingScript.Other + 1];
        var letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            counts[(int)ScriptOfChar(c)]++;
        }

        if (letters < MinLettersForScript)
        {
            return WritingScript.Unknown;
        }

        var best = WritingScript.Unknown;
        for (var s = 1; s < counts.Length; s++)
        {
            if (counts[s] > counts[(int)best])
            {
                best = (WritingScript)s;
            }
        }

        // Kana lines mix in Han characters; call the line Japanese if any kana is present.
        if (best == WritingScript.Han && counts[(int)WritingScript.Kana] > 0)
        {
            best = WritingScript.Kana;
        }

        return best;
    }

    /// <summary>
    /// The language of a Latin-script line among those with function-word lists, or null
    /// when the line is too short or no language clearly wins.
    /// </summary>
    public static string? DetectLatinLanguage(string text)
    {
        var words = 0;
        var scores = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var raw in text.Split([' ', ',', '.', ';', ':', '!', '?', '"', '(', ')', '“', '”', '«', '»'], StringSplitOptions.RemoveEmptyEntries))
        {
            words++;
            var word = raw.ToLowerInvariant();
            foreach (var (language, set) in FunctionWords)
            {
                if (set.Contains(word))
                {
                    scores[language] = scores.GetValueOrDefault(language) + 1;
                }
            }
        }

        if (words < MinWordsForLanguage)
        {
            return null;
        }

        string? best = null;
        int bestScore = 0, second = 0;
        foreach (var (language, score) in scores)
        {
            if (score > bestScore)
            {
                second = bestScore;
                best = language;
                bestScore = score;
            }
            else if (score > second)
            {
                second = score;
            }
        }

        // A clear winner: at least three function words and twice the runner-up.
        return bestScore >= 3 && bestScore >= 2 * second ? best : null;
    }

    private static WritingScript ScriptOfChar(char c) => c switch
    {
        <= '\u024F' => WritingScript.Latin,
        >= '\u1E00' and <= '\u1EFF' => WritingScript.Latin,
        >= '\u0370' and <= '\u03FF' => WritingScript.Greek,
        >= '\u1F00' and <= '\u1FFF' => WritingScript.Greek,
        >= '\u0400' and <= '\u052F' => WritingScript.Cyrillic,
        >= '\u0530' and <= '\u058F' => WritingScript.Armenian,
        >= '\u0590' and <= '\u05FF' => WritingScript.Hebrew,
        >= '\u0600' and <= '\u06FF' => WritingScript.Arabic,
        >= '\u0750' and <= '\u077F' => WritingScript.Arabic,
        >= '\u0900' and <= '\u097F' => WritingScript.Devanagari,
        >= '\u0E00' and <= '\u0E7F' => WritingScript.Thai,
        >= '\u10A0' and <= '\u10FF' => WritingScript.Georgian,
        >= '\u3040' and <= '\u30FF' => WritingScript.Kana,
        >= '\u4E00' and <= '\u9FFF' => WritingScript.Han,
        >= '\uAC00' and <= '\uD7AF' => WritingScript.Hangul,
        >= '\uFB50' and <= '\uFDFF' => WritingScript.Arabic,
        _ => WritingScript.Other,
    };

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
