namespace Contradictions.Tests.Support;

/// <summary>Finds the repository's folders from the test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string SeedCorpus => Path.Combine(Root, "corpus");

    public static string Cases(string stage) => Path.Combine(AppContext.BaseDirectory, "Cases", stage);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Contradictions.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Contradictions.sln not found above the test folder.");
    }
}
