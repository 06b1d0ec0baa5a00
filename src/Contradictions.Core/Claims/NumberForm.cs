namespace Contradictions.Claims;

/// <summary>How the number of a figure was written, which decides what it needs to count.</summary>
internal enum NumberForm : byte
{
    /// <summary>Digits or number words: "4", "twenty-one", "a dozen", "2.5 million".</summary>
    Count,

    /// <summary>A vague plural: "dozens", "several hundred", "tens of thousands".</summary>
    Vague,

    /// <summary>A range: "100 to 300", "between 5 and 7", "5-7".</summary>
    Range,

    /// <summary>"no", "not a single", "not one" before a noun: needs the noun.</summary>
    ZeroDeterminer,

    /// <summary>"none", "zero": may stand alone.</summary>
    ZeroPronoun,

    /// <summary>"no one", "nobody": zero people.</summary>
    ZeroPerson,

    /// <summary>"a", "an": one, only with a singular noun and an outcome.</summary>
    Article,

    /// <summary>"one" alone: one, only with a noun and an outcome.</summary>
    One,

    /// <summary>An ordinal used as a counter: "a 4th soldier", "a fifth victim".</summary>
    Ordinal,
}
