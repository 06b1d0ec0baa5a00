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
    /// ("Kenyan President William Ruto"), so an article that names them bare ("an adviser to
    /// Ruto") still knows their side. Call before <see cref="Extract(Article, ImmutableArray{Sentence})"/>; the first article
    /// (in the order given) to tie a name to a party wins.
    /// </summary>
    public void LearnPeople(IEnumerable<(Article Article, ImmutableArray<Sentence> Sentences)> corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        UsePeople(MergePeople(corpus.Select(a => PeopleOf(a.Sentences))));
    }

    /// <summary>The people one article ties to a party by their title, name → party (the first tie in the article wins).</summary>
    public Dictionary<string, string> PeopleOf(ImmutableArray<Sentence> sentences)
    {
        var people = new Dictionary<string, string>(StringComparer.Ordinal);
        ArticleContext.LearnPeople(Views(sentences, out _), people);
        return people;
    }

    /// <summary>
    /// The people of a corpus from those of its articles, in order: the first article to tie a
    /// name to a party wins. An institution ("army") tied to different parties by different
    /// articles is no one's.
    /// </summary>
    public static Dictionary<string, string> MergePeople(IEnumerable<IReadOnlyDictionary<string, string>> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var people = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var (name, party) in article)
            {
                if (ArticleContext.IsInstitutionKey(name))
                {
                    ArticleContext.LearnInstitution(people, name, party);
                }
                else
                {
                    people.TryAdd(name, party);
                }
            }
        }

        return people;
    }

    /// <summary>Uses <paramref name="people"/> (name → party, learned from the corpus) for the articles read after this call.</summary>
    public void UsePeople(IReadOnlyDictionary<string, string> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        _people = people;
    }

    /// <summary>Reads every sentence of <paramref name="article"/>, in order (speakers carry over from sentence to sentence).</summary>
    public ImmutableArray<SentenceClaims> Extract(Article article, ImmutableArray<Sentence> sentences) => Extract(article, sentences, _people);

    /// <summary>Reads every sentence of <paramref name="article"/>, looking people up in <paramref name="people"/> instead of the learned ones.</summary>
    public ImmutableArray<SentenceClaims> Extract(Article article, ImmutableArray<Sentence> sentences, IReadOnlyDictionary<string, string>? people)
    {
        ArgumentNullException.ThrowIfNull(article);
        var views = Views(sentences, out var parties);
        var context = new ArticleContext(article, _lexicon, views, people);
        var published = article.Metadata.Published;
        var result = ImmutableArray.CreateBuilder<SentenceClaims>(sentences.Length);
        var previousFrame = TimeFrame.None;
        var previousParagraph = -1;
        var ownActs = new OwnActMemory();
        for (var i = 0; i < sentences.Length; i++)
        {
            ownActs.Next();
            var sentence = sentences[i];
            var view = views[i];
            var attribution = context.Attribute(i, sentences);
            var claims = ImmutableArray.CreateBuilder<Claim>();

            // "X said …, while Y said …": each clause is read with its own speaker.
            var (split, second) = SecondSpeaker(view, parties[i], attribution, context);
            var clauses = split < 0
                ? [(view, attribution, 0)]
                : new[] { (Clause(view, parties[i], 0, split), attribution, 0), (Clause(view, parties[i], split, view.Text.Length), second!, split) };
            var deniedText = new List<(int Start, int End)>();
            foreach (var (clause, speaker, offset) in clauses)
            {
                var excluded = new bool[clause.Count];
                var denied = new List<(int Start, int End)>();
                foreach (var denial in DenialExtractor.Extract(clause, excluded, denied))
                {
                    claims.Add(new Claim(ClaimKind.Denial, speaker, Denial: denial));
                }

                // Where the denied words stand in the sentence, for the figures below.
                foreach (var (start, end) in denied)
                {
                    deniedText.Add((offset + clause.Tokens[start].Start, offset + clause.Tokens[end - 1].End));
                }

                var ownDenials = new List<Denial>();
                foreach (var accusation in AccusationExtractor.Extract(clause, speaker.Party, context.OpponentOf, excluded, ownDenials, ownActs))
                {
                    claims.Add(new Claim(ClaimKind.Accusation, speaker, Accusation: accusation));
                }

                foreach (var denial in ownDenials)
                {
                    claims.Add(new Claim(ClaimKind.Denial, speaker, Denial: denial));
                }
            }

            foreach (var figure in _figures.Extract(sentence.Text))
            {
                // "denied reports that dozens of soldiers had been killed": a figure the speaker denies is
                // no claim of theirs; but "denied losing any aircraft" is their own count of none.
                if (deniedText.Exists(d => figure.Span.Start >= d.Start && figure.Span.Start < d.End)
                    && !(figure.Value.High == 0 && figure.Text.StartsWith("any ", StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                var speaker = split >= 0 && figure.Span.Start >= split ? second! : attribution;
                claims.Add(new Claim(ClaimKind.Figure, speaker, Figure: figure, FigureOwner: context.OwnerOf(figure, view, speaker)));
            }

            var dates = _dates.Find(sentence.Text, published);
            var partySpans = ImmutableArray.CreateBuilder<TextSpan>(parties[i].Length);
            foreach (var mention in parties[i])
            {
                partySpans.Add(mention.Span);
            }

            var places = _places.Find(sentence.Text, partySpans.ToImmutable());
            var frame = sentence.Kind == SentenceKind.Headline
                ? new TimeFrame(dates, false, false)
                : Frame(sentence.Text, dates, published, sentence.Paragraph == previousParagraph ? previousFrame : TimeFrame.None);
            result.Add(new SentenceClaims(sentence.Index, attribution, parties[i], places, dates, frame, claims.ToImmutable()));
            previousFrame = frame;
            previousParagraph = sentence.Paragraph;
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// Where a second reporting clause with a speaker of its own begins — ", while Y said …",
    /// ", whereas Y …", "; Y said …", an answer ", which Y denied" — as a character offset, with
    /// that speaker: Y's party when it is another than the first speaker's, no party when Y
    /// has none (or an answer's Y cannot be named); -1 when the sentence has one speaker.
    /// </summary>
    private static (int Split, Attribution? Speaker) SecondSpeaker(SentenceView view, ImmutableArray<PartyMention> parties, Attribution first,
        ArticleContext context)
    {
        if (first.Party is null)
        {
            return (-1, null);
        }

        for (var k = 1; k + 1 < view.Count; k++)
        {
            if (view.InQuote[k])
            {
                continue;
            }

            int start;
            var answer = false;
            if (view.IsPunct(k - 1, ',') && (view.Is(k, "while") || view.Is(k, "whereas")))
            {
                start = view.Tokens[k + 1].Start;
            }
            else if (view.IsPunct(k - 1, ',') && (view.Is(k, "which") || (view.Is(k, "a") && view.Is(k + 1, "claim"))) && AnswerFollows(view, k))
            {
                // "…, which Y denied", "…, a claim Y rejected": the clause is Y's answer.
                start = view.Tokens[k].Start;
                answer = true;
            }
            else if (view.IsPunct(k - 1, ';'))
            {
                start = view.Tokens[k].Start;
            }
            else
            {
                continue;
            }

            var clauseSpeaker = context.Speak(Clause(view, parties, start, view.Text.Length));
            if (clauseSpeaker is { Party: { } party } && party != first.Party)
            {
                return (start, clauseSpeaker);
            }

            // "…, while analysts said …": someone of no party says the rest; it is theirs, not the first speaker's.
            if (!answer && clauseSpeaker is { Party: null })
            {
                return (start, clauseSpeaker);
            }

            // An answer no one can be named for, or one that would be the speaker answering
            // itself, is nobody's: better unread than put in the wrong mouth.
            if (answer)
            {
                return (start, new Attribution(clauseSpeaker?.Speaker ?? "an unnamed answer", null, SpeakerSource.ReportingVerb));
            }
        }

        return (-1, null);
    }

    /// <summary>True when a verb of answer ("denied", "rejected") comes within a few words after token <paramref name="k"/>.</summary>
    private static bool AnswerFollows(SentenceView view, int k)
    {
        for (var m = k + 1; m < view.Count && m - k <= 6; m++)
        {
            if (ClaimWords.AnswerVerbs.Contains(view.Lower[m]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The part of a sentence from character <paramref name="start"/> to <paramref name="end"/>, as a view of its own.</summary>
    private static SentenceView Clause(SentenceView view, ImmutableArray<PartyMention> parties, int start, int end)
    {
        var inside = ImmutableArray.CreateBuilder<PartyMention>();
        foreach (var mention in parties)
        {
            if (mention.Span.Start >= start && mention.Span.Start + mention.Span.Length <= end)
            {
                inside.Add(mention with { Span = new TextSpan(mention.Span.Start - start, mention.Span.Length) });
            }
        }

        return new SentenceView(view.Text[start..end], inside.ToImmutable());
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
    /// sentence before it in the same paragraph ("In 1991, … The ensuing fighting …"). A frame
    /// is background — another time than the article's news — when the dates that set it are
    /// months, years, decades or weeks, not days, and not the article's own time.
    /// </summary>
    private static TimeFrame Frame(string text, ImmutableArray<DateMention> dates, DateOnly? published, TimeFrame previous)
    {
        var framing = ImmutableArray.CreateBuilder<DateMention>();
        foreach (var date in dates)
        {
            if (SetsFrame(text, date))
            {
                framing.Add(date);
            }
        }

        if (framing.Count == 0)
        {
            return previous.Dates.IsEmpty ? new TimeFrame(dates, false, false) : previous with { Inherited = true };
        }

        var background = true;
        foreach (var date in framing)
        {
            if (date.Precision == DatePrecision.Day || IsNear(date) || AroundPublication(date, published))
            {
                background = false;
            }
        }

        return new TimeFrame(framing.ToImmutable(), false, background);
    }

    /// <summary>
    /// A date sets the sentence's time unless it only describes a noun — "the 1950s pin-up",
    /// "her 1999 role", "the 2007 ceremony" — or stands in a relative clause about someone
    /// ("…, whose photographs outraged Americans in the 1950s, …").
    /// </summary>
    private static bool SetsFrame(string text, DateMention date)
    {
        if (date.Precision is DatePrecision.Year or DatePrecision.Decade)
        {
            var after = date.Span.End;
            while (after < text.Length && text[after] == ' ')
            {
                after++;
            }

            var startsWithPreposition = date.Text.Split(' ')[0].ToLowerInvariant() is "in" or "during" or "since" or "until" or "by" or "from" or "before" or "after" or "of" or "through";
            if (!startsWithPreposition && after < text.Length && char.IsLetter(text[after]))
            {
                return false;
            }
        }

        // Inside a relative clause: a "who/whose/which" after the last comma before the date.
        var segmentStart = text.LastIndexOf(',', Math.Max(0, date.Span.Start - 1)) + 1;
        var segment = text.AsSpan(segmentStart, date.Span.Start - segmentStart);
        foreach (var pronoun in RelativePronouns)
        {
            if (segment.StartsWith(pronoun, StringComparison.OrdinalIgnoreCase) || segment.Contains(" " + pronoun, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] RelativePronouns = ["who ", "whose ", "which "];

    /// <summary>"this year", "earlier this month", "this week": the article's own time.</summary>
    private static bool IsNear(DateMention date) =>
        date.Text.Contains("this ", StringComparison.OrdinalIgnoreCase) || date.Text.StartsWith("today", StringComparison.OrdinalIgnoreCase);

    // A month or year frame that takes in the article's date, or ends within this many days
    // before it, is the article's own time ("in May" in an article of 3 May).
    private const int PublicationMarginDays = 45;

    private static bool AroundPublication(DateMention date, DateOnly? published) =>
        published is { } day && date.From is { } from && date.To is { } to
        && from <= day && to.AddDays(PublicationMarginDays) >= day && to >= day.AddDays(-PublicationMarginDays);
}
