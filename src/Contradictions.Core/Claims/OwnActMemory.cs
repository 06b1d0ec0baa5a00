namespace Contradictions.Claims;

/// <summary>
/// Which party told of its own act, sentence by sentence: "The military said it struck
/// targets … It said the strikes hit depots": the strikes of the second sentence are the
/// speaker's own, not an act of the other side.
/// </summary>
internal sealed class OwnActMemory
{
    /// <summary>The party whose own act the sentence before told of, or null.</summary>
    public string? Before { get; set; }

    /// <summary>The party whose own act the sentence being read tells of, or null.</summary>
    public string? Now { get; set; }

    /// <summary>Moves on to the next sentence.</summary>
    public void Next()
    {
        Before = Now;
        Now = null;
    }
}
