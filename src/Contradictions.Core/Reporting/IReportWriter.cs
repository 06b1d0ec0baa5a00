using Contradictions.Pipeline;

namespace Contradictions.Reporting;

/// <summary>One output format of the report. Formats are the one real extension point of the Report stage.</summary>
public interface IReportWriter
{
    /// <summary>The name used with <c>--format</c> ("json").</summary>
    string Format { get; }

    /// <summary>
    /// Starts what the writer can do before the analysis ends (compiling its templates), on
    /// another thread; <see cref="Write"/> waits for it.
    /// </summary>
    void Prepare()
    {
    }

    /// <summary>Writes the report for <paramref name="result"/> into <paramref name="outputDirectory"/>.</summary>
    /// <returns>The files written.</returns>
    IReadOnlyList<string> Write(AnalysisResult result, string outputDirectory, DateTimeOffset generatedAt);
}
