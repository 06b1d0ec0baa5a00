namespace Contradictions.Ingestion;

/// <summary>The writing systems the tool tells apart when it sets lines aside.</summary>
public enum WritingScript
{
    /// <summary>Too few letters to tell.</summary>
    Unknown,

    /// <summary>Latin letters, with or without diacritics.</summary>
    Latin,

    /// <summary>Cyrillic.</summary>
    Cyrillic,

    /// <summary>Greek.</summary>
    Greek,

    /// <summary>Armenian.</summary>
    Armenian,

    /// <summary>Georgian.</summary>
    Georgian,

    /// <summary>Hebrew.</summary>
    Hebrew,

    /// <summary>Arabic (also Persian, Urdu).</summary>
    Arabic,

    /// <summary>Devanagari.</summary>
    Devanagari,

    /// <summary>Thai.</summary>
    Thai,

    /// <summary>Hangul.</summary>
    Hangul,

    /// <summary>Japanese kana.</summary>
    Kana,

    /// <summary>Chinese characters.</summary>
    Han,

    /// <summary>Another script.</summary>
    Other,
}
