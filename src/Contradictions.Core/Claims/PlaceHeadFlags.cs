namespace Contradictions.Claims;

/// <summary>How a place noun (<see cref="PlaceWordKind.Head"/>) combines with names.</summary>
[Flags]
internal enum PlaceHeadFlags : byte
{
    /// <summary>Nothing special: singular, name may come before it ("the X district") or after "of" ("the district of X").</summary>
    None = 0,

    /// <summary>Plural: the names before it or after its "of" may be a list ("the X, Y and Z directions").</summary>
    Plural = 1,

    /// <summary>
    /// An administrative unit: written with a capital after a name ("X Region", "X
    /// District") it is left out of the place's name, as the lower-case form is.
    /// </summary>
    Administrative = 2,

    /// <summary>Only before "of", never after a name: "the outskirts of", "the vicinity of".</summary>
    OfOnly = 4,
}
