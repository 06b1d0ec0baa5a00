namespace Contradictions.Diagnostics;

/// <summary>How much a diagnostic matters to the run.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Something was cleaned or set aside; the article was still analysed.</summary>
    Warning,

    /// <summary>The file could not be analysed at all; the run goes on without it and exits 1.</summary>
    Error,
}
