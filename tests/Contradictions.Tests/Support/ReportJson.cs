using System.Text.Json;

namespace Contradictions.Tests.Support;

/// <summary>Reads the parts of report.json the tests look at.</summary>
public static class ReportJson
{
    public static JsonElement Article(this JsonElement report, string fileName) =>
        report.GetProperty("articles").EnumerateArray()
            .Single(a => a.GetProperty("path").GetString()!.EndsWith(fileName, StringComparison.Ordinal));

    public static string Status(this JsonElement report, string fileName) => report.Article(fileName).GetProperty("status").GetString()!;

    public static int Summary(this JsonElement report, string name) => report.GetProperty("summary").GetProperty(name).GetInt32();
}
