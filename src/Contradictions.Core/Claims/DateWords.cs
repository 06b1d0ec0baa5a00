using System.Collections.Frozen;

namespace Contradictions.Claims;

/// <summary>
/// The English words that make up time expressions, looked up ignoring case by span. Case is
/// checked by the caller where it matters (month and weekday names must be capitalised).
/// </summary>
internal static class DateWords
{
    /// <summary>Every time word and what it does.</summary>
    public static readonly FrozenDictionary<string, DateWord> All = Build().ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Span lookup into <see cref="All"/>.</summary>
    public static readonly FrozenDictionary<string, DateWord>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        All.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Ordinal endings glued to a day number ("12th", "1st"). A number with one of these is a
    /// day only beside a month; alone it counts ("the 4th soldier").
    /// </summary>
    public static readonly FrozenSet<string> OrdinalSuffixes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, ["st", "nd", "rd", "th"]);

    /// <summary>Span lookup into <see cref="OrdinalSuffixes"/>.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrdinalSuffixLookup =
        OrdinalSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Lower-case words ending in "s" that are not plural nouns. After "of 2000" or "July 12" a
    /// plural noun makes the number a count ("a total of 2000 troops", "July 12 soldiers"); these
    /// words do not ("in 2019 was", "since 2014 has").
    /// </summary>
    public static readonly FrozenSet<string> NotPlural = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "was", "has", "is", "as", "its", "this", "thus", "his", "us", "always", "perhaps", "whereas",
        "unless", "across", "less", "besides", "afterwards", "towards", "says", "does", "goes",
        "remains", "means", "seems", "becomes", "marks", "sees",
    ]);

    /// <summary>Span lookup into <see cref="NotPlural"/>.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPluralLookup =
        NotPlural.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Words that, glued to a year by a scraping accident ("the war of 2020in which"), still
    /// leave the number a year. Any other glued letters make it a unit or a code ("2020km").
    /// </summary>
    public static readonly FrozenSet<string> GluedFunctionWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "in", "and", "when", "which", "the", "after", "before", "as", "that", "with", "where",
    ]);

    /// <summary>Span lookup into <see cref="GluedFunctionWords"/>.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GluedFunctionWordLookup =
        GluedFunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Words that may follow "the July" or "the 2020" when the month or year modifies a noun
    /// ("the July clashes", "the 2020 war") — anything lower case except these function words,
    /// which show the month is something else ("the March on the capital").
    /// </summary>
    public static readonly FrozenSet<string> NotNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "on", "in", "at", "to", "of", "for", "from", "by", "with", "and", "or", "but", "is", "was",
        "were", "are", "be", "that", "which", "who", "as",
    ]);

    /// <summary>Span lookup into <see cref="NotNouns"/>.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNounLookup =
        NotNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Words that put a clause in the future ("talks will resume on Monday", "elections are
    /// due in October"). A weekday or month named after one is the next such day or month, not
    /// the last.
    /// </summary>
    public static readonly FrozenSet<string> FutureMarkers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "will", "shall", "won’t", "won't", "plan", "plans", "planned", "planning", "due", "scheduled",
        "upcoming", "intend", "intends", "expected", "tomorrow",
    ]);

    /// <summary>Span lookup into <see cref="FutureMarkers"/>.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FutureMarkerLookup =
        FutureMarkers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Words after a four-digit number that make it a clock time: "1900 GMT", "0600 hours",
    /// "1800 local time".
    /// </summary>
    public static readonly FrozenSet<string> ClockWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "gmt", "utc", "hours", "hrs", "h", "local", "zulu",
    ]);

    /// <summary>Span lookup into <see cref="ClockWords"/>.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClockWordLookup =
        ClockWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The word's part in a time expression, or <see cref="DateWordKind.None"/>.</summary>
    public static DateWord Of(ReadOnlySpan<char> word) => Lookup.TryGetValue(word, out var found) ? found : default;

    private static Dictionary<string, DateWord> Build()
    {
        var words = new Dictionary<string, DateWord>(StringComparer.OrdinalIgnoreCase);
        string[] months =
        [
            "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December",
        ];
        for (int m = 0; m < months.Length; m++)
        {
            // "May" and "March" are also a verb and a noun; they count as months only where a
            // short form would (beside a number, or after a time preposition).
            words[months[m]] = new DateWord(DateWordKind.Month, m + 1, Short: m is 2 or 4);
        }

        (string Word, int Month)[] shortMonths =
        [
            ("Jan", 1), ("Feb", 2), ("Mar", 3), ("Apr", 4), ("Jun", 6), ("Jul", 7), ("Aug", 8),
            ("Sep", 9), ("Sept", 9), ("Oct", 10), ("Nov", 11), ("Dec", 12),
        ];
        foreach (var (word, month) in shortMonths)
        {
            words[word] = new DateWord(DateWordKind.Month, month, Short: true);
        }

        string[] weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
        for (int d = 0; d < weekdays.Length; d++)
        {
            words[weekdays[d]] = new DateWord(DateWordKind.Weekday, d);
        }

        (string Word, DayOfWeek Day)[] shortWeekdays =
        [
            ("Sun", DayOfWeek.Sunday), ("Mon", DayOfWeek.Monday), ("Tue", DayOfWeek.Tuesday),
            ("Tues", DayOfWeek.Tuesday), ("Wed", DayOfWeek.Wednesday), ("Thu", DayOfWeek.Thursday),
            ("Thur", DayOfWeek.Thursday), ("Thurs", DayOfWeek.Thursday), ("Fri", DayOfWeek.Friday),
            ("Sat", DayOfWeek.Saturday),
        ];
        foreach (var (word, day) in shortWeekdays)
        {
            words[word] = new DateWord(DateWordKind.Weekday, (int)day, Short: true);
        }

        Add(words, DateWordKind.Today, "today");
        Add(words, DateWordKind.Tonight, "tonight");
        Add(words, DateWordKind.Yesterday, "yesterday");
        Add(words, DateWordKind.Tomorrow, "tomorrow");
        Add(words, DateWordKind.Overnight, "overnight");
        Add(words, DateWordKind.This, "this");
        Add(words, DateWordKind.Last, "last");
        Add(words, DateWordKind.Next, "next");
        Add(words, DateWordKind.Past, "past");
        Add(words, DateWordKind.Earlier, "earlier");
        Add(words, DateWordKind.Later, "later");
        Add(words, DateWordKind.PartOfDay, "morning", "afternoon", "evening", "night");
        Add(words, DateWordKind.TimePoint, "noon", "midday", "midnight", "dawn", "daybreak", "dusk", "sunrise", "sunset");
        Add(words, DateWordKind.Weekend, "weekend");
        Add(words, DateWordKind.Ago, "ago");
        Add(words, DateWordKind.Couple, "couple");
        Add(words, DateWordKind.The, "the");
        Add(words, DateWordKind.Of, "of");
        Add(words, DateWordKind.Connector, "and", "or", "to");
        Add(words, DateWordKind.Locating, "on", "in", "at", "during", "over");

        // Relational prepositions cue a year ("since 1991", "by 2030") but describe how the
        // event relates to the time, so they stay outside the mention's text.
        Add(words, DateWordKind.Relational, "since", "until", "till", "by", "from", "before", "after",
            "through", "throughout", "between", "circa");

        words["hour"] = new DateWord(DateWordKind.Unit, (int)DateUnit.Hour);
        words["hours"] = new DateWord(DateWordKind.Unit, (int)DateUnit.Hour);
        words["day"] = new DateWord(DateWordKind.Unit, (int)DateUnit.Day);
        words["days"] = new DateWord(DateWordKind.Unit, (int)DateUnit.Day);
        words["week"] = new DateWord(DateWordKind.Unit, (int)DateUnit.Week);
        words["weeks"] = new DateWord(DateWordKind.Unit, (int)DateUnit.Week);
        words["month"] = new DateWord(DateWordKind.Unit, (int)DateUnit.Month);
        words["months"] = new DateWord(DateWordKind.Unit, (int)DateUnit.Month);
        words["year"] = new DateWord(DateWordKind.Unit, (int)DateUnit.Year);
        words["years"] = new DateWord(DateWordKind.Unit, (int)DateUnit.Year);

        words["early"] = new DateWord(DateWordKind.Qualifier, 1);
        words["mid"] = new DateWord(DateWordKind.Qualifier, 2);
        words["late"] = new DateWord(DateWordKind.Qualifier, 3);
        words["beginning"] = new DateWord(DateWordKind.Portion, 1);
        words["start"] = new DateWord(DateWordKind.Portion, 1);
        words["middle"] = new DateWord(DateWordKind.Portion, 2);
        words["end"] = new DateWord(DateWordKind.Portion, 3);

        string[] numbers = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
        for (int n = 0; n < numbers.Length; n++)
        {
            words[numbers[n]] = new DateWord(DateWordKind.NumberWord, n + 1);
        }

        words["a"] = new DateWord(DateWordKind.NumberWord, 1);
        words["an"] = new DateWord(DateWordKind.NumberWord, 1);
        words["few"] = new DateWord(DateWordKind.NumberWord, 0);
        words["several"] = new DateWord(DateWordKind.NumberWord, 0);
        return words;
    }

    private static void Add(Dictionary<string, DateWord> words, DateWordKind kind, params string[] list)
    {
        foreach (string word in list)
        {
            words[word] = new DateWord(kind);
        }
    }
}
