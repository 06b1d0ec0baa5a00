using BenchmarkDotNet.Attributes;
using Contradictions.Claims;
using Contradictions.Ingestion;
using Contradictions.Sentences;

namespace Contradictions.Benchmarks;

/// <summary>
/// Figure extraction over every sentence of the seed articles. Reading, cleaning and splitting
/// happen in setup; one operation extracts from all sentences once. Divide the characters
/// reported by <see cref="Setup"/> by the mean time for characters per second.
/// </summary>
[MemoryDiagnoser]
public class FigureBenchmarks
{
    private readonly List<string> _sentences = [];
    private readonly FigureExtractor _extractor = new();

    [GlobalSetup]
    public void Setup()
    {
        var reader = new ArticleReader(IngestionOptions.Default);
        var segmenter = new ArticleSegmenter(new SentenceSplitter());
        foreach (var path in Directory.GetFiles(Paths.SeedCorpus(), "*.txt").Order(StringComparer.Ordinal))
        {
            var info = new FileInfo(path);
            var file = new CorpusFile(path, info.Name, path, info.Length, info.LastWriteTimeUtc.Ticks, ArticleFormat.Text);
            var article = reader.Build(reader.Load(file)).Article!;
            foreach (var sentence in segmenter.Segment(article, info.Name).Sentences)
            {
                _sentences.Add(sentence.Text);
            }
        }

        Console.WriteLine($"// {_sentences.Count} sentences, {_sentences.Sum(s => s.Length)} characters per operation");
    }

    /// <summary>Extracts the figures of every seed sentence; returns how many were found.</summary>
    [Benchmark]
    public int ExtractFigures()
    {
        var figures = 0;
        foreach (var sentence in _sentences)
        {
            figures += _extractor.Extract(sentence).Length;
        }

        return figures;
    }
}
