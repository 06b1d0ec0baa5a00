using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Contradictions.Diagnostics;
using Contradictions.Sentences;

namespace Contradictions.Ingestion;

/// <summary>
/// Turns a parsed document into an <see cref="Article"/>: drops page furniture, folds
/// repeated paragraphs, sets aside lines in another script or language, finds the headline,
/// and joins what is left into the cleaned text. Every block it removes gets a warning, so
/// nothing is lost without a trace.
/// </summary>
public sealed class ArticleCleaner
{
    // A tail marker ("Leave a Reply") ends the article only near its end: in the last 40% of
    // blocks or the last five. Earlier, the same words are a stray label and only that line goes.
    private const double TailZone = 0.6;
    private const int TailZoneBlocks = 5;

    // A first line longer than this is prose, not a headline; the title is then its start.
    private const int MaxHeadlineLength = 300;
    private const int TitleCutLength = 120;

    // A given title is looked for among the first few kept blocks: a date line or a kicker
    // often comes before the headline in scraped text.
    private const int TitleSearchBlocks = 3;

    // A date line is looked for among the first few kept blocks, where pages print it.
    private const int DateLineBlocks = 4;

    private readonly IngestionOptions _options;
    private readonly WritingScript _script;

    /// <summary>Creates a cleaner for articles in <see cref="IngestionOptions.Language"/>.</summary>
    public ArticleCleaner(IngestionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _script = LanguageIdentifier.ScriptOf(options.Language);
    }

    /// <summary>
    /// Cleans <paramref name="document"/>. Returns null, with an error among the diagnostics,
    /// when nothing is left to analyse.
    /// </summary>
    public (Article? Article, ImmutableArray<Diagnostic> Diagnostics) Clean(SourceDocument document, CorpusFile file, string contentHash)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(file);
        var path = file.DisplayPath;
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        diagnostics.AddRange(document.Diagnostics);
        var kept = new List<SourceBlock>();
        var setAside = ImmutableArray.CreateBuilder<SetAsideLine>();
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        int repeated = 0, boilerplate = 0, tail = 0;

        var blocks = document.Blocks;
        var tailStart = FindTail(blocks);
        for (var i = 0; i < blocks.Length; i++)
        {
            var block = blocks[i] with { Text = NormalizeSpaces(blocks[i].Text) };
            if (block.Text.Length == 0)
            {
                continue;
            }

            if (i >= tailStart)
            {
                tail++;
                continue;
            }

            var kind = BoilerplateDetector.Classify(block.Text);
            if (kind != BoilerplateKind.None)
            {
                boilerplate++;
                diagnostics.Add(Diagnostic.LineWarning(path, block.Line, DiagnosticCodes.Boilerplate,
                    $"dropped {BoilerplateDetector.Describe(kind)}: \"{MessageText.Shorten(block.Text)}\""));
                continue;
            }

            if (OtherLanguage(block.Text) is { } reason)
            {
                setAside.Add(new SetAsideLine(block.Line, reason, block.Text));
                diagnostics.Add(Diagnostic.LineWarning(path, block.Line, DiagnosticCodes.OtherLanguage,
                    $"set aside a line in {reason}, not analysed: \"{MessageText.Shorten(block.Text)}\""));
                continue;
            }

            var key = block.Text.ToLowerInvariant();
            if (firstSeen.TryGetValue(key, out var firstLine))
            {
                repeated++;
                diagnostics.Add(Diagnostic.LineWarning(path, block.Line, DiagnosticCodes.RepeatedParagraph,
                    string.Create(CultureInfo.InvariantCulture, $"folded a paragraph repeated from line {firstLine}: \"{MessageText.Shorten(block.Text)}\"")));
                continue;
            }

            firstSeen[key] = block.Line;
            kept.Add(block);
        }

        if (tailStart < blocks.Length)
        {
            diagnostics.Add(Diagnostic.LineWarning(path, blocks[tailStart].Line, DiagnosticCodes.Tail,
                string.Create(CultureInfo.InvariantCulture,
                    $"dropped the page tail from \"{MessageText.Shorten(blocks[tailStart].Text)}\" on ({tail} block{(tail == 1 ? "" : "s")})")));
        }

        var counts = new CleaningCounts(repeated, boilerplate, tail, setAside.Count);
        if (kept.Count == 0)
        {
            var why = counts.Total == 0 ? "it has no text" : $"all {counts.Total} of its blocks were removed as furniture or set aside";
            diagnostics.Add(Diagnostic.FileError(path, DiagnosticCodes.NoText, $"nothing left to analyse: {why}"));
            return (null, diagnostics.ToImmutable());
        }

        var metadata = document.Metadata;
        if (metadata.Published is null)
        {
            // Scraped pages often carry their date as a line near the top ("May 03, 2013",
            // "First Published: June 13, 2013 4:59 PM EDT"); dates in the text resolve against it.
            for (var i = 0; i < Math.Min(DateLineBlocks, kept.Count); i++)
            {
                if (Claims.PublishedDateFinder.FromDateLine(kept[i].Text) is { } day)
                {
                    metadata = metadata with { Published = day };
                    break;
                }
            }
        }

        var (title, headline) = ChooseHeadline(metadata, kept);
        var text = new StringBuilder();
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>(kept.Count);
        foreach (var block in kept)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            paragraphs.Add(new Paragraph(new TextSpan(text.Length, block.Text.Length), block.Line, block.Role));
            text.Append(block.Text);
        }

        var article = new Article
        {
            Id = ArticleId.FromHash(contentHash),
            ContentHash = contentHash,
            Path = file.RelativePath,
            Format = file.Format,
            Metadata = metadata with { Title = title, Language = metadata.Language ?? _options.Language },
            Text = text.ToString(),
            Paragraphs = paragraphs.ToImmutable(),
            HeadlineParagraph = headline,
            SetAside = setAside.ToImmutable(),
            Counts = counts,
            Diagnostics = diagnostics.ToImmutable(),
        };
        return (article, article.Diagnostics);
    }

    private static int FindTail(ImmutableArray<SourceBlock> blocks)
    {
        var zone = Math.Min((int)(blocks.Length * TailZone), blocks.Length - TailZoneBlocks);
        for (var i = Math.Max(zone, 1); i < blocks.Length; i++)
        {
            if (BoilerplateDetector.Classify(blocks[i].Text) == BoilerplateKind.TailMarker)
            {
                return i;
            }
        }

        return blocks.Length;
    }

    private string? OtherLanguage(string text)
    {
        var script = LanguageIdentifier.DetectScript(text);
        if (script != WritingScript.Unknown && script != _script)
        {
            return $"{script} script";
        }

        if (script == WritingScript.Latin && _script == WritingScript.Latin)
        {
            var language = LanguageIdentifier.DetectLatinLanguage(text);
            if (language is not null && !string.Equals(language, _options.Language, StringComparison.OrdinalIgnoreCase))
            {
                return $"another language ({language})";
            }
        }

        return null;
    }

    /// <summary>
    /// The title and the headline paragraph. A title given by the format (front matter, an
    /// HTML h1) wins: the block that repeats it is the headline, and if no early block does,
    /// it is put in front as the headline, since headlines carry claims too. Without one, the
    /// first kept line is the headline.
    /// </summary>
    private static (string Title, int Headline) ChooseHeadline(ArticleMetadata metadata, List<SourceBlock> kept)
    {
        var first = kept[0];
        if (first.Role == BlockRole.Title)
        {
            return (metadata.Title ?? first.Text, 0);
        }

        if (metadata.Title is { Length: > 0 } given)
        {
            var title = NormalizeSpaces(given);
            var window = Math.Min(TitleSearchBlocks, kept.Count);
            for (var i = 0; i < window; i++)
            {
                if (string.Equals(title, kept[i].Text, StringComparison.OrdinalIgnoreCase))
                {
                    return (title, i);
                }
            }

            // A title cut from the first paragraph ("A church was devastated by fire, ...") names
            // the article but is not a headline of its own.
            var stem = title.TrimEnd('.', '…', ' ');
            if (stem.Length < title.Length && stem.Length > 0)
            {
                for (var i = 0; i < window; i++)
                {
                    if (kept[i].Text.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
                    {
                        return (title, -1);
                    }
                }
            }

            kept.Insert(0, new SourceBlock(title, 1, BlockRole.Title));
            return (title, 0);
        }

        // Headlines do not end with a full stop; a first line that does is the article's first
        // sentence, which still names the article but is not set apart as a headline.
        if (first.Text.Length <= MaxHeadlineLength)
        {
            return (first.Text, first.Role == BlockRole.Heading || !first.Text.EndsWith('.') ? 0 : -1);
        }

        var cut = first.Text.LastIndexOf(' ', TitleCutLength);
        return (first.Text[..(cut > 0 ? cut : TitleCutLength)] + "…", -1);
    }

    /// <summary>Collapses runs of whitespace (non-breaking and zero-width too) into single spaces.</summary>
    internal static string NormalizeSpaces(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
