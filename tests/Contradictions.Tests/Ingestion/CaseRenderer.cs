using Contradictions.Tests.Support;
using Xunit;

namespace Contradictions.Tests.Ingestion;

/// <summary>
/// Writes what ingest currently makes of each case to <c>NNN-name.actual.txt</c> beside the
/// case, when CONTRADICTIONS_DUMP_CASES=1, so a person can compare it with the expectation.
/// Expected files are never written by code.
/// </summary>
public sealed class CaseRenderer
{
    [Fact]
    public void Dump_actual_results_when_asked()
    {
        if (Environment.GetEnvironmentVariable("CONTRADICTIONS_DUMP_CASES") != "1")
        {
            return;
        }

        var source = Path.Combine(RepoPaths.Root, "tests", "Contradictions.Tests", "Cases", "Ingestion");
        foreach (var name in ArticleCleaningTests.CaseNames())
        {
            var actual = ArticleCleaningTests.Render(Path.Combine(RepoPaths.Cases("Ingestion"), name), name);
            File.WriteAllText(Path.Combine(source, Path.GetFileNameWithoutExtension(name) + ".actual.txt"), actual);
        }
    }
}
