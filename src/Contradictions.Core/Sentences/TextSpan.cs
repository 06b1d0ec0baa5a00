namespace Contradictions.Sentences;

/// <summary>A range of characters in a text.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;
}
