using System.Text.Json;
using Contradictions.Tests.Support;

namespace Contradictions.Tests.Review;

/// <summary>The frontier corpus (Cases/Corpora/frontier) fed to a corpus folder a few articles at a time.</summary>
internal static class FrontierBatches
{
    public static void Add(TempCorpus corpus, params string[] prefixes)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Cases("Corpora"), "frontier"), "*-*.md"))
        {
            if (prefixes.Any(p => Path.GetFileName(file).StartsWith(p, StringComparison.Ordinal)))
            {
                File.Copy(file, Path.Combine(corpus.Corpus, Path.GetFileName(file)), overwrite: true);
            }
        }
    }

    public static IEnumerable<JsonElement> Conflicts(JsonElement report) =>
        report.GetProperty("incidents").EnumerateArray().SelectMany(i => i.GetProperty("conflicts").EnumerateArray());

    public static JsonElement Conflict(JsonElement report, string kind, string place) =>
        report.GetProperty("incidents").EnumerateArray()
            .Single(i => i.GetProperty("places").EnumerateArray().Any(p => p.GetString() == place))
            .GetProperty("conflicts").EnumerateArray().First(c => c.GetProperty("kind").GetString() == kind);

    /// <summary>What a report says about incidents and conflicts, without what depends on the run's history.</summary>
    public static string Substance(JsonElement report) => string.Join("\n", report.GetProperty("incidents").EnumerateArray().Select(i =>
        $"{i.GetProperty("id").GetString()} {i.GetProperty("label").GetString()} sentences={i.GetProperty("sentences").GetArrayLength()} " +
        string.Join(" ", i.GetProperty("conflicts").EnumerateArray().Select(c => $"{c.GetProperty("id").GetString()}:{c.GetProperty("summary").GetString()}")) +
        " | " + string.Join(" ", i.GetProperty("corroborations").EnumerateArray().Select(c => c.GetProperty("id").GetString()))));
}
