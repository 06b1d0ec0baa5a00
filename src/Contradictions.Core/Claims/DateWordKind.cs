namespace Contradictions.Claims;

/// <summary>The part a word plays in a time expression, as <see cref="DateWords"/> records it.</summary>
internal enum DateWordKind : byte
{
    /// <summary>Not a time word.</summary>
    None,

    /// <summary>A month name; the value is 1–12.</summary>
    Month,

    /// <summary>A weekday name; the value is a <see cref="DayOfWeek"/>.</summary>
    Weekday,

    /// <summary>"today".</summary>
    Today,

    /// <summary>"tonight".</summary>
    Tonight,

    /// <summary>"yesterday".</summary>
    Yesterday,

    /// <summary>"tomorrow".</summary>
    Tomorrow,

    /// <summary>"overnight".</summary>
    Overnight,

    /// <summary>"this".</summary>
    This,

    /// <summary>"last".</summary>
    Last,

    /// <summary>"next".</summary>
    Next,

    /// <summary>"past".</summary>
    Past,

    /// <summary>"earlier".</summary>
    Earlier,

    /// <summary>"later".</summary>
    Later,

    /// <summary>A part of a day: morning, afternoon, evening, night.</summary>
    PartOfDay,

    /// <summary>A point of a day that can be anchored to a date: noon, midnight, dawn, dusk.</summary>
    TimePoint,

    /// <summary>A calendar unit; the value is a <see cref="DateUnit"/>.</summary>
    Unit,

    /// <summary>"weekend".</summary>
    Weekend,

    /// <summary>"ago".</summary>
    Ago,

    /// <summary>A small number in words ("a", "two", "twelve"); "few" and "several" have value 0 (some).</summary>
    NumberWord,

    /// <summary>"couple" (as in "a couple of days").</summary>
    Couple,

    /// <summary>early (1), mid (2), late (3): narrows the time that follows.</summary>
    Qualifier,

    /// <summary>beginning/start (1), middle (2), end (3): narrows the time after "of".</summary>
    Portion,

    /// <summary>A preposition that only places the time and so belongs to the mention: on, in, at, during, over.</summary>
    Locating,

    /// <summary>A preposition that relates an event to a time (since, until, by, before, after, …); it cues a year but is not part of the mention.</summary>
    Relational,

    /// <summary>"of".</summary>
    Of,

    /// <summary>"the".</summary>
    The,

    /// <summary>"and", "or", "to": a second time may follow a first one.</summary>
    Connector,
}
