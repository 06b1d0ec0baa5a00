using System.Collections.Immutable;

namespace Contradictions.Claims;

/// <summary>
/// Splits a sentence into words, numbers and punctuation marks, once, for the rule-based
/// extractors. A word keeps inner apostrophes and hyphens ("Somalia's", "large-scale"), but a
/// possessive ending is a token of its own, so "Somalia's" gives "Somalia" and "'s".
/// </summary>
internal static class WordTokenizer
{
    public static ImmutableArray<WordToken> Tokenize(string text)
    {
        var tokens = ImmutableArray.CreateBuilder<WordToken>(text.Length / 5 + 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsLetter(c))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInnerJoiner(text, i)))
                {
                    i++;
                }

                // "Somalia's" / "Somalia’s": the possessive is its own token.
                var length = i - start;
                if (length > 2 && (text[i - 1] is 's' or 'S') && IsApostrophe(text[i - 2]))
                {
                    tokens.Add(new WordToken(start, length - 2, WordTokenKind.Word));
                    tokens.Add(new WordToken(i - 2, 2, WordTokenKind.Word));
                }
                else
                {
                    tokens.Add(new WordToken(start, length, WordTokenKind.Word));
                }

                continue;
            }

            if (char.IsDigit(c))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is ',' or '.' or ':' && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
                {
                    i++;
                }

                tokens.Add(new WordToken(start, i - start, WordTokenKind.Number));
                continue;
            }

            tokens.Add(new WordToken(start, 1, WordTokenKind.Punctuation));
            i++;
        }

        return tokens.ToImmutable();
    }

    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    private static bool IsInnerJoiner(string text, int i) =>
        (text[i] is '-' || IsApostrophe(text[i])) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > 0 && char.IsLetter(text[i - 1]);
}
