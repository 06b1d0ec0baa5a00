namespace Contradictions.State;

/// <summary>
/// The state file cannot be used: it is corrupt, not a Contradictions state file, or written
/// by a newer version. The message says what was expected, what was found and how to fix it.
/// </summary>
public sealed class StateException : Exception
{
    /// <summary>Creates the exception with a complete, user-facing message.</summary>
    public StateException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a complete, user-facing message and its cause.</summary>
    public StateException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
