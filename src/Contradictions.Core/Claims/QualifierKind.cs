namespace Contradictions.Claims;

/// <summary>The hedge words before a number, as read; <see cref="FigureValue"/> turns them into an interval.</summary>
internal enum QualifierKind : byte
{
    /// <summary>"at least", "a minimum of", "no fewer than".</summary>
    AtLeast,

    /// <summary>"more than", "over", "in excess of".</summary>
    MoreThan,

    /// <summary>"as many as", "up to", "at most".</summary>
    AtMost,

    /// <summary>"fewer than", "less than", "under".</summary>
    LessThan,

    /// <summary>"around", "about", "some", "roughly", "approximately", "close to".</summary>
    About,

    /// <summary>"nearly", "almost": about, but never above the number.</summary>
    Nearly,

    /// <summary>"between 5 and 7".</summary>
    Between,

    /// <summary>"from 5 to 7".</summary>
    From,

    /// <summary>"a total of": no hedge at all.</summary>
    Exact,
}
