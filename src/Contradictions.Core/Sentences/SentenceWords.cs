using System.Collections.Frozen;

namespace Contradictions.Sentences;

/// <summary>
/// The fixed word lists the splitter consults. Keys are stored without their final period
/// ("Mr", "U.S", "a.m") because the splitter looks up the word that stands before a period.
/// Every list is looked up with a span, so the scan never allocates a string to ask.
/// </summary>
internal static class SentenceWords
{
    /// <summary>
    /// Abbreviations after which a sentence does not end, whatever follows. Titles and ranks
    /// are always followed by a name ("Gen. Ruto", "Dr. A. Okafor" — where "A" would
    /// otherwise look like a sentence starter), months by a day ("Sept. 12"), and reference
    /// words by a number (see <see cref="BeforeNumber"/>). Case matters: "no." ends "He said no."
    /// </summary>
    public static readonly FrozenSet<string> NeverEnding = FrozenSet.Create(StringComparer.Ordinal,
    [
        // Titles and forms of address.
        "Mr", "Mrs", "Ms", "Messrs", "Mme", "Dr", "Prof", "Rev", "Hon", "Fr", "Amb",
        // Military and police ranks.
        "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Cdr",
        "Brig", "Supt", "Insp", "Det", "Cmdt",
        // Offices.
        "Gov", "Sen", "Rep", "Pres", "Sec", "Atty",
        // Places that precede a name.
        "St", "Mt", "Ft",
        // Latin and comparison words that sit mid-sentence.
        "vs", "v", "approx", "ca", "cf", "e.g", "i.e", "viz", "incl", "est",
        // Months and weekdays, which precede a date ("Sat" and "Sun" are left out: "The Sun."
        // names a newspaper at the end of many sentences).
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri",
    ]);

    /// <summary>
    /// Reference words that are abbreviations only when a number follows ("No. 5", "Vol. 2",
    /// "Fig. 3", "para. 12"). Before anything else the period is a full stop: in
    /// "he said: “No.” He then left" the word is the answer no.
    /// </summary>
    public static readonly FrozenSet<string> BeforeNumber = FrozenSet.Create(StringComparer.Ordinal,
    [
        "No", "Nos", "Nr", "Vol", "Vols", "Fig", "Figs", "para", "paras", "pp", "Ch", "ch",
    ]);

    /// <summary>
    /// Abbreviations that often sit mid-sentence but can also be a sentence's last word
    /// ("The envoy flew back to the U.S. The talks resume" / "the U.S. Secretary of State").
    /// After one of these the sentence ends only when the next word is in
    /// <see cref="Starters"/>.
    /// Dotted acronyms and single capital initials are treated the same way without being
    /// listed (see <c>ParagraphScanner</c>).
    /// </summary>
    public static readonly FrozenSet<string> MayEnd = FrozenSet.Create(StringComparer.Ordinal,
    [
        "U.S", "U.K", "U.N", "E.U", "U.S.A", "U.A.E", "D.C", "Ph.D", "B.C", "A.D",
        "etc", "al", "Inc", "Ltd", "Co", "Corp", "Bros", "plc", "Jr", "Sr",
        "Ave", "Rd", "Blvd",
        // US state abbreviations end datelines and sentences alike ("in Salem, Ore. The").
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind",
        "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev",
        "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
    ]);

    /// <summary>
    /// Clock abbreviations. "He landed at 9 a.m. The talks began" and "at 3 p.m. Police closed
    /// the road" both split, so after these any capitalised word starts a new sentence except
    /// one of <see cref="TimeQualifiers"/>.
    /// </summary>
    public static readonly FrozenSet<string> Clock = FrozenSet.Create(StringComparer.Ordinal,
    [
        "a.m", "p.m", "A.M", "P.M",
    ]);

    /// <summary>
    /// Capitalised words that continue a time rather than start a sentence: weekdays, months
    /// and time zones ("7:30 a.m. Wednesday", "10:02 a.m. EDT").
    /// </summary>
    public static readonly FrozenSet<string> TimeQualifiers = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "WET", "MSK", "IST", "PKT", "JST",
        "KST", "HKT", "SGT", "AEST", "AEDT", "SAST", "WAT", "EAT", "CAT",
        "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT",
        "AST", "ADT", "AKST", "HST",
    ]);

    /// <summary>
    /// Words that typically open a news sentence. Consulted only after an abbreviation that
    /// may or may not end the sentence, so the list favours words that cannot plausibly
    /// continue a name ("the U.S. Army", "Ore. State Police") — "Police" is left out for
    /// that reason, while "Officials" and "Authorities" rarely follow as part of a name.
    /// </summary>
    public static readonly FrozenSet<string> Starters = FrozenSet.Create(StringComparer.Ordinal,
    [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You",
        "His", "Her", "Its", "Their", "Our", "My", "Your",
        "This", "That", "These", "Those", "There", "Here",
        "But", "And", "Or", "So", "Yet", "Still", "Then", "Now", "Thus", "Hence",
        "However", "Meanwhile", "Moreover", "Also", "Instead", "Nevertheless", "Nonetheless",
        "In", "On", "At", "By", "For", "From", "With", "Without", "After", "Before", "During",
        "When", "While", "Since", "Until", "As", "If", "Although", "Though", "Despite",
        "Under", "Over", "Among", "Between", "Through", "To", "Of", "Once",
        "According", "Asked", "Earlier", "Later", "Last", "Next",
        "Today", "Yesterday", "Tomorrow", "Tonight",
        "Some", "Many", "Most", "Few", "Several", "Both", "All", "Each", "Every", "No", "None",
        "Neither", "Nor", "Not", "Only", "Even", "More", "Other", "Others", "Such", "One",
        "What", "Who", "Why", "How", "Where", "Which",
        "Nobody", "Everybody", "Somebody", "Anybody", "Everyone", "Someone", "Anyone",
        "Nothing", "Everything", "Something", "Anything",
        "Mr", "Mrs", "Ms",
        "Officials", "Authorities", "Witnesses", "Residents", "Rescuers", "Analysts",
        "Investigators", "Prosecutors", "Critics", "Experts", "Scientists", "Researchers",
        "Protesters", "Voters", "Shares", "Prices",
    ]);

    /// <summary>
    /// Verbs of saying. "“Why now?” Okafor asked." is one sentence: a capitalised name
    /// followed by one of these closes the quoted question rather than starting anew.
    /// </summary>
    public static readonly FrozenSet<string> SpeechVerbs = FrozenSet.Create(StringComparer.Ordinal,
    [
        "said", "says", "asked", "asks", "added", "adds", "told", "tells", "wrote", "writes",
        "tweeted", "replied", "replies", "shouted", "shouts", "insisted", "insists",
        "declared", "declares", "demanded", "demands", "wondered", "wonders", "exclaimed",
        "explained", "stated", "noted", "argued", "posted", "yelled", "recalled", "countered",
        "cried", "responded", "warned", "warns", "urged", "continued", "concluded", "joked",
        "screamed", "pleaded", "chanted", "protested", "snapped", "whispered", "remarked",
    ]);

    /// <summary>
    /// Words that mark a parenthesis at the end of a sentence as a photo or video caption
    /// marker ("(file image)", "(AP Photo)", "(Photo: Jane Doe)"). Compared ignoring case.
    /// </summary>
    public static readonly FrozenSet<string> CaptionWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "photo", "photos", "image", "images", "picture", "pictures", "pic", "photograph",
        "photographs", "footage", "screenshot", "screengrab", "file",
    ]);

    /// <summary>
    /// Picture agencies whose name alone, in parentheses at the end of a sentence, credits a
    /// photo ("(Reuters)", "(AFP)"). Case matters: "AP" is an agency, "ap" is not.
    /// </summary>
    public static readonly FrozenSet<string> PhotoAgencies = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Reuters", "AFP", "AP", "EPA", "Getty", "Shutterstock", "Xinhua", "TASS", "Anadolu",
        "Alamy", "Sputnik", "PA", "IRNA", "ANI", "Bloomberg",
    ]);

    /// <summary>
    /// File name extensions, compared ignoring case. A period glued to one of these joins a
    /// file name ("Minutes.Docx"), not two sentences.
    /// </summary>
    public static readonly FrozenSet<string> FileExtensions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "pdf", "doc", "docx", "xls", "xlsx", "csv", "txt", "rtf", "odt", "ppt", "pptx",
        "jpg", "jpeg", "png", "gif", "webp", "mp3", "mp4", "mov", "avi", "zip", "rar",
        "html", "htm", "json", "xml", "exe", "apk",
    ]);

    /// <summary>Span lookup into <see cref="NeverEnding"/>.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NeverEndingLookup =
        NeverEnding.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Span lookup into <see cref="BeforeNumber"/>.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeNumberLookup =
        BeforeNumber.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Span lookup into <see cref="Clock"/>.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClockLookup =
        Clock.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Span lookup into <see cref="TimeQualifiers"/>.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeQualifiersLookup =
        TimeQualifiers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Span lookup into <see cref="MayEnd"/>.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MayEndLookup =
        MayEnd.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Span lookup into <see cref="Starters"/>.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StartersLookup =
        Starters.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Span lookup into <see cref="SpeechVerbs"/>.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechVerbsLookup =
        SpeechVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Span lookup into <see cref="CaptionWords"/>.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CaptionWordsLookup =
        CaptionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Span lookup into <see cref="FileExtensions"/>.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FileExtensionsLookup =
        FileExtensions.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Span lookup into <see cref="PhotoAgencies"/>.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PhotoAgenciesLookup =
        PhotoAgencies.GetAlternateLookup<ReadOnlySpan<char>>();
}
