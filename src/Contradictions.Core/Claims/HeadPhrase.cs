namespace Contradictions.Claims;

/// <summary>An institution head ("Defense Ministry", "state news agency") as word ids of the head vocabulary.</summary>
internal sealed class HeadPhrase(int[] words, bool adjectival)
{
    /// <summary>The head's word ids, in order.</summary>
    public int[] Words { get; } = words;

    /// <summary>True when the head also serves as an adjective ("military positions").</summary>
    public bool Adjectival { get; } = adjectival;
}
