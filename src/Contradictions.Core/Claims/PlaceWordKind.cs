namespace Contradictions.Claims;

/// <summary>The part a word plays around a place name, as <see cref="PlaceWords"/> records it.</summary>
internal enum PlaceWordKind : byte
{
    /// <summary>Any other word: capitalised, it may be part of a name.</summary>
    None,

    /// <summary>A function word, capitalised only at the start of a sentence or in a title ("The", "After", "Both").</summary>
    Function,

    /// <summary>A title or office that starts a person's name ("President", "Minister", "Gen").</summary>
    Title,

    /// <summary>A month, weekday or holiday name, which is a time, not a place.</summary>
    Calendar,

    /// <summary>A language or an ethnic or religious group ("English", "Kurdish", "Sunni"), never part of a place name.</summary>
    Group,

    /// <summary>A preposition after which a place follows: in, near, at, outside, around, into, …</summary>
    Cue,

    /// <summary>A place noun: district, region, village, direction, border, capital, … (see <see cref="PlaceHeadFlags"/>).</summary>
    Head,

    /// <summary>The head word of an institution or organisation: Union, Council, Ministry, Forces, …</summary>
    Institution,

    /// <summary>A compass point as a noun ("north of the city", "the country's south").</summary>
    Compass,

    /// <summary>A word that may stand between a cue and a name in lower case: "northern", "central", "occupied".</summary>
    Modifier,

    /// <summary>A lower-case particle inside a name: "X de Y", "X es Y", "X al-Y".</summary>
    Particle,

    /// <summary>"of".</summary>
    Of,

    /// <summary>"the".</summary>
    The,

    /// <summary>"and", "or": joins names in a list.</summary>
    Connector,
}
