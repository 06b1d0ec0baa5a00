namespace Contradictions.Claims;

/// <summary>Calendar units counted in "two days ago" and "the past three weeks".</summary>
internal enum DateUnit : byte
{
    /// <summary>Hours: "the past 24 hours".</summary>
    Hour = 1,

    /// <summary>Days.</summary>
    Day,

    /// <summary>Weeks.</summary>
    Week,

    /// <summary>Months.</summary>
    Month,

    /// <summary>Years.</summary>
    Year,
}
