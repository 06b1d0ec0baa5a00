using System.Collections.Immutable;
using Contradictions.Ingestion;
using Contradictions.Sentences;

namespace Contradictions.Claims;

/// <summary>
/// The Extract stage's entry point: reads each sentence of an article into the claims it
/// carries — who speaks, which parties, places and times it names, which acts it attributes
/// to whom, what it denies, which figures it states and whose they are. Rule-based and
/// explainable; the rules know English, not any particular conflict.
/// </summary>
public sealed class ClaimExtractor
{
    private readonly PartyLexicon _lexicon;
    private readonly FigureExtractor _figures = new();
    private readonly DateResolver _dates = new();
    private readonly PlaceFinder _places = new();
    private IReadOnlyDictionary<string, string>? _people;

    /// <summary>Creates an extractor that finds parties with <paramref name="lexicon"/>.</summary>
    public ClaimExtractor(PartyLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    /// <summary>
    /// Learns, from a whole corpus, the people its articles tie to a party by their title
    /// ("Azerbaijani President Ilham Aliyev"), so an article that names them bare ("an adviser to
    /// Aliyev") still knows their side. Call before <see cref="Extract"/>; the first article
    /// (in the order given) to tie a name to a party wins.
    /// </summary>
    public void LearnPeople(IEnumerable<(Article Article, ImmutableArray<Sentence> Sentences)> corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var people = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (article, sentences) in corpus)
        {
            ArticleContext.LearnPeople(Views(sentences, out _), people);
        }

        _people = people;
    }

    /// <summary>Reads every sentence of <paramref name="article"/>, in order (speakers carry over from sentence to sentence).</summary>
    public ImmutableArray<SentenceClaims> Extract(Article article, ImmutableArray<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(article);
        var views = Views(sentences, out var parties);
        var context = new ArticleContext(article, _lexicon, views, _people);
        var published = article.Metadata.Published;
        var result = ImmutableArray.CreateBuilder<SentenceClaims>(sentences.Length);
        var previousFrame = TimeFrame.None;
        var previousParagraph = -1;
        for (var i = 0; i < sentences.Length; i++)
        {
            var sentence = sentences[i];
            var view = views[i];
            var attribution = context.Attribute(i, sentences);
            var excluded = new bool[view.Count];
            var claims = ImmutableArray.CreateBuilder<Claim>();

            foreach (var denial in DenialExtractor.Extract(view, excluded))
            {
                claims.Add(new Claim(ClaimKind.Denial, attribution, Denial: denial));
            }

            foreach (var accusation in AccusationExtractor.Extract(view, attribution.Party, context.OpponentOf, excluded))
            {
                claims.Add(new Claim(ClaimKind.Accusation, attribution, Accusation: accusation));
            }

            foreach (var figure in _figures.Extract(sentence.Text))
            {
                claims.Add(new Claim(ClaimKind.Figure, attribution, Figure: figure, FigureOwner: context.OwnerOf(figure, view, attribution)));
            }

            var dates = _dates.Find(sentence.Text, published);
            var partySpans = ImmutableArray.CreateBuilder<TextSpan>(parties[i].Length);
            foreach (var mention in parties[i])
            {
                partySpans.Add(mention.Span);
            }

            var places = _places.Find(sentence.Text, partySpans.ToImmutable());
            var frame = Frame(dates, sentence.Paragraph == previousParagraph ? previousFrame : TimeFrame.None);
            result.Add(new SentenceClaims(sentence.Index, attribution, parties[i], places, dates, frame, claims.ToImmutable()));
            previousFrame = frame;
            previousParagraph = sentence.Paragraph;
        }

        return result.ToImmutable();
    }

    private SentenceView[] Views(ImmutableArray<Sentence> sentences, out ImmutableArray<PartyMention>[] parties)
    {
        var views = new SentenceView[sentences.Length];
        parties = new ImmutableArray<PartyMention>[sentences.Length];
        for (var i = 0; i < sentences.Length; i++)
        {
            var sentence = sentences[i];
            parties[i] = _lexicon.Find(sentence.Text);
            var continuesQuote = sentence.Quote is { } quote && quote.Start < sentence.Start;
            views[i] = new SentenceView(sentence.Text, parties[i], continuesQuote);
        }

        return views;
    }

    /// <summary>
    /// A sentence's own dates set its frame; without any, it carries on the frame of the
    /// sentence before it in the same paragraph ("In 1991, … The ensuing fighting …").
    /// </summary>
    private static TimeFrame Frame(ImmutableArray<DateMention> dates, TimeFrame previous)
    {
        if (dates.IsEmpty)
        {
            return previous.Dates.IsEmpty ? TimeFrame.None : previous with { Inherited = true };
        }

        // News of the day is framed by days; a month, year, decade or week frame is background.
        var background = true;
        foreach (var date in dates)
        {
            if (date.Precision == DatePrecision.Day)
            {
                background = false;
            }
        }

        return new TimeFrame(dates, false, background);
    }
}
