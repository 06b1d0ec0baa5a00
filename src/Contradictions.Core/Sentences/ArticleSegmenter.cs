using System.Collections.Immutable;
using System.Globalization;
using Contradictions.Diagnostics;
using Contradictions.Ingestion;

namespace Contradictions.Sentences;

/// <summary>
/// The Segment stage's entry point: splits an article's cleaned text into sentences and
/// folds sentences that repeat word for word within the article. Scraped pages print a
/// caption twice — once glued to the paragraph before it, once on its own — and a repeat
/// must never be compared with itself later.
/// </summary>
public sealed class ArticleSegmenter
{
    // Short sentences ("Yes.", "Macron and Putin") repeat legitimately; only sentences of at
    // least this many words are folded.
    private const int MinWordsToFold = 4;

    private readonly SentenceSplitter _splitter;

    /// <summary>Creates a segmenter around <paramref name="splitter"/>.</summary>
    public ArticleSegmenter(SentenceSplitter splitter)
    {
        ArgumentNullException.ThrowIfNull(splitter);
        _splitter = splitter;
    }

    /// <summary>Splits and folds <paramref name="article"/>'s text.</summary>
    /// <param name="article">The article.</param>
    /// <param name="displayPath">How the article's file is named in warnings.</param>
    public SegmentedArticle Segment(Article article, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(article);
        var spans = ImmutableArray.CreateBuilder<TextSpan>(article.Paragraphs.Length);
        foreach (var paragraph in article.Paragraphs)
        {
            spans.Add(paragraph.Span);
        }

        var split = _splitter.Split(article.Text, spans.MoveToImmutable(), article.HeadlineParagraph);
        var kept = ImmutableArray.CreateBuilder<Sentence>(split.Length);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var seen = new Dictionary<string, Sentence>(StringComparer.Ordinal);
        foreach (var sentence in split)
        {
            var key = FoldKey(sentence.Text);
            if (key is not null && seen.TryGetValue(key, out var first))
            {
                var line = article.Paragraphs[sentence.Paragraph].SourceLine;
                diagnostics.Add(Diagnostic.LineWarning(displayPath, line, DiagnosticCodes.RepeatedSentence,
                    string.Create(CultureInfo.InvariantCulture,
                        $"folded a sentence repeated from sentence {first.Index}: \"{MessageText.Shorten(sentence.Text)}\"")));
                continue;
            }

            var renumbered = sentence with { Index = kept.Count };
            if (key is not null)
            {
                seen[key] = renumbered;
            }

            kept.Add(renumbered);
        }

        return new SegmentedArticle(kept.ToImmutable(), diagnostics.ToImmutable());
    }

    /// <summary>
    /// Lower case, letters and digits only, single spaces — so a repeat that differs only in
    /// punctuation or spacing folds — or null for sentences too short to fold.
    /// </summary>
    private static string? FoldKey(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                if (!inWord)
                {
                    words++;
                }

                builder.Append(char.ToLowerInvariant(c));
                inWord = true;
            }
            else
            {
                inWord = false;
            }
        }

        return words >= MinWordsToFold ? builder.ToString() : null;
    }
}
