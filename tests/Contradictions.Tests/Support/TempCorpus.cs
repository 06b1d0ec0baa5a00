using System.Text;

namespace Contradictions.Tests.Support;

/// <summary>A throwaway folder with a corpus/ and a reports/ inside, deleted after the test.</summary>
public sealed class TempCorpus : IDisposable
{
    public TempCorpus()
    {
        Root = Path.Combine(Path.GetTempPath(), "contradictions-tests", Guid.NewGuid().ToString("N"));
        Corpus = Path.Combine(Root, "corpus");
        Reports = Path.Combine(Root, "reports");
        Directory.CreateDirectory(Corpus);
    }

    public string Root { get; }

    public string Corpus { get; }

    public string Reports { get; }

    public string StatePath => Path.Combine(Corpus, ".contradictions", "state.db");

    /// <summary>Copies the five seed articles (the repository's corpus/ folder) in.</summary>
    public TempCorpus WithSeeds()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.SeedCorpus, "*.txt"))
        {
            File.Copy(file, Path.Combine(Corpus, Path.GetFileName(file)));
        }

        return this;
    }

    public string Write(string relativePath, string text) => WriteBytes(relativePath, Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Corpus, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test over cleanup.
        }
    }
}
