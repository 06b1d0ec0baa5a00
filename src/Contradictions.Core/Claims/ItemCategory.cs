namespace Contradictions.Claims;

/// <summary>The kind of thing an item is, which decides the outcomes it can have.</summary>
internal enum ItemCategory : byte
{
    /// <summary>People: killed, wounded, captured, missing, displaced, deployed.</summary>
    Person,

    /// <summary>Equipment and means of war: destroyed, captured, missing, deployed.</summary>
    Materiel,

    /// <summary>Buildings: destroyed.</summary>
    Structure,
}
