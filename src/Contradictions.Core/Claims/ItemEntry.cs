namespace Contradictions.Claims;

/// <summary>A phrase of the item vocabulary and what it normalizes to.</summary>
/// <param name="Words">The phrase's words, lower case; hyphens and spaces both separate words.</param>
/// <param name="Item">The normalized item, or null for <see cref="ItemForm.NotItem"/> and anaphoric entries.</param>
/// <param name="Category">Person, materiel or structure.</param>
/// <param name="Form">Singular, plural, anaphoric or not an item.</param>
internal sealed record ItemEntry(string[] Words, string? Item, ItemCategory Category, ItemForm Form)
{
    /// <summary>True for a singular noun.</summary>
    public bool IsSingular => (Form & ItemForm.Singular) != 0;
}
