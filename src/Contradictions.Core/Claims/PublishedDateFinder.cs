using System.Collections.Frozen;

namespace Contradictions.Claims;

/// <summary>
/// Reads the publication date from a date line, the short line near the top of a scraped page
/// that holds only a date and a few furniture words ("First Published: June 13, 2013 4:59 PM
/// EDT", "Posted on Monday, 28 September 2020", "Updated 14:05 GMT, 12 Sep 2022").
/// </summary>
public static class PublishedDateFinder
{
    /// <summary>
    /// Longest line read as a date line. The longest real ones ("First Published: … | Last
    /// Updated: … | By …") stay under a hundred and fifty characters; a longer line is text.
    /// </summary>
    public const int MaxDateLineLength = 200;

    /// <summary>
    /// Words a date line may hold besides the date: what the date is, clock words, time zones
    /// and weekday names. Anything else (a verb, a noun) makes the line a sentence that merely
    /// contains a date.
    /// </summary>
    private static readonly FrozenSet<string> FillerWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "published", "first", "last", "updated", "update", "posted", "modified", "created", "date", "dated",
        "on", "at", "time", "local", "am", "pm", "a.m", "p.m", "hrs", "h",
        // Time zones seen on news pages.
        "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "wet", "west", "msk", "est", "edt", "cst", "cdt",
        "mst", "mdt", "pst", "pdt", "et", "pt", "ct", "mt", "akst", "hst", "ist", "pkt", "ast", "adt", "gst",
        "jst", "kst", "hkt", "sgt", "aest", "aedt", "acst", "awst", "nzst", "nzdt", "sast", "cat", "eat", "wat",
        "trt", "irst", "amt", "azt", "get", "ict", "wib", "pht",
        // Weekdays, also abbreviated ("Mon, 12 Sep 2022").
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FillerLookup =
        FillerWords.GetAlternateLookup<ReadOnlySpan<char>>();

    [ThreadStatic]
    private static List<DateMatch>? t_matches;

    /// <summary>
    /// The date on <paramref name="line"/> when the line is essentially just a full date (day,
    /// month and year) with furniture words around it — "Published", "Updated", "Posted on",
    /// "By" and a name, a clock time, a time zone, a weekday. When the line holds two dates
    /// ("First Published: … | Updated: …") the first is the publication date.
    /// </summary>
    /// <param name="line">One line of text.</param>
    /// <returns>The date, or null when the line is not a date line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is <see langword="null"/>.</exception>
    public static DateOnly? FromDateLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length > MaxDateLineLength)
        {
            return null;
        }

        var matches = t_matches ??= new List<DateMatch>();
        matches.Clear();
        var scanner = new DateScanner(line, published: null);
        scanner.ScanAll(matches);
        DateOnly? found = null;
        foreach (var match in matches)
        {
            if (IsFullDay(match))
            {
                found = match.Value.From;
                break;
            }
        }

        return found is not null && OnlyFurniture(line, scanner, matches) ? found : null;
    }

    private static bool IsFullDay(DateMatch match) =>
        match.Value is { Precision: DatePrecision.Day, Relative: false, From: not null };

    private static bool OnlyFurniture(string line, DateScanner scanner, List<DateMatch> matches)
    {
        var tokens = scanner.Tokens;
        int next = 0;
        bool inByline = false;
        for (int i = 0; i < tokens.Length; i++)
        {
            while (next < matches.Count && matches[next].EndToken <= i)
            {
                next++;
            }

            if (next < matches.Count && matches[next].FirstToken <= i && IsFullDay(matches[next]))
            {
                inByline = false;
                continue;
            }

            var token = tokens[i];
            switch (token.Kind)
            {
                case ClaimTokenKind.Symbol:
                    // A separator ends a byline: "By Ana Ruiz | May 3, 2013".
                    inByline &= line[token.Start] is ',' or '.';
                    continue;
                case ClaimTokenKind.Number:
                    if (!IsClockNumber(line, tokens, i))
                    {
                        return false;
                    }

                    inByline = false;
                    continue;
            }

            var word = token.Span(line);
            if (word.Equals("by", StringComparison.OrdinalIgnoreCase))
            {
                inByline = true;
                continue;
            }

            if (FillerLookup.Contains(word) || IsIsoTimeLetter(line, tokens, i))
            {
                inByline = false;
                continue;
            }

            // A byline runs over capitalised names, initials and "and".
            if (inByline && (token.Capitalized || word.Equals("and", StringComparison.Ordinal)))
            {
                continue;
            }

            return false;
        }

        return true;
    }

    /// <summary>"4:59", "14:05:00", or a small number before "PM" ("4 PM").</summary>
    private static bool IsClockNumber(string line, ReadOnlySpan<ClaimToken> tokens, int i)
    {
        var number = tokens[i].Span(line);
        if (number.Contains(':'))
        {
            return true;
        }

        // A time zone offset: "+0000", "-05:00".
        if (i > 0 && !tokens[i].SpaceBefore && tokens[i - 1].Kind == ClaimTokenKind.Symbol && line[tokens[i - 1].Start] is '+' or '-' or '−')
        {
            return number.Length == 4;
        }

        if (number.Length > 2 || i + 1 >= tokens.Length || !tokens[i + 1].IsWord)
        {
            return false;
        }

        var after = tokens[i + 1].Span(line);
        return after.Equals("am", StringComparison.OrdinalIgnoreCase) || after.Equals("pm", StringComparison.OrdinalIgnoreCase)
            || after.Equals("a.m", StringComparison.OrdinalIgnoreCase) || after.Equals("p.m", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The "T" and "Z" glued into an ISO date-time ("2013-05-03T10:00:00Z").</summary>
    private static bool IsIsoTimeLetter(string line, ReadOnlySpan<ClaimToken> tokens, int i)
    {
        var token = tokens[i];
        return token.Length == 1 && !token.SpaceBefore && line[token.Start] is 'T' or 'Z';
    }
}
