using System.Collections.Immutable;

namespace Contradictions.Sentences;

/// <summary>
/// Splits an article's cleaned text into sentences that keep their offsets, so later stages
/// can compare them and every report line can quote its sentence exactly.
/// </summary>
/// <remarks>
/// <para>
/// Sentences never cross a paragraph boundary. Within a paragraph a sentence ends at
/// <c>. ! ? …</c> (with any closing quotes and brackets after them) when what follows reads
/// as a new sentence: not after a title such as "Gen." or "No.", not after "U.S." or "a.m."
/// unless a typical opening word follows ("The", "He", "Officials"), not before a lower-case
/// word, and not inside numbers, addresses or file names. Sentences glued together by
/// scraping ("support to Somalia.A Somali soldier") are split.
/// </para>
/// <para>
/// The headline paragraph is one <see cref="SentenceKind.Headline"/> sentence; a sentence
/// ending with a photo marker such as "(file image)" or "(Reuters)" is a
/// <see cref="SentenceKind.Caption"/>. Each sentence of a double-quoted passage that holds
/// more than one sentence carries that passage's <see cref="Sentence.Quote"/>.
/// </para>
/// <para>An instance holds no mutable state and may be shared between threads.</para>
/// </remarks>
public sealed class SentenceSplitter
{
    private readonly int _maxLength;

    /// <summary>Creates a splitter with <see cref="SentenceSplitterOptions.Default"/>.</summary>
    public SentenceSplitter()
        : this(SentenceSplitterOptions.Default)
    {
    }

    /// <summary>Creates a splitter with the given settings.</summary>
    /// <param name="options">The settings to use.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <see cref="SentenceSplitterOptions.MaxSentenceLength"/> is below
    /// <see cref="SentenceSplitterOptions.MinMaxSentenceLength"/>.
    /// </exception>
    public SentenceSplitter(SentenceSplitterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxSentenceLength < SentenceSplitterOptions.MinMaxSentenceLength)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                options.MaxSentenceLength,
                $"MaxSentenceLength must be at least {SentenceSplitterOptions.MinMaxSentenceLength}.");
        }

        Options = options;
        _maxLength = options.MaxSentenceLength;
    }

    /// <summary>The settings this splitter was created with.</summary>
    public SentenceSplitterOptions Options { get; }

    /// <summary>
    /// Splits <paramref name="text"/> into sentences, paragraph by paragraph.
    /// </summary>
    /// <param name="text">An article's cleaned text.</param>
    /// <param name="paragraphs">
    /// The paragraphs inside <paramref name="text"/>, in order and not overlapping. Text
    /// outside every paragraph is ignored; a paragraph of only whitespace gives no sentence.
    /// </param>
    /// <param name="headlineParagraph">
    /// Index into <paramref name="paragraphs"/> of the headline, which becomes exactly one
    /// <see cref="SentenceKind.Headline"/> sentence whatever punctuation it holds (and is
    /// never cut for length); -1 when the article has no headline.
    /// </param>
    /// <returns>
    /// The sentences in text order, indexed from 0, each trimmed of surrounding whitespace
    /// and with <c>Text == text.Substring(Start, Length)</c>; none is longer than
    /// <see cref="SentenceSplitterOptions.MaxSentenceLength"/> except the headline.
    /// </returns>
    /// <exception cref="ArgumentNullException">
    /// <paramref name="text"/> is <see langword="null"/> or <paramref name="paragraphs"/> is a
    /// default (uninitialised) array.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A paragraph has a negative start or length or reaches past the end of
    /// <paramref name="text"/>, or <paramref name="headlineParagraph"/> is below -1 or not
    /// less than the number of paragraphs.
    /// </exception>
    /// <exception cref="ArgumentException">
    /// A paragraph starts before the end of the one listed before it.
    /// </exception>
    public ImmutableArray<Sentence> Split(string text, ImmutableArray<TextSpan> paragraphs, int headlineParagraph = -1)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (paragraphs.IsDefault)
        {
            throw new ArgumentNullException(nameof(paragraphs), "The paragraph array is a default (uninitialised) ImmutableArray.");
        }

        if (headlineParagraph < -1 || headlineParagraph >= paragraphs.Length)
        {
            throw new ArgumentOutOfRangeException(
                nameof(headlineParagraph),
                headlineParagraph,
                $"Expected -1 (no headline) or a paragraph index below {paragraphs.Length}.");
        }

        ValidateParagraphs(text, paragraphs);

        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var ends = new List<int>();
        var quotes = new List<QuoteSpan>();
        var ranges = new List<Piece>();
        for (int p = 0; p < paragraphs.Length; p++)
        {
            var paragraph = paragraphs[p];
            int start = CharClass.TrimStart(text, paragraph.Start, paragraph.End);
            int end = CharClass.TrimEnd(text, start, paragraph.End);
            if (start == end)
            {
                continue;
            }

            if (p == headlineParagraph)
            {
                sentences.Add(new Sentence(sentences.Count, start, end - start, p, SentenceKind.Headline, text[start..end]));
                continue;
            }

            ends.Clear();
            quotes.Clear();
            ranges.Clear();
            ParagraphScanner.Scan(text, start, end, ends, quotes);
            int pieceStart = start;
            foreach (int pieceEnd in ends)
            {
                AddTrimmedAndCut(text, pieceStart, pieceEnd, ranges);
                pieceStart = pieceEnd;
            }

            EmitParagraph(text, p, ranges, quotes, sentences);
        }

        return sentences.DrainToImmutable();
    }

    private static void ValidateParagraphs(string text, ImmutableArray<TextSpan> paragraphs)
    {
        int previousEnd = 0;
        for (int p = 0; p < paragraphs.Length; p++)
        {
            var paragraph = paragraphs[p];
            if (paragraph.Start < 0 || paragraph.Length < 0 || paragraph.Start > text.Length - paragraph.Length)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(paragraphs),
                    paragraph,
                    $"Paragraph {p} (start {paragraph.Start}, length {paragraph.Length}) lies outside the text of length {text.Length}.");
            }

            if (paragraph.Start < previousEnd)
            {
                throw new ArgumentException(
                    $"Paragraph {p} starts at {paragraph.Start}, before the previous paragraph ends at {previousEnd}; paragraphs must be in order and must not overlap.",
                    nameof(paragraphs));
            }

            previousEnd = paragraph.End;
        }
    }

    /// <summary>
    /// Trims <c>text[start..end)</c> and adds it to <paramref name="ranges"/>, cut into pieces
    /// no longer than the limit. A cut falls at the last whitespace before the limit so no
    /// word is broken; a run with no whitespace there is cut at the limit itself, moved back
    /// one character rather than separate a surrogate pair.
    /// </summary>
    private void AddTrimmedAndCut(string text, int start, int end, List<Piece> ranges)
    {
        start = CharClass.TrimStart(text, start, end);
        end = CharClass.TrimEnd(text, start, end);
        while (end - start > _maxLength)
        {
            int limit = start + _maxLength;
            int space = limit;
            while (space > start && !CharClass.IsSpace(text[space]))
            {
                space--;
            }

            int pieceEnd;
            int next;
            if (space > start)
            {
                pieceEnd = CharClass.TrimEnd(text, start, space);
                next = CharClass.TrimStart(text, space, end);
            }
            else
            {
                pieceEnd = char.IsLowSurrogate(text[limit]) ? limit - 1 : limit;
                next = pieceEnd;
            }

            ranges.Add(new Piece(start, pieceEnd));
            start = next;
        }

        if (end > start)
        {
            ranges.Add(new Piece(start, end));
        }
    }

    /// <summary>
    /// Turns one paragraph's sentence ranges into sentences: a quotation overlapping two or
    /// more of them is given to each (both lists are in text order and quotations do not
    /// overlap, so one forward walk pairs them), and a sentence ending with a photo marker
    /// becomes a caption.
    /// </summary>
    private static void EmitParagraph(
        string text, int paragraph, List<Piece> ranges, List<QuoteSpan> quotes, ImmutableArray<Sentence>.Builder sentences)
    {
        Span<int> quoteOf = ranges.Count <= 256 ? stackalloc int[ranges.Count] : new int[ranges.Count];
        quoteOf.Fill(-1);
        int first = 0;
        for (int q = 0; q < quotes.Count; q++)
        {
            var quote = quotes[q];
            while (first < ranges.Count && ranges[first].End <= quote.Start)
            {
                first++;
            }

            int last = first;
            while (last < ranges.Count && ranges[last].Start < quote.End)
            {
                last++;
            }

            if (last - first < 2)
            {
                continue;
            }

            for (int r = first; r < last; r++)
            {
                if (quoteOf[r] < 0)
                {
                    quoteOf[r] = q;
                }
            }
        }

        for (int r = 0; r < ranges.Count; r++)
        {
            var range = ranges[r];
            var span = text.AsSpan(range.Start, range.End - range.Start);
            var kind = CaptionMarker.EndsWithMarker(span) ? SentenceKind.Caption : SentenceKind.Body;
            sentences.Add(new Sentence(sentences.Count, range.Start, range.End - range.Start, paragraph, kind, span.ToString())
            {
                Quote = quoteOf[r] < 0 ? null : quotes[quoteOf[r]],
            });
        }
    }

    private readonly record struct Piece(int Start, int End);
}
