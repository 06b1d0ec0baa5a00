using Contradictions.Claims;
using Contradictions.Pipeline;

namespace Contradictions.Tests.Support;

/// <summary>
/// One run of the pipeline over a corpus under <c>Cases/Corpora</c> (its <c>*-*.md</c>
/// articles, no parties file), shared by the tests of a class as its fixture.
/// </summary>
public abstract class CaseCorpusRun : IDisposable
{
    private readonly TempCorpus _corpus = new();

    protected CaseCorpusRun(string name)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Cases("Corpora"), name), "*-*.md"))
        {
            File.Copy(file, Path.Combine(_corpus.Corpus, Path.GetFileName(file)));
        }

        Result = new CorpusAnalyzer(TimeProvider.System).Analyze(AnalyzeOptions.Default with { Corpus = _corpus.Corpus });
    }

    public AnalysisResult Result { get; }

    /// <summary>What was read in the one sentence of article <paramref name="file"/> that holds <paramref name="text"/>.</summary>
    public SentenceClaims SentenceOf(string file, string text)
    {
        var article = Result.Articles.Single(a => Path.GetFileName(a.Article.Path) == file);
        return article.Claims.Single(s => article.Sentences[s.Sentence].Text.Contains(text, StringComparison.Ordinal));
    }

    /// <summary>The claims read in that sentence.</summary>
    public List<Claim> ClaimsOf(string file, string text) => [.. SentenceOf(file, text).Claims];

    public void Dispose()
    {
        _corpus.Dispose();
        GC.SuppressFinalize(this);
    }
}
