using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Contradictions.Featurization;

/// <summary>
/// Per-character tables for the normalizer: the class of every UTF-16 code unit (letter,
/// digit, mark, apostrophe, separator), built once, and its letter without diacritics, built a
/// block at a time as text needs it. Looking a
/// character up in a table keeps the normalizer at a few nanoseconds a character, where
/// normalizing each text to Unicode form D would allocate a string per text.
/// </summary>
internal static class CharFolding
{
    /// <summary>Marks a folded letter that becomes two letters; see <see cref="Expansion"/>.</summary>
    public const char Expands = '\uFFFF';

    // Scripts above this point (CJK, Hangul, …) have no diacritics to remove, and form D would
    // split Hangul syllables into their jamo.
    private const int FoldLimit = 0x3000;

    // Letters that Unicode gives no decomposition but that readers take for a plain letter with
    // a mark ("Kalın" is Kalin to an English reader), and the ligatures and old letters that
    // stand for two.
    private static readonly FrozenDictionary<char, char> Unmarked = new Dictionary<char, char>
    {
        ['ı'] = 'i', ['ł'] = 'l', ['Ł'] = 'L', ['ø'] = 'o', ['Ø'] = 'O', ['đ'] = 'd', ['Đ'] = 'D',
        ['ð'] = 'd', ['Ð'] = 'D', ['ħ'] = 'h', ['Ħ'] = 'H', ['ŧ'] = 't', ['Ŧ'] = 'T', ['ŀ'] = 'l', ['Ŀ'] = 'L',
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<char, string> Expansions = new Dictionary<char, string>
    {
        ['ß'] = "ss", ['ẞ'] = "SS", ['æ'] = "ae", ['Æ'] = "AE", ['œ'] = "oe", ['Œ'] = "OE", ['þ'] = "th", ['Þ'] = "TH",
    }.ToFrozenDictionary();

    // Declared after the two maps above: static fields are initialized in the order they appear,
    // and the folding blocks read both.
    private static readonly CharClass[] Classes = BuildClasses();

    // The folding table in blocks of 256 code units, each built the first time a character of
    // it is folded: text is mostly ASCII and Latin, and building the whole table (a Unicode
    // decomposition per letter) cost more at start-up than a short run spends folding. Two
    // threads may build the same block; both build the same content, and either is kept.
    private static readonly char[]?[] FoldedBlocks = new char[]?[(char.MaxValue + 1) >> 8];

    /// <summary>The class of <paramref name="c"/>.</summary>
    public static CharClass Classify(char c) => Classes[c];

    /// <summary>
    /// <paramref name="c"/> without its diacritics, or <see cref="Expands"/> when it stands for
    /// two letters. Only meaningful for letters.
    /// </summary>
    public static char Fold(char c) => (Volatile.Read(ref FoldedBlocks[c >> 8]) ?? BuildBlock(c >> 8))[c & 0xFF];

    /// <summary>The letters a character folded to <see cref="Expands"/> stands for.</summary>
    public static string Expansion(char c) => Expansions[c];

    private static CharClass[] BuildClasses()
    {
        var classes = new CharClass[char.MaxValue + 1];
        for (int c = 0; c <= char.MaxValue; c++)
        {
            classes[c] = (char)c switch
            {
                '\'' or '\u2019' or '\u02BC' => CharClass.Apostrophe,
                _ => CharUnicodeInfo.GetUnicodeCategory((char)c) switch
                {
                    UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber
                        or UnicodeCategory.SpacingCombiningMark => CharClass.Letter,
                    UnicodeCategory.DecimalDigitNumber => CharClass.Digit,
                    UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark => CharClass.Mark,
                    _ => CharClass.Separator,
                },
            };
        }

        return classes;
    }

    private static char[] BuildBlock(int block)
    {
        var folded = new char[256];
        Span<char> one = stackalloc char[1];
        for (int k = 0; k < folded.Length; k++)
        {
            int c = (block << 8) + k;
            char ch = (char)c;
            folded[k] = ch;
            if (c < 0x80 || c >= FoldLimit || Classes[c] != CharClass.Letter)
            {
                continue;
            }

            if (Unmarked.TryGetValue(ch, out char plain))
            {
                folded[k] = plain;
                continue;
            }

            if (Expansions.ContainsKey(ch))
            {
                folded[k] = Expands;
                continue;
            }

            one[0] = ch;
            string decomposed = new string(one).Normalize(NormalizationForm.FormD);
            if (decomposed.Length > 1 && Classes[decomposed[0]] == CharClass.Letter && IsMarksOnly(decomposed.AsSpan(1)))
            {
                folded[k] = decomposed[0];
            }
        }

        Volatile.Write(ref FoldedBlocks[block], folded);
        return folded;
    }

    private static bool IsMarksOnly(ReadOnlySpan<char> chars)
    {
        foreach (char c in chars)
        {
            if (Classes[c] != CharClass.Mark)
            {
                return false;
            }
        }

        return true;
    }
}
