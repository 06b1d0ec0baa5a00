using System.Globalization;

namespace Contradictions.Diagnostics;

/// <summary>
/// A message about one input file, in the compiler style editors and CI logs understand:
/// <c>corpus/a.md(12,4): warning IN011: dropped a share counter "1 171"</c>.
/// Bad input is reported this way instead of throwing, so one odd file never stops a run.
/// </summary>
/// <param name="Path">The file, as the user named it (corpus folder joined with the relative path).</param>
/// <param name="Line">1-based line in the source file, or 0 when the message is about the whole file.</param>
/// <param name="Column">1-based column, or 0 when unknown.</param>
/// <param name="Severity">Warning (the article was still used) or error (it was not).</param>
/// <param name="Code">A stable code, e.g. <c>IN001</c>, listed in <see cref="DiagnosticCodes"/>.</param>
/// <param name="Message">What happened and, for errors, how to fix it.</param>
public sealed record Diagnostic(string Path, int Line, int Column, DiagnosticSeverity Severity, string Code, string Message)
{
    /// <summary>Creates an error about a whole file.</summary>
    public static Diagnostic FileError(string path, string code, string message) =>
        new(path, 0, 0, DiagnosticSeverity.Error, code, message);

    /// <summary>Creates a warning about one line of a file.</summary>
    public static Diagnostic LineWarning(string path, int line, string code, string message) =>
        new(path, line, 0, DiagnosticSeverity.Warning, code, message);

    /// <summary>The one-line form: <c>path(line,col): severity CODE: message</c>.</summary>
    public override string ToString()
    {
        var where = Line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{Path}({Line},{Math.Max(Column, 1)})")
            : Path;
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return $"{where}: {severity} {Code}: {Message}";
    }
}
