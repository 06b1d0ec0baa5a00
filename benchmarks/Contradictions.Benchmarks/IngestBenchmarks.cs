using BenchmarkDotNet.Attributes;
using Contradictions.Ingestion;
using Contradictions.Sentences;

namespace Contradictions.Benchmarks;

/// <summary>
/// Per-article work of the Ingest and Segment stages on the seed articles repeated: read,
/// decode, hash, parse and clean (files are in the page cache after setup), then split into
/// sentences. BENCHMARKS.md turns the times into MB of text per second.
/// </summary>
[MemoryDiagnoser]
public class IngestBenchmarks
{
    private readonly List<CorpusFile> _files = [];
    private readonly List<Article> _articles = [];
    private ArticleReader _reader = null!;
    private ArticleSegmenter _segmenter = null!;
    private string _folder = null!;

    /// <summary>How many copies of the five seeds one operation reads.</summary>
    [Params(1, 20)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var corpus = Paths.SeedCorpus();
        _folder = Path.Combine(Path.GetTempPath(), "contradictions-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        for (var copy = 0; copy < Copies; copy++)
        {
            foreach (var source in Directory.GetFiles(corpus, "*.txt").Order(StringComparer.Ordinal))
            {
                // Each copy differs by one line, so every file is a distinct article.
                var text = File.ReadAllText(source) + $"\n\nCopy {copy}.\n";
                var path = Path.Combine(_folder, $"{copy:D3}-{Path.GetFileName(source)}");
                File.WriteAllText(path, text);
                var info = new FileInfo(path);
                _files.Add(new CorpusFile(path, Path.GetFileName(path), path, info.Length, info.LastWriteTimeUtc.Ticks, ArticleFormat.Text));
            }
        }

        _reader = new ArticleReader(IngestionOptions.Default);
        _segmenter = new ArticleSegmenter(new SentenceSplitter());
        foreach (var file in _files)
        {
            _articles.Add(_reader.Build(_reader.Load(file)).Article!);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>Reads, decodes, hashes, parses and cleans every file; returns the cleaned characters.</summary>
    [Benchmark]
    public int ReadAndClean()
    {
        var characters = 0;
        foreach (var file in _files)
        {
            var (article, _) = _reader.Build(_reader.Load(file));
            characters += article!.Text.Length;
        }

        return characters;
    }

    /// <summary>Splits the cleaned articles into sentences and folds repeats; returns the sentence count.</summary>
    [Benchmark]
    public int Segment()
    {
        var sentences = 0;
        foreach (var article in _articles)
        {
            sentences += _segmenter.Segment(article, article.Path).Sentences.Length;
        }

        return sentences;
    }
}
