namespace Contradictions.Featurization;

/// <summary>
/// A reusable buffer holding one text as the featurizer reads it: its words normalized (lower
/// case, without diacritics), separated by single spaces, stop words left out, between a
/// start-of-text and an end-of-text marker. Word n-grams are then slices of this buffer (two
/// neighbouring words and the space between them are one contiguous span), and character
/// n-grams are windows over it, so no string is made per word. One instance per thread.
/// </summary>
internal sealed class NormalizedText
{
    /// <summary>Stands before the first word, as ML.NET's character tokenizer marks the start of a text.</summary>
    public const char StartMarker = '\u0002';

    /// <summary>Stands after the last word.</summary>
    public const char EndMarker = '\u0003';

    private char[] _buffer = new char[256];
    private int[] _starts = new int[64];
    private int[] _ends = new int[64];

    /// <summary>The number of characters in <see cref="Chars"/>, markers included.</summary>
    public int Length { get; private set; }

    /// <summary>The number of words.</summary>
    public int TokenCount { get; private set; }

    /// <summary>The normalized text with its two markers.</summary>
    public ReadOnlySpan<char> Chars => _buffer.AsSpan(0, Length);

    /// <summary>The <paramref name="index"/>th word.</summary>
    public ReadOnlySpan<char> Token(int index) => _buffer.AsSpan(_starts[index], _ends[index] - _starts[index]);

    /// <summary>
    /// The words from <paramref name="first"/> to <paramref name="last"/> (inclusive) with the
    /// single spaces between them: the key of a word n-gram.
    /// </summary>
    public ReadOnlySpan<char> Tokens(int first, int last) => _buffer.AsSpan(_starts[first], _ends[last] - _starts[first]);

    /// <summary>Normalizes <paramref name="text"/> into this buffer, replacing what it held.</summary>
    public void Load(ReadOnlySpan<char> text, TextNormalization settings)
    {
        // Each source character writes at most two (ß → ss), plus a space before a word and the
        // two markers; a word needs at least one character and a separator after it.
        EnsureCapacity(text.Length);
        char[] buffer = _buffer;
        bool lower = settings.LowerCase;
        bool fold = settings.RemoveDiacritics;
        bool numbers = settings.KeepNumbers;

        buffer[0] = StartMarker;
        int w = 1;
        int tokenStart = -1;
        TokenCount = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (CharFolding.Classify(c))
            {
                case CharClass.Letter:
                    if (tokenStart < 0)
                    {
                        tokenStart = StartToken(ref w);
                    }

                    if (c < 0x80)
                    {
                        // ASCII fast path: the bulk of English news.
                        buffer[w++] = lower && c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
                        break;
                    }

                    char f = fold ? CharFolding.Fold(c) : c;
                    if (f == CharFolding.Expands)
                    {
                        foreach (char e in CharFolding.Expansion(c))
                        {
                            buffer[w++] = lower ? char.ToLowerInvariant(e) : e;
                        }
                    }
                    else
                    {
                        buffer[w++] = lower ? char.ToLowerInvariant(f) : f;
                    }

                    break;

                case CharClass.Digit when numbers:
                    if (tokenStart < 0)
                    {
                        tokenStart = StartToken(ref w);
                    }

                    buffer[w++] = c;
                    break;

                case CharClass.Mark:
                    // A combining diacritic ("Kalı" + U+0307) belongs to the letter before it:
                    // dropped with the other diacritics, kept inside its word otherwise.
                    if (!fold)
                    {
                        if (tokenStart < 0)
                        {
                            tokenStart = StartToken(ref w);
                        }

                        buffer[w++] = c;
                    }

                    break;

                case CharClass.Apostrophe when tokenStart >= 0 && IsLetterAt(text, i + 1):
                    // "Reid's" is reid: the possessive (or "is") carries nothing about the incident
                    // and would split a name's counts in two. "O'Brien" and "didn't" join up.
                    if (text[i + 1] is 's' or 'S' && !IsWordCharAt(text, i + 2))
                    {
                        i++;
                    }

                    break;

                case CharClass.Separator when c is ',' or '.' && tokenStart >= 0 && numbers
                    && IsDigitAt(text, i - 1) && IsDigitAt(text, i + 1):
                    // Inside a number: "4,400" reads as 4400 and "1.5" stays 1.5, so a figure is one word.
                    if (c == '.')
                    {
                        buffer[w++] = c;
                    }

                    break;

                default:
                    if (tokenStart >= 0)
                    {
                        EndToken(tokenStart, ref w, settings);
                        tokenStart = -1;
                    }

                    break;
            }
        }

        if (tokenStart >= 0)
        {
            EndToken(tokenStart, ref w, settings);
        }

        buffer[w++] = EndMarker;
        Length = w;
    }

    private static bool IsLetterAt(ReadOnlySpan<char> text, int i) =>
        (uint)i < (uint)text.Length && CharFolding.Classify(text[i]) == CharClass.Letter;

    private static bool IsDigitAt(ReadOnlySpan<char> text, int i) =>
        (uint)i < (uint)text.Length && CharFolding.Classify(text[i]) == CharClass.Digit;

    private static bool IsWordCharAt(ReadOnlySpan<char> text, int i) =>
        (uint)i < (uint)text.Length && CharFolding.Classify(text[i]) is CharClass.Letter or CharClass.Digit or CharClass.Mark;

    private int StartToken(ref int w)
    {
        if (TokenCount > 0)
        {
            _buffer[w++] = ' ';
        }

        return w;
    }

    private void EndToken(int start, ref int w, TextNormalization settings)
    {
        var token = _buffer.AsSpan(start, w - start);
        if (settings.StopWords is not null && settings.StopWordLookup.Contains(token))
        {
            // Take the word back out, and the space written before it.
            w = TokenCount > 0 ? start - 1 : start;
            return;
        }

        _starts[TokenCount] = start;
        _ends[TokenCount] = w;
        TokenCount++;
    }

    private void EnsureCapacity(int textLength)
    {
        int chars = (2 * textLength) + 3;
        if (_buffer.Length < chars)
        {
            _buffer = new char[Math.Max(chars, _buffer.Length * 2)];
        }

        int tokens = (textLength / 2) + 1;
        if (_starts.Length < tokens)
        {
            int size = Math.Max(tokens, _starts.Length * 2);
            _starts = new int[size];
            _ends = new int[size];
        }
    }
}
