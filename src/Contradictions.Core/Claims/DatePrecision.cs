namespace Contradictions.Claims;

/// <summary>How precisely a date mention pins down a time.</summary>
public enum DatePrecision
{
    /// <summary>A day: "on 12 July 2020", "on Sunday", "this morning".</summary>
    Day,

    /// <summary>A week: "last week".</summary>
    Week,

    /// <summary>A month: "in July", "in April 2016".</summary>
    Month,

    /// <summary>A year: "in 2020".</summary>
    Year,

    /// <summary>A decade: "the 1990s".</summary>
    Decade,
}
