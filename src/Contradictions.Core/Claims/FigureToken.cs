namespace Contradictions.Claims;

/// <summary>
/// One token of a sentence as the figure scan sees it: a slice of the sentence plus what the
/// tokenizer learnt about it, so that no later step has to look at the characters again.
/// </summary>
internal struct FigureToken
{
    /// <summary>Offset of the first character in the sentence.</summary>
    public int Start;

    /// <summary>Characters covered, including a possessive ending ("Somalia’s").</summary>
    public int Length;

    /// <summary>
    /// Words: characters before the possessive ending. Numbers: characters of the numeric part,
    /// before any glued letters.
    /// </summary>
    public int StemLength;

    /// <summary>Word, number or symbol.</summary>
    public FigureTokenKind Kind;

    /// <summary>True when whitespace, or the start of the sentence, comes right before the token.</summary>
    public bool SpaceBefore;

    /// <summary>True when the first character is an upper-case letter.</summary>
    public bool Capitalized;

    /// <summary>True for a word ending in ’s, 's or s’.</summary>
    public bool Possessive;

    /// <summary>Numbers: the value of the numeric part, separators removed.</summary>
    public double Value;

    /// <summary>Numbers: how the numeric part is written.</summary>
    public NumberShape Shape;

    /// <summary>Numbers: digits before any separator or decimal point.</summary>
    public int LeadingDigits;

    /// <summary>Words: the lexicon entry of the stem, or null when the word is not in the lexicon.</summary>
    public FigureWord? Word;

    /// <summary>
    /// Numbers: the meaning of glued letters that keep the number a count ("th", "bn"), or null;
    /// with <see cref="NumberShape.LetterSuffix"/> set and this null, the letters are a unit ("152mm").
    /// </summary>
    public NumberWord? Suffix;

    /// <summary>Offset just past the last character.</summary>
    public readonly int End => Start + Length;

    /// <summary>True when the token carries a lexicon entry with any of <paramref name="roles"/>.</summary>
    public readonly bool Has(WordRoles roles) => Word is { } word && (word.Roles & roles) != 0;
}
