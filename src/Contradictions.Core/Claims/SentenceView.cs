using System.Collections.Immutable;

namespace Contradictions.Claims;

/// <summary>
/// One sentence prepared for the rule-based extractors: its tokens, their lower-case forms,
/// which tokens sit inside quotation marks, and which party each token belongs to.
/// </summary>
internal sealed class SentenceView
{
    public SentenceView(string text, ImmutableArray<PartyMention> parties, bool startsInsideQuote = false)
    {
        Text = text;
        Tokens = WordTokenizer.Tokenize(text);
        Lower = new string[Tokens.Length];
        PartyAt = new PartyMention?[Tokens.Length];
        InQuote = new bool[Tokens.Length];
        for (var i = 0; i < Tokens.Length; i++)
        {
            Lower[i] = Tokens[i].In(text).ToString().ToLowerInvariant();
        }

        foreach (var mention in parties)
        {
            for (var i = 0; i < Tokens.Length; i++)
            {
                if ((Tokens[i].Start >= mention.Span.Start && Tokens[i].End <= mention.Span.End) || SidesWith(text, Tokens[i], mention))
                {
                    PartyAt[i] = mention;
                }
            }
        }

        MarkQuotes(startsInsideQuote);
    }

    /// <summary>
    /// "Russian-installed", "Iranian-backed": a compound word whose first part is the party's
    /// name and whose second part puts its holder on that party's side. Other compounds
    /// ("Russian-speaking", "Russian-made") are no mention of the party.
    /// </summary>
    private static bool SidesWith(string text, WordToken token, PartyMention mention)
    {
        if (token.Start != mention.Span.Start || token.End <= mention.Span.End + 1 || text[mention.Span.End] is not ('-' or '‑'))
        {
            return false;
        }

        var rest = text.AsSpan(mention.Span.End + 1, token.End - mention.Span.End - 1);
        return ClaimWords.SideCompounds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(rest);
    }

    public string Text { get; }

    public ImmutableArray<WordToken> Tokens { get; }

    public string[] Lower { get; }

    public PartyMention?[] PartyAt { get; }

    public bool[] InQuote { get; }

    public int Count => Tokens.Length;

    /// <summary>Index of the token that closes the last quotation, or -1.</summary>
    public int LastQuoteClose { get; private set; } = -1;

    /// <summary>Index of the token that opens the first quotation, or -1.</summary>
    public int FirstQuoteOpen { get; private set; } = -1;

    /// <summary>True when token <paramref name="i"/> is a word of two or more capitals or digits: "RSF", "M23".</summary>
    public bool IsAcronym(int i)
    {
        if (i < 0 || i >= Tokens.Length || Tokens[i].Kind != WordTokenKind.Word || Tokens[i].Length < 2)
        {
            return false;
        }

        foreach (var c in Tokens[i].In(Text))
        {
            if (!char.IsUpper(c) && !char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    public bool Is(int i, string word) => i >= 0 && i < Lower.Length && Lower[i] == word;

    public bool IsPunct(int i, char c) => i >= 0 && i < Tokens.Length && Tokens[i].Kind == WordTokenKind.Punctuation && Text[Tokens[i].Start] == c;

    public bool IsClauseBreak(int i) =>
        i >= 0 && i < Tokens.Length && Tokens[i].Kind == WordTokenKind.Punctuation && Text[Tokens[i].Start] is ';' or ':' or '(' or ')' or '[' or ']';

    public bool IsQuoteMark(int i) =>
        i >= 0 && i < Tokens.Length && Tokens[i].Kind == WordTokenKind.Punctuation && Text[Tokens[i].Start] is '"' or '“' or '”' or '«' or '»';

    private void MarkQuotes(bool startsInsideQuote)
    {
        // Curly marks say which way they face; straight ones alternate. A sentence that
        // continues a quotation from the sentence before starts inside it.
        var open = startsInsideQuote ? 0 : -1;
        for (var i = 0; i < Tokens.Length; i++)
        {
            if (!IsQuoteMark(i))
            {
                continue;
            }

            var c = Text[Tokens[i].Start];
            var closes = c is '”' or '»' || (c == '"' && open >= 0);
            if (closes)
            {
                // A closing mark with nothing open: the quotation began before this sentence.
                Mark(open < 0 ? 0 : open, i);
                LastQuoteClose = i;
                open = -1;
            }
            else if (open < 0)
            {
                open = i;
                if (FirstQuoteOpen < 0)
                {
                    FirstQuoteOpen = i;
                }
            }
        }

        if (open >= 0)
        {
            // Opened and never closed in this sentence: the quotation runs on to its end.
            Mark(open, Tokens.Length - 1);
        }
    }

    private void Mark(int from, int to)
    {
        for (var j = from; j <= to; j++)
        {
            InQuote[j] = true;
        }
    }
}
