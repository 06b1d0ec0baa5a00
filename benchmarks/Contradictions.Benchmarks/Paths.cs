namespace Contradictions.Benchmarks;

/// <summary>Finds the repository's corpus folder from wherever the benchmark runs.</summary>
internal static class Paths
{
    public static string SeedCorpus()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Contradictions.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? Directory.GetCurrentDirectory(), "corpus");
    }
}
