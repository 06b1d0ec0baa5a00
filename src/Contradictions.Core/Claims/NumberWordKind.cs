namespace Contradictions.Claims;

/// <summary>How a number word contributes to a count.</summary>
internal enum NumberWordKind : byte
{
    /// <summary>"one" … "nineteen", "twenty" … "ninety".</summary>
    Cardinal,

    /// <summary>"hundred", "thousand", "million", "dozen"; glued "m", "bn", "k".</summary>
    Scale,

    /// <summary>A vague plural with fixed bounds: "dozens", "hundreds", "several".</summary>
    Vague,

    /// <summary>"second" … "twentieth"; digit ordinals use the suffixes "st", "nd", "rd", "th".</summary>
    Ordinal,

    /// <summary>"no" before a noun.</summary>
    ZeroDeterminer,

    /// <summary>"none", "zero": zero standing alone or before "of".</summary>
    ZeroPronoun,

    /// <summary>"nobody": zero people.</summary>
    ZeroPerson,

    /// <summary>"not", which makes zero with "a single" or "one".</summary>
    Not,

    /// <summary>"any", zero after a negation or a denial ("had not lost any aircraft", "denied losing any").</summary>
    NegatedAny,

    /// <summary>"a", "an": one when clearly a count, and the start of "a dozen", "a few".</summary>
    Article,

    /// <summary>"few", "couple", "handful": vague only after "a".</summary>
    ArticleVague,

    /// <summary>"half", as in "half a dozen".</summary>
    Half,
}
