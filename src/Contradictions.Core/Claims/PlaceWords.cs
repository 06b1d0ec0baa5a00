using System.Collections.Frozen;

namespace Contradictions.Claims;

/// <summary>
/// The word lists <see cref="PlaceFinder"/> consults, as data: the cues before a place, the
/// place nouns around it, and the words that show a capitalised phrase is something else
/// (a person's title, an institution, a month). Looked up ignoring case, by span.
/// </summary>
internal static class PlaceWords
{
    /// <summary>Every listed word and its part.</summary>
    public static readonly FrozenDictionary<string, PlaceWord> All = Build().ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Span lookup into <see cref="All"/>.</summary>
    public static readonly FrozenDictionary<string, PlaceWord>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        All.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The word's part, or <see cref="PlaceWordKind.None"/>.</summary>
    public static PlaceWord Of(ReadOnlySpan<char> word) => Lookup.TryGetValue(word, out var found) ? found : default;

    private static Dictionary<string, PlaceWord> Build()
    {
        var words = new Dictionary<string, PlaceWord>(StringComparer.OrdinalIgnoreCase);

        // Prepositions after which a capitalised phrase is a place ("in X", "near X").
        // "from" and "to" are left out: "a call from Ana", "spoke to Ben".
        Add(words, PlaceWordKind.Cue,
            "in", "near", "at", "outside", "around", "into", "inside", "across", "towards", "toward",
            "throughout", "within", "nearby", "off");

        // Place nouns. Singular and plural are listed apart because a plural takes a list.
        (string Singular, string Plural, PlaceHeadFlags Flags)[] heads =
        [
            ("district", "districts", PlaceHeadFlags.Administrative),
            ("region", "regions", PlaceHeadFlags.Administrative),
            ("province", "provinces", PlaceHeadFlags.Administrative),
            ("oblast", "oblasts", PlaceHeadFlags.Administrative),
            ("governorate", "governorates", PlaceHeadFlags.Administrative),
            ("county", "counties", PlaceHeadFlags.Administrative),
            ("raion", "raions", PlaceHeadFlags.Administrative),
            ("rayon", "rayons", PlaceHeadFlags.Administrative),
            ("municipality", "municipalities", PlaceHeadFlags.Administrative),
            ("prefecture", "prefectures", PlaceHeadFlags.Administrative),
            ("village", "villages", PlaceHeadFlags.None),
            ("town", "towns", PlaceHeadFlags.None),
            ("city", "cities", PlaceHeadFlags.None),
            ("hamlet", "hamlets", PlaceHeadFlags.None),
            ("township", "townships", PlaceHeadFlags.None),
            ("settlement", "settlements", PlaceHeadFlags.None),
            ("border", "borders", PlaceHeadFlags.None),
            ("frontier", "frontiers", PlaceHeadFlags.None),
            ("area", "areas", PlaceHeadFlags.None),
            ("sector", "sectors", PlaceHeadFlags.None),
            ("direction", "directions", PlaceHeadFlags.None),
            ("enclave", "enclaves", PlaceHeadFlags.None),
            ("territory", "territories", PlaceHeadFlags.None),
            ("valley", "valleys", PlaceHeadFlags.None),
            ("peninsula", "peninsulas", PlaceHeadFlags.None),
            ("island", "islands", PlaceHeadFlags.None),
            ("coast", "coasts", PlaceHeadFlags.None),
            ("suburb", "suburbs", PlaceHeadFlags.None),
            ("neighbourhood", "neighbourhoods", PlaceHeadFlags.None),
            ("neighborhood", "neighborhoods", PlaceHeadFlags.None),
            ("camp", "camps", PlaceHeadFlags.None),
            ("corridor", "corridors", PlaceHeadFlags.None),
            ("crossing", "crossings", PlaceHeadFlags.None),
            ("river", "rivers", PlaceHeadFlags.None),
            ("port", "ports", PlaceHeadFlags.None),
            ("airport", "airports", PlaceHeadFlags.None),
            ("capital", "capitals", PlaceHeadFlags.None),
            ("mountains", "mountains", PlaceHeadFlags.Plural),
        ];
        foreach (var (singular, plural, flags) in heads)
        {
            words[singular] = new PlaceWord(PlaceWordKind.Head, flags);
            words[plural] = new PlaceWord(PlaceWordKind.Head, flags | PlaceHeadFlags.Plural);
        }

        // Acts done to a place: "the siege of X", "the shelling of X, Y and Z". "capture" and
        // "killing" are left out: they take people as often as places.
        string[] acts =
        [
            "siege", "fall", "shelling", "bombardment", "bombing", "liberation", "occupation", "encirclement",
            "annexation", "blockade", "recapture",
        ];
        foreach (string act in acts)
        {
            words[act] = new PlaceWord(PlaceWordKind.Head, PlaceHeadFlags.OfOnly);
        }

        words["outskirts"] = new PlaceWord(PlaceWordKind.Head, PlaceHeadFlags.OfOnly | PlaceHeadFlags.Plural);
        words["vicinity"] = new PlaceWord(PlaceWordKind.Head, PlaceHeadFlags.OfOnly);
        words["environs"] = new PlaceWord(PlaceWordKind.Head, PlaceHeadFlags.OfOnly | PlaceHeadFlags.Plural);

        Add(words, PlaceWordKind.Compass,
            "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest");

        // Lower-case words that may stand between a cue and the name ("in northern X",
        // "in occupied X"); capitalised they are part of a name ("North X").
        Add(words, PlaceWordKind.Modifier,
            "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern",
            "southwestern", "central", "occupied", "neighbouring", "neighboring", "downtown", "rural",
            "greater", "coastal", "besieged", "disputed");

        // Head words of institutions: a capitalised phrase holding one names a body, not a place
        // ("the European Union", "the UN Security Council", "the Defense Ministry").
        Add(words, PlaceWordKind.Institution,
            "Union", "Council", "Ministry", "Ministries", "Forces", "Army", "Armies", "Organization", "Organisation",
            "Nations", "Committee", "Court", "Parliament", "Assembly", "Agency", "Bank", "Fund", "Office",
            "Department", "Government", "Party", "Front", "Movement", "Group", "Alliance", "Commission",
            "Service", "Services", "Police", "Guard", "Guards", "Corps", "Brigade", "Brigades", "Battalion",
            "Division", "Regiment", "Navy", "Observatory", "Times", "News", "Post", "Media", "University",
            "Institute", "Company", "Corporation", "Association", "Federation", "Republic", "Kingdom",
            "Treaty", "Agreement", "Accord", "Accords", "Convention", "Conference", "Summit", "Society",
            "Church", "Cross", "Crescent", "Program", "Programme", "Mission", "Authority", "Authorities",
            "Administration", "Secretariat", "Congress", "Senate", "Cabinet", "Presidency", "Embassy",
            "Consulate", "Command", "Headquarters", "Staff", "Foundation", "Watch", "International", "Network",
            "Channel", "Television", "Radio", "Press", "Journal", "Herald", "Telegraph", "Tribune", "Gazette",
            "Review", "Express", "Monitor", "Airlines", "Airways", "Holdings", "Inc", "Ltd", "Board", "Bureau",
            "Tribunal", "Academy", "College", "Club", "Team", "Fleet", "Militia",
            // Platforms named as if places ("in a Telegram post", "on Twitter").
            "Twitter", "Facebook", "Telegram", "Instagram", "YouTube", "TikTok", "WhatsApp");

        Add(words, PlaceWordKind.Title,
            "President", "Presidents", "Minister", "Ministers", "Prime", "Premier", "Secretary", "Chancellor",
            "King", "Queen", "Prince", "Princess", "Emir", "Sultan", "Pope", "Patriarch", "General", "Gen",
            "Colonel", "Col", "Major", "Maj", "Captain", "Capt", "Lieutenant", "Lt", "Sergeant", "Sgt",
            "Commander", "Cmdr", "Admiral", "Adm", "Marshal", "Ambassador", "Envoy", "Governor", "Gov",
            "Mayor", "Senator", "Sen", "Rep", "Representative", "Congressman", "Congresswoman", "Spokesman",
            "Spokeswoman", "Spokesperson", "Mr", "Mrs", "Ms", "Dr", "Prof", "Professor", "Judge", "Justice",
            "Chief", "Deputy", "Vice", "Speaker", "Chairman", "Chairwoman", "Chair", "Director",
            "Commissioner", "Bishop", "Archbishop", "Imam", "Rabbi", "Ayatollah", "Presidential", "Foreign",
            "Interior", "Defense", "Defence", "Mufti", "Sheikh", "Shaikh", "Lord", "Lady", "Sir", "Dame",
            "Private", "Corporal", "Officer", "Inspector", "Superintendent", "Detective", "Pastor", "Father");

        Add(words, PlaceWordKind.Calendar,
            "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
            "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday",
            // Feasts and holidays, which follow "around", "at" and "during" as places do.
            "Easter", "Christmas", "Ramadan", "Eid", "Passover", "Hanukkah", "Diwali", "Nowruz", "Thanksgiving",
            "Lent", "Advent", "Kippur", "Sukkot", "Vesak", "Holi", "Pentecost");

        // Languages and ethnic or religious groups: "in English", "in Kurdish areas", "in Sunni
        // districts" name people or speech, not places. Countries' own demonyms come from the
        // caller's excluded spans; these are the ones no country is named after.
        Add(words, PlaceWordKind.Group,
            "English", "Arabic", "Kurdish", "Kurds", "Hebrew", "Farsi", "Persian", "Swahili", "Hindi", "Urdu",
            "Pashto", "Dari", "Tamil", "Tamils", "Amharic", "Tigrinya", "Hausa", "Yoruba", "Igbo", "Punjabi",
            "Bengali", "Latin", "Berber", "Tuareg", "Uyghur", "Uighur", "Rohingya", "Baloch", "Pashtun", "Hazara",
            "Tatar", "Tatars", "Druze", "Alawite", "Sunni", "Sunnis", "Shia", "Shiite", "Shiites", "Christian",
            "Christians", "Muslim", "Muslims", "Jewish", "Jews", "Catholic", "Catholics", "Orthodox", "Buddhist",
            "Hindu", "Yazidi", "Yazidis", "Arab", "Arabs", "Roma", "Sami", "Maori", "Aboriginal", "Indigenous");

        // Lower-case particles inside names ("X de Y", "X es Y", "X ez-Y").
        Add(words, PlaceWordKind.Particle,
            "de", "del", "della", "da", "dos", "das", "di", "du", "des", "el", "al", "ash", "az", "ez", "es",
            "la", "le", "les", "von", "van", "der", "den", "ul", "bin", "ibn", "au", "aux", "en", "sur");

        Add(words, PlaceWordKind.Of, "of");
        Add(words, PlaceWordKind.The, "the");
        Add(words, PlaceWordKind.Connector, "and", "or");

        // Words that are capitalised only because they open a sentence or a headline; never
        // part of a name.
        Add(words, PlaceWordKind.Function,
            "a", "an", "on", "to", "for", "from", "by", "with", "without", "after", "before", "during",
            "since", "until", "while", "when", "where", "but", "if", "though", "although", "however",
            "meanwhile", "moreover", "also", "then", "this", "that", "these", "those", "there", "here", "it",
            "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "both",
            "some", "many", "several", "all", "each", "every", "most", "other", "another", "no", "not", "any",
            "such", "according", "despite", "amid", "amidst", "following", "under", "over", "about", "against",
            "between", "among", "what", "who", "whom", "whose", "which", "why", "how", "yes", "only", "even",
            "still", "yet", "so", "thus", "later", "earlier", "today", "yesterday", "tomorrow", "tonight",
            "now", "once", "last", "next", "first", "second", "third", "one", "two", "three", "four", "five",
            "six", "seven", "eight", "nine", "ten", "hundreds", "thousands", "dozens", "more", "less", "just",
            "instead", "unlike", "like", "because", "upon", "via", "per", "therefore", "nevertheless",
            "furthermore", "indeed", "again", "already", "is", "are", "was", "were", "be", "been", "has",
            "have", "had", "will", "would", "can", "could", "should", "must", "might", "shall", "do", "does",
            "did", "as", "than", "whether", "whereas", "along", "beyond", "toward", "just", "early", "late",
            "shortly", "separately", "previously", "currently", "recently", "overnight");
        return words;
    }

    private static void Add(Dictionary<string, PlaceWord> words, PlaceWordKind kind, params string[] list)
    {
        foreach (string word in list)
        {
            // A word is listed under its first kind; a later list does not overwrite it.
            words.TryAdd(word, new PlaceWord(kind));
        }
    }
}
