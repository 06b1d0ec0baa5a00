namespace Contradictions.Claims;

/// <summary>What a word can do in and around a figure. A word may have several roles.</summary>
[Flags]
internal enum WordRoles
{
    /// <summary>No role.</summary>
    None = 0,

    /// <summary>Ends the words between a number and its item: prepositions, pronouns, verbs of saying, conjunctions.</summary>
    Stop = 1 << 0,

    /// <summary>May stand between a counted noun and its outcome: "were", "have been", "reportedly", "feared".</summary>
    Auxiliary = 1 << 1,

    /// <summary>A measure after a number that makes it no count: days, kilometres, percent, dollars, a.m.</summary>
    Unit = 1 << 2,

    /// <summary>A month name: a number next to one is a date.</summary>
    Month = 1 << 3,

    /// <summary>A weekday or time word ("Sunday", "yesterday", "overnight"): never part of a noun phrase or an owner.</summary>
    TimeWord = 1 << 4,

    /// <summary>A name that takes a number as its label: "Resolution 2334", "Route 60", "Flight 752".</summary>
    Label = 1 << 5,

    /// <summary>A currency code written before an amount: "USD 5", "Rs 500".</summary>
    CurrencyCode = 1 << 6,

    /// <summary>"aged 71": the number after it is an age.</summary>
    Age = 1 << 7,

    /// <summary>Words before a bare four-digit number that make it a year: "in", "since", "by".</summary>
    YearPreposition = 1 << 8,

    /// <summary>Skipped when looking back from a count to the verb that governs it: "the", "all", "another".</summary>
    Determiner = 1 << 9,

    /// <summary>Possessive determiners that are owner cues: "its", "their", "our".</summary>
    OwnerDeterminer = 1 << 10,

    /// <summary>Lower-case words that name a side and so are owner cues: "enemy", "government", "rebel".</summary>
    SideWord = 1 << 11,

    /// <summary>Lower-case heads of an owner phrase: "the Kenyan military", "the Fano militia".</summary>
    InstitutionHead = 1 << 12,

    /// <summary>Capitalised in headlines but never an owner: "Two Military Helicopters".</summary>
    NotOwner = 1 << 13,

    /// <summary>Verbs of change: in "rose from 12 to 57" only the second number is the count.</summary>
    ChangeVerb = 1 << 14,

    /// <summary>"toll": a bare number it leads to counts the dead.</summary>
    Toll = 1 << 15,

    /// <summary>Words that lead from "toll" to its number: "rose to 57", "stands at 57", "reached 57".</summary>
    TollLead = 1 << 16,

    /// <summary>Skipped between "lost" and its subject: "Kenya, which lost", "Kenya who has lost".</summary>
    SubjectSkip = 1 << 17,

    /// <summary>Joins the members of a list of counts: "and", "plus", "including".</summary>
    ListWord = 1 << 18,

    /// <summary>Time words that take a possessive without owning anything: "Sunday’s 12 deaths".</summary>
    TimePossessive = 1 << 19,

    /// <summary>"of": opens a partitive ("21 of its soldiers") or an owner ("of Kenya").</summary>
    Of = 1 << 20,

    /// <summary>A share of a whole before "of": "most of the 40 passengers", "60 per cent of the 3,000 residents".</summary>
    Share = 1 << 21,
}
