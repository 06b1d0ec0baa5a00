namespace Contradictions.Claims;

/// <summary>
/// Splits a phrase from the data files or the parties file into the words the tokenizer would
/// find in a sentence, so that a phrase and a sentence are compared word by word.
/// </summary>
internal static class PartyPhraseText
{
    /// <summary>The text that stands for a possessive ending in a phrase's words.</summary>
    public const string Possessive = "'s";

    /// <summary>
    /// The words of <paramref name="phrase"/>, or null when text could never match it: it is
    /// empty, or punctuation other than spaces, hyphens, apostrophes and abbreviation periods
    /// stands inside it ("Smith, John").
    /// </summary>
    public static string[]? Words(string phrase)
    {
        if (string.IsNullOrWhiteSpace(phrase))
        {
            return null;
        }

        var tokens = phrase.Length <= 256 ? stackalloc PartyToken[phrase.Length] : new PartyToken[phrase.Length];
        var count = PartyTokenizer.Tokenize(phrase, tokens, out _);
        if (count == 0 || tokens[0].Start != 0 || !OnlyClosingPunctuation(phrase, tokens[count - 1].End))
        {
            return null;
        }

        var words = new string[count];
        for (var i = 0; i < count; i++)
        {
            if (i > 0 && !tokens[i].Has(PartyTokenFlags.Joins))
            {
                return null;
            }

            words[i] = tokens[i].Has(PartyTokenFlags.Possessive) ? Possessive : phrase.Substring(tokens[i].Start, tokens[i].Length);
        }

        return words;
    }

    /// <summary>True when text can match <paramref name="phrase"/> (see <see cref="Words"/>).</summary>
    public static bool CanMatch(string phrase) => Words(phrase) is not null;

    private static bool OnlyClosingPunctuation(string phrase, int from)
    {
        for (var i = from; i < phrase.Length; i++)
        {
            if (!char.IsWhiteSpace(phrase[i]) && phrase[i] != '.')
            {
                return false;
            }
        }

        return true;
    }
}
