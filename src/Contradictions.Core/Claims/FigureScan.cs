using System.Collections.Immutable;
using Contradictions.Sentences;

namespace Contradictions.Claims;

/// <summary>
/// One run of <see cref="FigureExtractor"/> over one sentence. The work is split over four
/// files: this one drives the scan and builds the figures; <c>FigureScan.Numbers.cs</c> reads
/// hedges and numbers; <c>FigureScan.Nouns.cs</c> reads what a number counts;
/// <c>FigureScan.Context.cs</c> finds outcomes and owners in the clause around it.
/// </summary>
/// <remarks>
/// The scan makes one pass over the tokens, trying to start a figure at each one; a figure
/// found moves the scan past its last token. Lookups are by token into the frozen lexicon;
/// the only look-arounds are short and bounded (a few tokens back for the governing verb, a
/// few forward for the participle).
/// </remarks>
internal sealed partial class FigureScan
{
    private readonly string _text;
    private readonly FigureToken[] _t;
    private readonly int _n;
    private readonly int _maxModifiers;
    private readonly decimal _tolerance;
    private readonly List<FigureCandidate> _candidates = [];

    /// <summary>Counts of one implied by a shared article ("a woman and child"), found while reading lists.</summary>
    private readonly List<FigureCandidate> _implied = [];

    public FigureScan(string text, FigureToken[] tokens, int count, FigureExtractorOptions options)
    {
        _text = text;
        _t = tokens;
        _n = count;
        _maxModifiers = options.MaxModifierWords;
        _tolerance = (decimal)options.AboutTolerance;
    }

    /// <summary>Finds the figures of the sentence, in text order.</summary>
    public ImmutableArray<Figure> Run()
    {
        int i = 0;
        while (i < _n)
        {
            var candidate = TryRead(i);
            if (candidate is null)
            {
                i++;
                continue;
            }

            _candidates.Add(candidate);
            i = candidate.End;
        }

        if (_candidates.Count == 0)
        {
            return [];
        }

        ReadTails();
        BuildLists();
        if (_implied.Count > 0)
        {
            _candidates.AddRange(_implied);
            _candidates.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }

        return Resolve();
    }

    private FigureCandidate? TryRead(int i)
    {
        if (!ReadNumberPhrase(i, out var number))
        {
            return null;
        }

        if (IsExcluded(number))
        {
            return null;
        }

        var noun = ReadNoun(number);
        if (noun.Kind is NounKind.None or NounKind.Reject || !Fits(number, noun))
        {
            return null;
        }

        var candidate = new FigureCandidate
        {
            Start = number.Start,
            End = noun.End,
            Form = number.Form,
            Noun = noun,
            Value = ToValue(number),
        };
        candidate.PossessiveCue = ReadPossessiveBefore(number.Start);
        candidate.IsWhole = IsWholeOfShare(number.Start);
        return candidate;
    }

    /// <summary>
    /// "most of the 40 passengers", "60 per cent of the 3,000 residents", "two of the 5 drones":
    /// the figure is the whole a share is taken from.
    /// </summary>
    private bool IsWholeOfShare(int start)
    {
        int p = start - 1;
        if (IsWord(p, "the") || Has(p, WordRoles.OwnerDeterminer) || IsWord(p, "these") || IsWord(p, "those"))
        {
            p--;
        }

        if (!Has(p, WordRoles.Of) || p == 0)
        {
            return false;
        }

        ref readonly var before = ref _t[p - 1];
        return before.Kind == FigureTokenKind.Number || IsSymbol(p - 1, '%') || before.Has(WordRoles.Share)
            || before.Word?.Number is { Kind: NumberWordKind.Cardinal or NumberWordKind.Vague or NumberWordKind.Ordinal };
    }

    /// <summary>
    /// Whether the noun read suits the way the number was written. "a" and ordinals count only
    /// a singular item of the vocabulary ("a soldier", "a 4th soldier") or, for "a", a lone
    /// demonym ("a Palestinian was killed"), never "a ceasefire";
    /// "no" needs a noun; a number that could be a year needs an item after it ("1500 people").
    /// </summary>
    private static bool Fits(NumberPhrase number, NounRead noun)
    {
        if (number.YearLike && noun.Kind != NounKind.Item)
        {
            return false;
        }

        return number.Form switch
        {
            NumberForm.Article => (noun.Kind == NounKind.Item && noun.Singular) || noun.Kind == NounKind.Demonym,
            NumberForm.Ordinal => noun.Kind == NounKind.Item && noun.Singular,
            NumberForm.ZeroDeterminer => noun.Kind is NounKind.Item or NounKind.NounOutcome or NounKind.Demonym,
            NumberForm.One => noun.Kind is NounKind.Item or NounKind.Bare or NounKind.Demonym,
            _ => true,
        };
    }

    private ImmutableArray<Figure> Resolve()
    {
        var figures = ImmutableArray.CreateBuilder<Figure>(_candidates.Count);
        FigureCandidate? previous = null;
        FigureCandidate? previousPerson = null;
        foreach (var candidate in _candidates)
        {
            ResolveItem(candidate, previous, previousPerson);
            if (candidate.Item is null)
            {
                continue;
            }

            string item = candidate.Item;

            candidate.Outcome = ResolveOutcome(candidate);
            if (candidate.Noun.Kind == NounKind.Bare && candidate.Outcome is null && previous is not null
                && previous.Category != ItemCategory.Person)
            {
                // "Over 9,000 homes were damaged and 2,000 destroyed": more of the previous things.
                (item, candidate.Category) = (previous.Item!, previous.Category);
                candidate.Item = item;
                candidate.Outcome = ResolveOutcome(candidate);
            }

            if (!HasRequiredOutcome(candidate))
            {
                continue;
            }

            if (!candidate.IsSubset)
            {
                previous = candidate;
                if (candidate.Category == ItemCategory.Person)
                {
                    previousPerson = candidate;
                }
            }

            int start = _t[candidate.Start].Start;
            int end = _t[candidate.End - 1].End;

            // "killed ‘over 200 terrorists’": the closing quote that looked like a plural possessive is not part of the phrase.
            if (_t[candidate.End - 1].Possessive && _text[end - 1] is '\'' or '’')
            {
                end--;
            }

            figures.Add(new Figure(
                new TextSpan(start, end - start),
                _text[start..end],
                candidate.Value,
                item,
                candidate.Outcome,
                ResolveOwner(candidate),
                candidate.Form == NumberForm.Ordinal));
        }

        return figures.ToImmutable();
    }

    /// <summary>
    /// The item a candidate counts. Anaphoric "others" and bare numbers take the previous
    /// figure's item ("3 soldiers were killed and 5 others were injured": 5 soldiers), a bare
    /// number only from a figure of people ("killed 3 civilians and wounded 5").
    /// </summary>
    private static void ResolveItem(FigureCandidate candidate, FigureCandidate? previous, FigureCandidate? previousPerson)
    {
        var noun = candidate.Noun;
        (candidate.Item, candidate.Category) = noun.Kind switch
        {
            NounKind.Item => (noun.Entry!.Item, noun.Entry.Category),
            NounKind.Anaphoric => previous is null ? ("people", ItemCategory.Person) : (previous.Item, previous.Category),
            NounKind.NounOutcome when noun.Outcome!.Allows(OutcomePositions.Inherits) && previousPerson is not null
                => (previousPerson.Item, ItemCategory.Person),
            NounKind.Bare when previousPerson is not null => (previousPerson.Item, ItemCategory.Person),
            NounKind.NounOutcome or NounKind.Bare or NounKind.Demonym or NounKind.People => ("people", ItemCategory.Person),
            _ => (null, ItemCategory.Person),
        };
    }

    /// <summary>
    /// "a", "one", "no", ordinals, bare numbers and lone demonyms are figures only when the
    /// sentence says what happened: "a soldier was killed" is a count, "a soldier fired" is not.
    /// A noun that is itself a loss needs no more ("no casualties were reported").
    /// Bare numbers and demonyms stand for people, so they need an outcome people can have; a bare
    /// number that took the item of things before it needs any outcome.
    /// </summary>
    private static bool HasRequiredOutcome(FigureCandidate candidate)
    {
        if (candidate.Noun.Kind == NounKind.Demonym || (candidate.Noun.Kind == NounKind.Bare && candidate.Category == ItemCategory.Person))
        {
            return candidate.Outcome is "killed" or "wounded" or "captured" or "missing" or "displaced";
        }

        if (candidate.Noun.Kind == NounKind.Bare)
        {
            return candidate.Outcome is not null;
        }

        bool lossNoun = candidate.Noun.Entry is { } entry && (entry.Form & ItemForm.LossNoun) != 0;
        return candidate.Form switch
        {
            NumberForm.Article or NumberForm.One or NumberForm.Ordinal or NumberForm.ZeroDeterminer
                or NumberForm.ZeroPronoun or NumberForm.ZeroPerson => candidate.Outcome is not null || lossNoun,
            _ => true,
        };
    }

    private string Slice((int Start, int End) range)
    {
        int start = _t[range.Start].Start;
        return _text[start.._t[range.End - 1].End];
    }

    private bool IsWord(int i, string word) =>
        i >= 0 && i < _n && _t[i].Kind == FigureTokenKind.Word
        && _text.AsSpan(_t[i].Start, _t[i].StemLength).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsSymbol(int i, char symbol) => i >= 0 && i < _n && _t[i].Kind == FigureTokenKind.Symbol && _text[_t[i].Start] == symbol;

    private bool Has(int i, WordRoles roles) => i >= 0 && i < _n && _t[i].Has(roles);

    /// <summary>A hyphen glued on both sides: "Soviet-era", "surface-to-air", "Su-25".</summary>
    private bool IsJoinedHyphen(int i) =>
        i > 0 && i + 1 < _n && _t[i].Kind == FigureTokenKind.Symbol && _text[_t[i].Start] is '-' or '‐' or '‑'
        && !_t[i].SpaceBefore && !_t[i + 1].SpaceBefore;

    /// <summary>Matches <paramref name="words"/> forward from token <paramref name="i"/>; returns the token after, or -1.</summary>
    private int MatchForward(int i, string[] words)
    {
        int j = i;
        for (int w = 0; w < words.Length; w++)
        {
            if (w > 0 && j < _n && IsJoinedHyphen(j))
            {
                j++;
            }

            if (j >= _n || _t[j].Kind != FigureTokenKind.Word || (w < words.Length - 1 && _t[j].Possessive))
            {
                return -1;
            }

            if (w > 0 && !_text.AsSpan(_t[j].Start, _t[j].StemLength).Equals(words[w], StringComparison.OrdinalIgnoreCase))
            {
                return -1;
            }

            j++;
        }

        return j;
    }

    /// <summary>Matches <paramref name="words"/> so that the last one is token <paramref name="i"/>; returns the first token, or -1.</summary>
    private int MatchBackward(int i, string[] words)
    {
        int j = i;
        for (int w = words.Length - 1; w >= 0; w--)
        {
            if (w < words.Length - 1)
            {
                j--;
                if (j >= 0 && IsJoinedHyphen(j))
                {
                    j--;
                }
            }

            if (j < 0 || _t[j].Kind != FigureTokenKind.Word
                || !_text.AsSpan(_t[j].Start, _t[j].StemLength).Equals(words[w], StringComparison.OrdinalIgnoreCase))
            {
                return -1;
            }
        }

        return j;
    }
}
