namespace Contradictions.Claims;

/// <summary>How the digits of a number token are written.</summary>
[Flags]
internal enum NumberShape : byte
{
    /// <summary>Plain digits.</summary>
    None = 0,

    /// <summary>Thousands separators: "4,400", "1 500".</summary>
    Grouped = 1,

    /// <summary>A decimal part: "2.5".</summary>
    Decimal = 2,

    /// <summary>A clock time: "9:33", "12:30".</summary>
    Time = 4,

    /// <summary>Letters glued after the digits: "4th", "152mm", "1990s", "2.5bn".</summary>
    LetterSuffix = 8,
}
