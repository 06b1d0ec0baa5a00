using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Contradictions.Claims;
using Contradictions.Ingestion;
using Contradictions.Sentences;

namespace Contradictions.Benchmarks;

/// <summary>
/// The Claims stage on the seed articles repeated: parties, speakers, accusations, denials,
/// figures, dates and places for every sentence. Articles are read and split in setup; one
/// operation extracts claims from all of them on one thread. BENCHMARKS.md turns the time
/// into MB of sentence text per second.
/// </summary>
[MemoryDiagnoser]
public class ClaimsBenchmarks
{
    private readonly List<(Article Article, ImmutableArray<Sentence> Sentences)> _articles = [];
    private ClaimExtractor _extractor = null!;

    /// <summary>How many copies of the five seeds one operation reads.</summary>
    [Params(20)]
    public int Copies { get; set; }

    /// <summary>Characters of sentence text one operation reads.</summary>
    public long Characters { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(Path.GetTempPath(), "contradictions-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var reader = new ArticleReader(IngestionOptions.Default);
            var segmenter = new ArticleSegmenter(new SentenceSplitter());
            foreach (var source in Directory.GetFiles(Paths.SeedCorpus(), "*.txt").Order(StringComparer.Ordinal))
            {
                var path = Path.Combine(folder, Path.GetFileName(source));
                File.Copy(source, path);
                var info = new FileInfo(path);
                var file = new CorpusFile(path, info.Name, path, info.Length, info.LastWriteTimeUtc.Ticks, ArticleFormat.Text);
                var article = reader.Build(reader.Load(file)).Article!;
                var sentences = segmenter.Segment(article, path).Sentences;
                for (var copy = 0; copy < Copies; copy++)
                {
                    _articles.Add((article, sentences));
                    foreach (var sentence in sentences)
                    {
                        Characters += sentence.Length;
                    }
                }
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        var parties = PartiesFile.Load(Path.Combine(Paths.SeedCorpus(), PartiesFile.FileName));
        _extractor = new ClaimExtractor(PartyLexicon.Create(parties.Config));
        Console.WriteLine($"// sentence text per operation: {Characters} characters");
    }

    /// <summary>Extracts the claims of every article; returns the number of claims.</summary>
    [Benchmark]
    public int Extract()
    {
        var claims = 0;
        foreach (var (article, sentences) in _articles)
        {
            foreach (var read in _extractor.Extract(article, sentences))
            {
                claims += read.Claims.Length;
            }
        }

        return claims;
    }
}
