namespace Contradictions.Sentences;

/// <summary>
/// One pass over one paragraph: finds where its sentences end and where its double-quoted
/// passages lie. Works on offsets into the article text and allocates nothing but the
/// entries it adds to the caller's lists.
/// </summary>
/// <remarks>
/// A sentence can end only at a run of terminal marks (<c>. ! ? …</c>), together with the
/// closing quotes and brackets that follow it ("fire.” The" ends after the quote). Whether
/// it does end is decided by <see cref="EndsSentence"/> from what stands before and after
/// the run.
/// </remarks>
internal ref struct ParagraphScanner
{
    // Longest speaker name in an attribution after a quoted question or exclamation:
    // "“Why now?” Defence Minister Lale Ekwueme asked." names the speaker in four words.
    private const int MaxSpeakerWords = 4;

    // How far the scan looks back for the word before a period. The longest listed
    // abbreviation is six characters ("Messrs", "U.S.A"); a longer run of letters and periods
    // is an ordinary word or a dotted name, and bounding the look keeps a pathological run
    // ("A.B.C.D…" for a megabyte) linear instead of quadratic.
    private const int MaxAbbreviationLength = 16;

    // How far the scan looks either side of a glued mark for the rest of the token. Web
    // addresses and file names fit; a longer run without a space is not prose and is never
    // split, which again keeps the scan linear on pathological input.
    private const int MaxTokenScan = 256;

    private readonly string _text;
    private readonly int _start;
    private readonly int _end;
    private readonly List<int> _ends;
    private readonly List<QuoteSpan> _quotes;

    private bool _inQuote;
    private int _quoteOpen;

    // Offset where the sentence being read starts (just past the previous end).
    private int _sentenceStart;

    private ParagraphScanner(string text, int start, int end, List<int> ends, List<QuoteSpan> quotes)
    {
        _text = text;
        _start = start;
        _end = end;
        _ends = ends;
        _quotes = quotes;
        _sentenceStart = start;
    }

    /// <summary>
    /// Scans <c>text[start..end)</c>, a paragraph without surrounding whitespace, and appends
    /// to <paramref name="ends"/> the offset just past each sentence (untrimmed; the last is
    /// always <paramref name="end"/>) and to <paramref name="quotes"/> each double-quoted
    /// passage in order. A quotation still open at the end runs to <paramref name="end"/>:
    /// news prints a quotation that continues into the next paragraph without a closing mark.
    /// </summary>
    public static void Scan(string text, int start, int end, List<int> ends, List<QuoteSpan> quotes)
    {
        var scanner = new ParagraphScanner(text, start, end, ends, quotes);
        scanner.Run();
    }

    private void Run()
    {
        string text = _text;
        int firstEnd = _ends.Count;
        // Whether the sentence being read holds a letter or digit yet: a run of marks before
        // any word ("… and then", "“...") is an elision, never an end.
        bool hasContent = false;
        int i = _start;
        while (i < _end)
        {
            char c = text[i];
            if (CharClass.IsDoubleQuote(c))
            {
                OnQuoteMark(i);
                i++;
                continue;
            }

            if (!CharClass.IsTerminal(c))
            {
                if (!hasContent && char.IsLetterOrDigit(c))
                {
                    hasContent = true;
                }

                i++;
                continue;
            }

            int runStart = i;
            int next = ConsumeTerminalRun(runStart, out var kind, out bool closedQuote, out bool closer);
            if (hasContent && next < _end && !FollowsOpener(runStart)
                && EndsSentence(runStart, next, kind, closedQuote, closer))
            {
                _ends.Add(next);
                _sentenceStart = next;
                hasContent = false;
            }

            i = next;
        }

        // Trailing marks with no word of their own ("He left. –") belong to the sentence
        // before them rather than standing as a sentence.
        if (!hasContent && _ends.Count > firstEnd)
        {
            _ends.RemoveAt(_ends.Count - 1);
        }

        _ends.Add(_end);
        if (_inQuote)
        {
            _quotes.Add(new QuoteSpan(_quoteOpen, _end));
            _inQuote = false;
        }
    }

    /// <summary>
    /// Reads the terminal marks starting at <paramref name="runStart"/> and the closing quotes
    /// and brackets mixed into them ("?!", "...", ".”.", ".)") and returns the offset past them.
    /// A spaced ellipsis (". . .", which some style books prescribe) is read as one run.
    /// </summary>
    private int ConsumeTerminalRun(int runStart, out TerminalKind kind, out bool closedQuote, out bool closer)
    {
        string text = _text;
        bool strong = false;
        bool ellipsis = false;
        closedQuote = false;
        closer = false;
        int k = runStart;
        while (k < _end)
        {
            char d = text[k];
            if (d == '.')
            {
                // Only adjacent periods make an ellipsis: ".”." is a period on each side of a quote.
                ellipsis |= k > runStart && text[k - 1] == '.';
            }
            else if (CharClass.IsStrongTerminal(d))
            {
                strong = true;
            }
            else if (d == '…')
            {
                ellipsis = true;
            }
            else if (d == ' ' && text[k - 1] == '.' && k + 1 < _end && text[k + 1] == '.')
            {
                ellipsis = true;
            }
            else if (CharClass.IsClosingBracket(d) || CharClass.IsSingleQuote(d))
            {
                closer = true;
            }
            else if (CharClass.IsDoubleQuote(d) && IsCloserAfterTerminal(k))
            {
                closer = true;
                if (_inQuote)
                {
                    _quotes.Add(new QuoteSpan(_quoteOpen, k + 1));
                    _inQuote = false;
                    closedQuote = true;
                }
            }
            else
            {
                break;
            }

            k++;
        }

        kind = strong ? TerminalKind.Strong
            : ellipsis ? TerminalKind.Ellipsis
            : TerminalKind.Period;
        return k;
    }

    /// <summary>
    /// Whether a double quote right after a terminal mark closes something. Inside a quotation
    /// it does; outside one, "said.\"The" opens the next sentence's quotation while
    /// "said.\" The" is a closing mark whose opening was lost.
    /// </summary>
    private readonly bool IsCloserAfterTerminal(int k)
    {
        char c = _text[k];
        bool spaceAfter = k + 1 >= _end || CharClass.IsSpace(_text[k + 1]);
        return c switch
        {
            '”' or '»' => true,
            '“' or '«' => _inQuote && spaceAfter,
            _ => _inQuote || spaceAfter || CharClass.IsClosingPunctuation(_text[k + 1]),
        };
    }

    /// <summary>Updates the quotation state for a double quote met outside a terminal run.</summary>
    private void OnQuoteMark(int i)
    {
        char c = _text[i];
        bool left = IsLeftFlanking(i);
        bool right = IsRightFlanking(i);
        bool opensShape = left && !right;
        if (!_inQuote)
        {
            // A closing-shaped mark with nothing open is a stray ("4,400 ft”"): ignore it
            // rather than let it start a quotation that swallows the paragraph.
            bool opens = c switch
            {
                '“' or '«' => true,
                '”' or '»' => opensShape,
                _ => !(right && !left),
            };
            if (opens)
            {
                _inQuote = true;
                _quoteOpen = i;
            }

            return;
        }

        bool reopens = c switch
        {
            '”' or '»' => false,
            _ => opensShape,
        };
        if (reopens)
        {
            // An opening mark inside an open quotation means the earlier one was never
            // closed: end it before this mark and start the new one here.
            _quotes.Add(new QuoteSpan(_quoteOpen, CharClass.TrimEnd(_text, _quoteOpen, i)));
            _quoteOpen = i;
            return;
        }

        _quotes.Add(new QuoteSpan(_quoteOpen, i + 1));
        _inQuote = false;
    }

    private readonly bool IsLeftFlanking(int i)
    {
        bool before = i == _start || CharClass.IsSpace(_text[i - 1]) || CharClass.IsOpeningBracket(_text[i - 1])
            || CharClass.IsDash(_text[i - 1]);
        return before && i + 1 < _end && !CharClass.IsSpace(_text[i + 1]);
    }

    private readonly bool IsRightFlanking(int i)
    {
        bool before = i > _start && !CharClass.IsSpace(_text[i - 1]);
        return before && (i + 1 >= _end || CharClass.IsSpace(_text[i + 1]) || CharClass.IsClosingPunctuation(_text[i + 1]));
    }

    /// <summary>
    /// Whether the marks at <paramref name="runStart"/> come straight after an opening quote
    /// or bracket: "“… we will return" and "[…]" mark an elision, not an end.
    /// </summary>
    private readonly bool FollowsOpener(int runStart)
    {
        int j = runStart - 1;
        while (j >= _start && CharClass.IsSpace(_text[j]))
        {
            j--;
        }

        if (j < _start)
        {
            return true;
        }

        char c = _text[j];
        return c is '“' or '«' || CharClass.IsOpeningBracket(c) || (c == '"' && _inQuote && _quoteOpen == j);
    }

    /// <summary>
    /// Decides whether the terminal run starting at <paramref name="runStart"/>, with its
    /// closers, ends the sentence; <paramref name="next"/> is the offset just past them and
    /// lies inside the paragraph.
    /// </summary>
    private readonly bool EndsSentence(int runStart, int next, TerminalKind kind, bool closedQuote, bool closer)
    {
        string text = _text;
        int n = next;
        while (n < _end && CharClass.IsSpace(text[n]))
        {
            n++;
        }

        bool glued = n == next;
        int w = n;
        while (w < _end && CharClass.IsOpener(text[w]))
        {
            w++;
        }

        if (w >= _end)
        {
            return true;
        }

        char first = text[w];

        // A lower-case word after the marks continues the sentence: "“Why now?” she asked",
        // "drones… military", "e.g. the". Known trade-off: a scraping artifact such
        // as "branded it as flatly false. that it was their forces" stays one sentence, and
        // so would a real sentence that opens with a lower-case brand ("iPhone sales...").
        if (char.IsLower(first))
        {
            return false;
        }

        if (glued && !GluedLooksLikeNewSentence(runStart, next, w, kind, closer))
        {
            return false;
        }

        return kind switch
        {
            TerminalKind.Strong => !(closedQuote && IsAttribution(w)),
            TerminalKind.Ellipsis => true,
            // A closing mark after the period ("said: “No.”", "the U.S.)") shows the
            // writer ended something there, so the word before it is not read as an
            // abbreviation.
            _ => closer || PeriodEndsSentence(runStart, w),
        };
    }

    /// <summary>
    /// Scraping drops the space between paragraphs or between a sentence and a caption:
    /// "support to Somalia.A Somali soldier", "now?The", "said!He". Such a join is split
    /// only when the next word is written like the start of a sentence and the whole token
    /// is not an address or a file name (southfront.org, www.Example.com, report.PDF,
    /// press@agency.org, U.S.A, 2.5).
    /// </summary>
    private readonly bool GluedLooksLikeNewSentence(int runStart, int next, int w, TerminalKind kind, bool closer)
    {
        string text = _text;
        char first = text[w];
        if (!char.IsUpper(first))
        {
            return false;
        }

        if (kind != TerminalKind.Period || closer)
        {
            // "now?The", "fire.”The", "drones…The": the mark itself is unambiguous.
            return !IsAddressToken(runStart, w);
        }

        // After a lone period ask for a capitalised word ("An", "The", "Officials") rather
        // than a capital alone: "report.PDF" and "U.S.A" join capitals, not words. A one-letter
        // "A" counts only after a lower-case letter ("Chad.A convoy", but not "U.S.A is").
        bool titleCase = w + 1 < _end && char.IsLower(text[w + 1]);
        if (titleCase)
        {
            // "Minutes.Docx" is a file name however it is capitalised.
            return !SentenceWords.FileExtensionsLookup.Contains(WordAt(w)) && !IsAddressToken(runStart, w);
        }

        bool loneArticle = first is 'A' or 'I'
            && (w + 1 >= _end || CharClass.IsSpace(text[w + 1]))
            && runStart > _start && char.IsLower(text[runStart - 1])
            && next == w;
        return loneArticle && !IsAddressToken(runStart, w);
    }

    /// <summary>
    /// Whether the non-space token holding the glued marks is a web or mail address or a
    /// dotted name: it contains "://" or "@", starts with "www.", or the word after the
    /// marks is itself followed by ".x", "/" or "@" ("news.Example.com/path"). A token longer
    /// than <see cref="MaxTokenScan"/> either side counts as one too.
    /// </summary>
    private readonly bool IsAddressToken(int runStart, int w)
    {
        string text = _text;
        int scanStart = Math.Max(_start, runStart - MaxTokenScan);
        int tokenStart = runStart;
        while (tokenStart > scanStart && !CharClass.IsSpace(text[tokenStart - 1]))
        {
            tokenStart--;
        }

        int scanEnd = Math.Min(_end, w + MaxTokenScan);
        int tokenEnd = w;
        while (tokenEnd < scanEnd && !CharClass.IsSpace(text[tokenEnd]))
        {
            tokenEnd++;
        }

        if ((tokenStart == scanStart && scanStart > _start && !CharClass.IsSpace(text[tokenStart - 1]))
            || (tokenEnd == scanEnd && scanEnd < _end && !CharClass.IsSpace(text[tokenEnd])))
        {
            return true;
        }

        var token = text.AsSpan(tokenStart, tokenEnd - tokenStart);
        if (token.Contains("://", StringComparison.Ordinal) || token.Contains('@')
            || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        int afterWord = w;
        while (afterWord < tokenEnd && char.IsLetterOrDigit(text[afterWord]))
        {
            afterWord++;
        }

        if (afterWord >= tokenEnd)
        {
            return false;
        }

        char c = text[afterWord];
        return c is '/' or '@' || (c == '.' && afterWord + 1 < tokenEnd && char.IsLetterOrDigit(text[afterWord + 1]));
    }

    /// <summary>
    /// Whether a single period at <paramref name="period"/> ends the sentence, given that the
    /// next word (at <paramref name="w"/>) does not start lower-case. Decided by the word
    /// before the period: see <see cref="SentenceWords"/>.
    /// </summary>
    private readonly bool PeriodEndsSentence(int period, int w)
    {
        string text = _text;
        int scanStart = Math.Max(_start, period - MaxAbbreviationLength);
        int a = period;
        while (a > scanStart && (char.IsLetter(text[a - 1]) || text[a - 1] == '.'))
        {
            a--;
        }

        if (a == scanStart && a > _start && (char.IsLetter(text[a - 1]) || text[a - 1] == '.'))
        {
            // Longer than any abbreviation: an ordinary word.
            return true;
        }

        while (a < period && text[a] == '.')
        {
            a++;
        }

        var word = text.AsSpan(a, period - a);
        if (word.IsEmpty)
        {
            // After a number, a bracket or a quote: "in 2020.", "(onto Somali soil).".
            // A number alone at the start is a list marker: "2. The talks resume".
            return !IsListMarker(period);
        }

        if (SentenceWords.NeverEndingLookup.Contains(word))
        {
            return false;
        }

        if (SentenceWords.BeforeNumberLookup.Contains(word))
        {
            return !char.IsDigit(text[w]);
        }

        if (SentenceWords.ClockLookup.Contains(word))
        {
            return !SentenceWords.TimeQualifiersLookup.Contains(WordAt(w));
        }

        if (SentenceWords.MayEndLookup.Contains(word) || IsInitialOrDottedAcronym(word))
        {
            return SentenceWords.StartersLookup.Contains(WordAt(w));
        }

        return true;
    }

    /// <summary>
    /// Whether the period closes a one- to three-digit number that opens the sentence: a
    /// numbered list item ("1. Stay indoors.", "… withdrew. 2. Talks resume."), where the
    /// number belongs to the item after it. After a colon it is left a full stop ("Death
    /// toll: 37. Officials fear more") because totals are as common there as list numbers.
    /// </summary>
    private readonly bool IsListMarker(int period)
    {
        string text = _text;
        int digitsStart = period;
        while (digitsStart > _sentenceStart && period - digitsStart < 4 && char.IsAsciiDigit(text[digitsStart - 1]))
        {
            digitsStart--;
        }

        int digits = period - digitsStart;
        if (digits is < 1 or > 3)
        {
            return false;
        }

        return CharClass.TrimStart(text, _sentenceStart, digitsStart) == digitsStart;
    }

    /// <summary>
    /// A capital initial ("John F. Kennedy", "J. K. Okafor") or a dotted acronym whose parts
    /// are one or two letters ("U.S", "N.Y", "Ph.D"). Either may close a sentence ("Plan B.",
    /// "in the U.S."), so it is treated as <see cref="SentenceWords.MayEnd"/>.
    /// </summary>
    private static bool IsInitialOrDottedAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length == 1)
        {
            return char.IsUpper(word[0]);
        }

        int part = 0;
        bool dotted = false;
        foreach (char c in word)
        {
            if (c == '.')
            {
                if (part == 0)
                {
                    return false;
                }

                dotted = true;
                part = 0;
            }
            else if (++part > 2)
            {
                return false;
            }
        }

        return dotted && part > 0;
    }

    /// <summary>
    /// Whether the words at <paramref name="w"/>, after a question or exclamation that closed a
    /// quotation, are its attribution: a speaker's name (one to four capitalised words) and a
    /// verb of saying, as in "“Why now?” Okafor asked." or "“Enough!” Commander Rustam Beg
    /// shouted into the radio." A writer who starts a new sentence capitalises an ordinary
    /// opening word, so "“Is it over?” The answer is no." and "“Why?” He shrugged." split.
    /// </summary>
    private readonly bool IsAttribution(int w)
    {
        string text = _text;
        int names = 0;
        int j = w;
        while (j < _end)
        {
            int wordStart = j;
            while (j < _end && (char.IsLetter(text[j]) || CharClass.IsSingleQuote(text[j]) || text[j] == '-'))
            {
                j++;
            }

            var word = text.AsSpan(wordStart, j - wordStart);
            if (word.IsEmpty)
            {
                return false;
            }

            if (names > 0 && SentenceWords.SpeechVerbsLookup.Contains(word))
            {
                return true;
            }

            if (!char.IsUpper(word[0]) || names == MaxSpeakerWords
                || (names == 0 && SentenceWords.StartersLookup.Contains(word)))
            {
                return false;
            }

            names++;

            // A title or an initial inside the name: "Gen. Ruto", "Amara J. Diallo".
            if (j < _end && text[j] == '.'
                && (SentenceWords.NeverEndingLookup.Contains(word) || IsInitialOrDottedAcronym(word)))
            {
                j++;
            }

            if (j >= _end || !CharClass.IsSpace(text[j]))
            {
                return false;
            }

            while (j < _end && CharClass.IsSpace(text[j]))
            {
                j++;
            }
        }

        return false;
    }

    /// <summary>The letters starting at <paramref name="w"/> ("The" in "The talks").</summary>
    private readonly ReadOnlySpan<char> WordAt(int w)
    {
        int j = w;
        while (j < _end && char.IsLetter(_text[j]))
        {
            j++;
        }

        return _text.AsSpan(w, j - w);
    }

    private enum TerminalKind
    {
        // One period: might be an abbreviation's.
        Period,

        // Two or more periods or "…": ends the sentence when a capital follows.
        Ellipsis,

        // Holds "?" or "!": ends the sentence unless a quotation's attribution follows.
        Strong,
    }
}
