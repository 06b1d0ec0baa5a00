namespace Contradictions.Featurization;

/// <summary>What a character is to the normalizer.</summary>
internal enum CharClass : byte
{
    /// <summary>
    /// Ends a word: spaces, punctuation, symbols, and the halves of characters beyond the Basic
    /// Multilingual Plane (emoji; the rare letters there are not read as words).
    /// </summary>
    Separator,

    /// <summary>Part of a word: a letter of any script, a letter-like number or a spacing vowel sign.</summary>
    Letter,

    /// <summary>A decimal digit of any script.</summary>
    Digit,

    /// <summary>A combining mark: a diacritic, dropped with the others or kept inside its word.</summary>
    Mark,

    /// <summary>An apostrophe as news text writes it (', ’, ʼ): dropped inside a word, a separator elsewhere.</summary>
    Apostrophe,
}
