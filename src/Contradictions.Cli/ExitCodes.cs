namespace Contradictions.Cli;

/// <summary>The process exit codes, as documented in the README.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was analysed.</summary>
    public const int Success = 0;

    /// <summary>The run failed, or at least one file could not be analysed (the others were).</summary>
    public const int Failure = 1;

    /// <summary>The command line was wrong: an unknown option, a missing folder, an unknown format.</summary>
    public const int Usage = 2;
}
