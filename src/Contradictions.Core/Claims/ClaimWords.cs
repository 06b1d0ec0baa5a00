using System.Collections.Frozen;

namespace Contradictions.Claims;

/// <summary>
/// The fixed English word lists the claim rules read: reporting verbs, pronouns, words for
/// "the other side", leading connectives. Lists, not rules: nothing here names a party.
/// </summary>
internal static class ClaimWords
{
    /// <summary>Verbs that introduce what someone says, in the forms news uses.</summary>
    public static readonly FrozenSet<string> ReportingVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "said", "says", "say", "told", "tells", "claimed", "claims", "claiming", "accused", "accuses", "accusing",
        "denied", "denies", "denying", "reported", "reports", "reporting", "announced", "announces", "tweeted", "tweets",
        "wrote", "writes", "stated", "states", "added", "adds", "adding", "asserted", "asserts", "insisted", "insists",
        "alleged", "alleges", "blamed", "blames", "blaming", "confirmed", "confirms", "warned", "warns", "noted",
        "indicated", "assured", "denounced", "condemned", "condemns", "branded", "refuted", "refutes", "rejected",
        "rejects", "attributed", "declared", "declares", "explained", "stressed", "argued", "charged", "countered",
        "replied", "described", "maintained", "acknowledged", "admitted", "reiterated", "complained",
        "saying", "posted", "revealed", "disclosed", "estimated", "dismissed");

    /// <summary>Verbs of an answer in a trailing clause: "…, which Y denied", "…, a claim Y rejected".</summary>
    public static readonly FrozenSet<string> AnswerVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "denied", "denies", "deny", "rejected", "rejects", "dismissed", "dismisses", "refuted", "refutes", "disputed", "disputes");

    /// <summary>Words that open a phrase standing for someone already named: "the ministry", "its spokesman".</summary>
    public static readonly FrozenSet<string> Determiners = FrozenSet.Create(StringComparer.Ordinal,
        "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "whose");

    /// <summary>Second parts of compounds that put their holder on the first part's side: "Russian-installed mayor".</summary>
    public static readonly FrozenSet<string> SideCompounds = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "installed", "appointed", "backed", "led", "controlled", "sponsored", "allied", "aligned", "affiliated");

    /// <summary>Reporting participles whose subject is the sentence's main subject: "X called for help, saying …".</summary>
    public static readonly FrozenSet<string> ParticipleVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "saying", "claiming", "accusing", "adding", "blaming", "insisting", "warning", "denying", "reporting");

    /// <summary>Pronouns that stand for the last named speaker.</summary>
    public static readonly FrozenSet<string> Pronouns = FrozenSet.Create(StringComparer.Ordinal,
        "he", "she", "it", "they", "we", "i");

    /// <summary>First-person words: the speaker's own side.</summary>
    public static readonly FrozenSet<string> FirstPerson = FrozenSet.Create(StringComparer.Ordinal,
        "our", "we", "us", "ours");

    /// <summary>Words for the other side in a party's own statement.</summary>
    public static readonly FrozenSet<string> Opponent = FrozenSet.Create(StringComparer.Ordinal,
        "enemy", "adversary", "opponent", "aggressor", "occupiers", "occupier");

    /// <summary>Short connectives that open a sentence before its subject: "However, …", "In turn, …".</summary>
    public static readonly FrozenSet<string> Connectives = FrozenSet.Create(StringComparer.Ordinal,
        "however", "meanwhile", "moreover", "also", "furthermore", "therefore", "thus", "later", "earlier", "then",
        "separately", "instead", "still", "yet", "so", "and", "but", "in", "on", "at", "as", "for", "after", "before",
        "turn", "addition", "top", "of", "this", "result", "contrast", "response", "a", "the", "its", "part");

    /// <summary>Reporting verbs that are also nouns ("reports", "claims"): a verb only after a subject.</summary>
    public static readonly FrozenSet<string> NounLikeVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "reports", "claims", "states", "says", "charges", "claim", "say", "reports");

    /// <summary>Words after which a noun-like reporting verb is a noun: "there are not reports", "the claims".</summary>
    public static readonly FrozenSet<string> NounMarkers = FrozenSet.Create(StringComparer.Ordinal,
        "not", "no", "are", "the", "of", "these", "those", "there", "such", "any", "his", "her", "their", "its", "and", "or", "false");

    /// <summary>Prepositions and connectives that open an adverbial phrase before a subject ("In a border battle last week, X said").</summary>
    public static readonly FrozenSet<string> AdverbialOpeners = FrozenSet.Create(StringComparer.Ordinal,
        "in", "on", "at", "after", "before", "during", "contrary", "unlike", "despite", "following", "as", "for", "since",
        "however", "meanwhile", "moreover", "also", "furthermore", "therefore", "thus", "later", "earlier", "then", "separately",
        "instead", "still", "yet", "so", "but", "and", "shortly", "early", "late", "last", "this", "under", "amid", "while", "when");

    /// <summary>
    /// Capitalized words that describe an institution rather than name one: a phrase made only
    /// of these ("the Ministry of Defense", "the Press Service") stands for the last speaker.
    /// </summary>
    public static readonly FrozenSet<string> InstitutionWords = FrozenSet.Create(StringComparer.Ordinal,
        "the", "ministry", "of", "defense", "defence", "foreign", "affairs", "interior", "armed", "forces", "army", "military",
        "press", "service", "office", "spokesman", "spokeswoman", "spokesperson", "statement", "government", "authorities",
        "command", "general", "staff", "agency", "council", "security", "president", "presidential", "prime", "minister",
        "secretary", "deputy", "head", "chief", "a", "an", "its", "their", "his", "her", "state", "national", "central");

    /// <summary>Nouns of act words: as nouns their actor is a modifier ("X attack", "X's aggression") or an agent ("by X").</summary>
    public static readonly FrozenSet<string> ActNouns = FrozenSet.Create(StringComparer.Ordinal,
        "attack", "attacks", "offensive", "aggression", "provocation", "provocations", "sabotage", "shelling", "strike",
        "strikes", "assault", "incursion", "invasion", "onslaught", "subversive", "subversion", "airstrike", "airstrikes", "raid");

    /// <summary>Verbs that make an act noun an act of their subject: "carried out sabotage", "launching attacks".</summary>
    public static readonly FrozenSet<string> SupportVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "carried", "carry", "carrying", "committed", "committing", "commit", "launched", "launching", "launch", "conducted",
        "conducting", "unleashed", "unleashing", "staged", "staging", "mounted", "mounting", "waged", "waging", "out", "resumed");

    /// <summary>Words that negate an act right before it.</summary>
    public static readonly FrozenSet<string> Negations = FrozenSet.Create(StringComparer.Ordinal,
        "not", "no", "never", "n't", "without", "nor");
}
