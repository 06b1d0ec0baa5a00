using System.Collections.Immutable;
using System.Globalization;
using Contradictions.Diagnostics;

namespace Contradictions.Ingestion;

/// <summary>
/// The Ingest stage's entry point: reads a corpus file into an <see cref="Article"/>, in two
/// steps so a re-run can stop after the first when the content hash is already known.
/// Bad input never throws: it comes back as an error diagnostic naming the file.
/// </summary>
public sealed class ArticleReader
{
    private readonly IngestionOptions _options;
    private readonly ArticleCleaner _cleaner;

    /// <summary>Creates a reader with the given limits.</summary>
    public ArticleReader(IngestionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _cleaner = new ArticleCleaner(options);
    }

    /// <summary>Step 1: reads and decodes the file and hashes its content.</summary>
    public LoadedFile Load(CorpusFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        long size;
        try
        {
            size = new FileInfo(file.FullPath).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(file, DiagnosticCodes.Unreadable, $"cannot read: {e.Message}");
        }

        if (size > _options.MaxArticleBytes)
        {
            return Failed(file, DiagnosticCodes.TooLarge, string.Create(CultureInfo.InvariantCulture,
                $"the file is {size / 1048576.0:0.0} MB, over the {_options.MaxArticleBytes / 1048576.0:0.#} MB article limit (--max-article-mb raises it)"));
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(file, DiagnosticCodes.Unreadable, $"cannot read: {e.Message}");
        }

        var decoded = TextDecoder.Decode(bytes, file.DisplayPath);
        if (decoded.Text is null)
        {
            return new LoadedFile(file, null, null, decoded.Diagnostic);
        }

        return new LoadedFile(file, decoded.Text, ContentHasher.Hash(decoded.Text), decoded.Diagnostic);
    }

    /// <summary>
    /// Step 2: parses and cleans a loaded file. Returns null, with an error among the
    /// diagnostics, when the file holds nothing to analyse.
    /// </summary>
    /// <exception cref="ArgumentException">The file was not loaded successfully.</exception>
    public (Article? Article, ImmutableArray<Diagnostic> Diagnostics) Build(LoadedFile loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        if (loaded.Text is null || loaded.ContentHash is null)
        {
            throw new ArgumentException("Only a successfully loaded file can be built into an article.", nameof(loaded));
        }

        var file = loaded.File;
        var document = file.Format switch
        {
            ArticleFormat.Markdown => MarkdownParser.Parse(loaded.Text, file.DisplayPath),
            ArticleFormat.Html => HtmlParser.Parse(loaded.Text),
            _ => PlainTextParser.Parse(loaded.Text),
        };

        if (loaded.Diagnostic is { } decodingWarning)
        {
            document = document with { Diagnostics = document.Diagnostics.Insert(0, decodingWarning) };
        }

        return _cleaner.Clean(document, file, loaded.ContentHash);
    }

    private static LoadedFile Failed(CorpusFile file, string code, string message) =>
        new(file, null, null, Diagnostic.FileError(file.DisplayPath, code, message));
}
