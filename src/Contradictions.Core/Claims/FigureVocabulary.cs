namespace Contradictions.Claims;

/// <summary>
/// The word lists behind <see cref="FigureExtractor"/>, written as plain tables so that a
/// reviewer can read and extend them without touching the scan. Phrases are lower case;
/// a space or a hyphen separates their words, and either matches either in the text
/// ("air-defence systems" = "air defence systems"). Nothing here names a country or a party:
/// owners are returned as the words the sentence uses.
/// <see cref="FigureLexicon"/> folds every table into one frozen dictionary.
/// </summary>
internal static class FigureVocabulary
{
    private const ItemForm S = ItemForm.Singular;
    private const ItemForm P = ItemForm.Plural;
    private const ItemForm SP = ItemForm.Singular | ItemForm.Plural;
    private const ItemCategory Person = ItemCategory.Person;
    private const ItemCategory Materiel = ItemCategory.Materiel;
    private const ItemCategory Structure = ItemCategory.Structure;

    /// <summary>
    /// What can be counted, and the fixed item each phrase normalizes to. "civilians" stays
    /// apart from "people" because reports contrast them ("27 people, including 9 civilians");
    /// every combatant word ("fighters", "militants", "rebels") is "soldiers" because the two
    /// sides of one clash describe the same dead with different words.
    /// </summary>
    public static readonly (string Phrase, string? Item, ItemCategory Category, ItemForm Form)[] Items =
    [
        ("people", "people", Person, P), ("persons", "people", Person, P), ("person", "people", Person, S),
        ("individuals", "people", Person, P), ("residents", "people", Person, P), ("resident", "people", Person, S),
        ("villagers", "people", Person, P), ("villager", "people", Person, S), ("inhabitants", "people", Person, P),
        ("migrants", "people", Person, P), ("migrant", "people", Person, S), ("refugees", "people", Person, P),
        ("refugee", "people", Person, S), ("passengers", "people", Person, P), ("passenger", "people", Person, S),
        ("miners", "people", Person, P), ("miner", "people", Person, S), ("workers", "people", Person, P),
        ("worker", "people", Person, S), ("pilgrims", "people", Person, P), ("pilgrim", "people", Person, S),
        ("worshippers", "people", Person, P), ("worshipper", "people", Person, S), ("worshipers", "people", Person, P),
        ("protesters", "people", Person, P), ("protester", "people", Person, S), ("protestors", "people", Person, P),
        ("demonstrators", "people", Person, P), ("demonstrator", "people", Person, S), ("students", "people", Person, P),
        ("student", "people", Person, S), ("victims", "people", Person, P), ("victim", "people", Person, S),
        ("fishermen", "people", Person, P), ("fisherman", "people", Person, S), ("journalists", "people", Person, P),
        ("journalist", "people", Person, S), ("men", "people", Person, P), ("man", "people", Person, S),
        ("women", "people", Person, P), ("woman", "people", Person, S),

        ("civilians", "civilians", Person, P), ("civilian", "civilians", Person, S),
        ("children", "children", Person, P), ("child", "children", Person, S), ("minors", "children", Person, P),
        ("boys", "children", Person, P), ("boy", "children", Person, S), ("girls", "children", Person, P),
        ("girl", "children", Person, S),

        ("soldiers", "soldiers", Person, P), ("soldier", "soldiers", Person, S), ("servicemen", "soldiers", Person, P),
        ("serviceman", "soldiers", Person, S), ("servicemembers", "soldiers", Person, P),
        ("service members", "soldiers", Person, P), ("servicewomen", "soldiers", Person, P),
        ("troops", "soldiers", Person, P), ("military personnel", "soldiers", Person, P),
        ("personnel", "soldiers", Person, P), ("fighters", "soldiers", Person, P), ("fighter", "soldiers", Person, S),
        ("militants", "soldiers", Person, P), ("militant", "soldiers", Person, S), ("rebels", "soldiers", Person, P),
        ("rebel", "soldiers", Person, S), ("insurgents", "soldiers", Person, P), ("insurgent", "soldiers", Person, S),
        ("combatants", "soldiers", Person, P), ("jihadists", "soldiers", Person, P), ("jihadist", "soldiers", Person, S),
        ("militiamen", "soldiers", Person, P), ("militiaman", "soldiers", Person, S),
        ("paratroopers", "soldiers", Person, P), ("marines", "soldiers", Person, P),
        ("conscripts", "soldiers", Person, P), ("conscript", "soldiers", Person, S), ("reservists", "soldiers", Person, P),
        ("mercenaries", "soldiers", Person, P), ("commandos", "soldiers", Person, P),
        ("border guards", "soldiers", Person, P), ("border guard", "soldiers", Person, S),
        ("operatives", "soldiers", Person, P),

        // One side's word for the other side's fighters; what it counts is combatants.
        ("terrorists", "soldiers", Person, P), ("terrorist", "soldiers", Person, S),

        ("police", "police", Person, P), ("policemen", "police", Person, P), ("policeman", "police", Person, S),
        ("police officers", "police", Person, P), ("police officer", "police", Person, S),
        ("policewomen", "police", Person, P), ("gendarmes", "police", Person, P), ("gendarme", "police", Person, S),

        ("peacekeepers", "peacekeepers", Person, P), ("peacekeeper", "peacekeepers", Person, S),

        ("prisoners", "prisoners", Person, P), ("prisoner", "prisoners", Person, S),
        ("prisoners of war", "prisoners", Person, P), ("prisoner of war", "prisoners", Person, S),
        ("pows", "prisoners", Person, P), ("pow", "prisoners", Person, S),
        ("detainees", "prisoners", Person, P), ("detainee", "prisoners", Person, S),
        ("hostages", "hostages", Person, P), ("hostage", "hostages", Person, S),

        ("crew", "crew", Person, P), ("crew members", "crew", Person, P), ("crewmembers", "crew", Person, P),
        ("crewmen", "crew", Person, P), ("sailors", "crew", Person, P), ("sailor", "crew", Person, S),

        // Killed and wounded together; kept as its own item because it overlaps both. The noun
        // itself says what happened, so "no casualties" is a figure without an outcome word.
        ("casualties", "casualties", Person, P | ItemForm.LossNoun), ("casualty", "casualties", Person, S | ItemForm.LossNoun),

        ("helicopters", "helicopters", Materiel, P), ("helicopter", "helicopters", Materiel, S),
        ("choppers", "helicopters", Materiel, P), ("chopper", "helicopters", Materiel, S),
        ("gunships", "helicopters", Materiel, P), ("gunship", "helicopters", Materiel, S),

        ("aircraft", "aircraft", Materiel, SP), ("planes", "aircraft", Materiel, P), ("plane", "aircraft", Materiel, S),
        ("airplanes", "aircraft", Materiel, P), ("airplane", "aircraft", Materiel, S),
        ("aeroplanes", "aircraft", Materiel, P), ("jets", "aircraft", Materiel, P), ("jet", "aircraft", Materiel, S),
        ("warplanes", "aircraft", Materiel, P), ("warplane", "aircraft", Materiel, S),
        ("fighter jets", "aircraft", Materiel, P), ("fighter jet", "aircraft", Materiel, S),
        ("fighter planes", "aircraft", Materiel, P), ("fighter aircraft", "aircraft", Materiel, SP),
        ("bombers", "aircraft", Materiel, P), ("bomber", "aircraft", Materiel, S),

        // A suicide bomber is a person, not an aircraft, and counts of them are not losses.
        ("suicide bombers", null, Person, ItemForm.NotItem), ("suicide bomber", null, Person, ItemForm.NotItem),

        ("drones", "drones", Materiel, P), ("drone", "drones", Materiel, S),
        ("uavs", "drones", Materiel, P), ("uav", "drones", Materiel, S),
        ("unmanned aerial vehicles", "drones", Materiel, P), ("unmanned aerial vehicle", "drones", Materiel, S),
        ("unmanned aircraft", "drones", Materiel, SP),

        ("tanks", "tanks", Materiel, P), ("tank", "tanks", Materiel, S),

        ("armoured vehicles", "armoured vehicles", Materiel, P), ("armoured vehicle", "armoured vehicles", Materiel, S),
        ("armored vehicles", "armoured vehicles", Materiel, P), ("armored vehicle", "armoured vehicles", Materiel, S),
        ("armoured personnel carriers", "armoured vehicles", Materiel, P),
        ("armoured personnel carrier", "armoured vehicles", Materiel, S),
        ("armored personnel carriers", "armoured vehicles", Materiel, P),
        ("armored personnel carrier", "armoured vehicles", Materiel, S),
        ("infantry fighting vehicles", "armoured vehicles", Materiel, P),
        ("infantry fighting vehicle", "armoured vehicles", Materiel, S),
        ("armoured cars", "armoured vehicles", Materiel, P), ("armored cars", "armoured vehicles", Materiel, P),
        ("apcs", "armoured vehicles", Materiel, P), ("apc", "armoured vehicles", Materiel, S),
        ("bmps", "armoured vehicles", Materiel, P), ("bmp", "armoured vehicles", Materiel, S),
        ("btrs", "armoured vehicles", Materiel, P), ("ifvs", "armoured vehicles", Materiel, P),

        ("artillery pieces", "artillery", Materiel, P), ("artillery piece", "artillery", Materiel, S),
        ("artillery systems", "artillery", Materiel, P), ("artillery guns", "artillery", Materiel, P),
        ("guns", "artillery", Materiel, P), ("gun", "artillery", Materiel, S),
        ("howitzers", "artillery", Materiel, P), ("howitzer", "artillery", Materiel, S),
        ("cannons", "artillery", Materiel, P), ("mortars", "artillery", Materiel, P),
        ("rocket launchers", "artillery", Materiel, P), ("rocket launcher", "artillery", Materiel, S),
        ("mlrs", "artillery", Materiel, SP),

        ("air defence systems", "air-defence systems", Materiel, P),
        ("air defence system", "air-defence systems", Materiel, S),
        ("air defense systems", "air-defence systems", Materiel, P),
        ("air defense system", "air-defence systems", Materiel, S),
        ("air defence missile systems", "air-defence systems", Materiel, P),
        ("air defence missile system", "air-defence systems", Materiel, S),
        ("air defense missile systems", "air-defence systems", Materiel, P),
        ("air defense missile system", "air-defence systems", Materiel, S),
        ("surface to air missile systems", "air-defence systems", Materiel, P),
        ("surface to air missile system", "air-defence systems", Materiel, S),
        ("sam systems", "air-defence systems", Materiel, P), ("sam system", "air-defence systems", Materiel, S),
        ("anti aircraft systems", "air-defence systems", Materiel, P),
        ("anti aircraft system", "air-defence systems", Materiel, S),
        ("anti aircraft missile systems", "air-defence systems", Materiel, P),
        ("anti aircraft guns", "air-defence systems", Materiel, P),
        ("air defence batteries", "air-defence systems", Materiel, P),
        ("air defense batteries", "air-defence systems", Materiel, P),

        ("vehicles", "vehicles", Materiel, P), ("vehicle", "vehicles", Materiel, S),
        ("trucks", "vehicles", Materiel, P), ("truck", "vehicles", Materiel, S),
        ("lorries", "vehicles", Materiel, P), ("lorry", "vehicles", Materiel, S),
        ("cars", "vehicles", Materiel, P), ("car", "vehicles", Materiel, S),
        ("buses", "vehicles", Materiel, P), ("bus", "vehicles", Materiel, S), ("pickups", "vehicles", Materiel, P),

        ("ships", "ships", Materiel, P), ("ship", "ships", Materiel, S), ("boats", "ships", Materiel, P),
        ("boat", "ships", Materiel, S), ("vessels", "ships", Materiel, P), ("vessel", "ships", Materiel, S),
        ("warships", "ships", Materiel, P), ("warship", "ships", Materiel, S), ("gunboats", "ships", Materiel, P),
        ("gunboat", "ships", Materiel, S), ("ferries", "ships", Materiel, P), ("ferry", "ships", Materiel, S),
        ("submarines", "ships", Materiel, P), ("submarine", "ships", Materiel, S),

        ("missiles", "missiles", Materiel, P), ("missile", "missiles", Materiel, S),
        ("rockets", "rockets", Materiel, P), ("rocket", "rockets", Materiel, S),

        ("buildings", "buildings", Structure, P), ("building", "buildings", Structure, S),
        ("homes", "buildings", Structure, P), ("home", "buildings", Structure, S),
        ("houses", "buildings", Structure, P), ("house", "buildings", Structure, S),
        ("dwellings", "buildings", Structure, P),

        // "5 others were injured", "12 more died": more of whatever was counted just before.
        ("others", null, Person, ItemForm.Plural | ItemForm.Anaphoric),
        ("more", null, Person, ItemForm.Plural | ItemForm.Anaphoric),
    ];

    private const OutcomePositions B = OutcomePositions.Before;
    private const OutcomePositions A = OutcomePositions.After;
    private const OutcomePositions BA = OutcomePositions.Before | OutcomePositions.After;
    private const OutcomePositions N = OutcomePositions.Noun;
    private const OutcomePositions NI = OutcomePositions.Noun | OutcomePositions.Inherits;
    private const OutcomePositions J = OutcomePositions.Adjective;
    private const OutcomePositions L = OutcomePositions.LossVerb;

    /// <summary>
    /// What happened to the counted things, with where each phrase may stand. A participle
    /// such as "killed" works on both sides ("killed 4 soldiers", "4 soldiers were killed");
    /// "the death of" only before, "died" only after, "deaths" right after the number in
    /// place of a noun. "lost" and "eliminated" depend on the item: people are killed,
    /// equipment destroyed.
    /// </summary>
    public static readonly (string Phrase, OutcomeKind Kind, OutcomePositions Positions)[] Outcomes =
    [
        ("killed", OutcomeKind.Killed, BA | NI), ("killing", OutcomeKind.Killed, B), ("kills", OutcomeKind.Killed, B),
        ("kill", OutcomeKind.Killed, B), ("dead", OutcomeKind.Killed, A | NI | J), ("died", OutcomeKind.Killed, A),
        ("dies", OutcomeKind.Killed, A), ("death of", OutcomeKind.Killed, B), ("deaths of", OutcomeKind.Killed, B),
        ("deaths", OutcomeKind.Killed, N), ("killing of", OutcomeKind.Killed, B), ("killings of", OutcomeKind.Killed, B),
        ("lives of", OutcomeKind.Killed, B), ("lost their lives", OutcomeKind.Killed, A),
        ("lost his life", OutcomeKind.Killed, A), ("lost her life", OutcomeKind.Killed, A),
        ("fatalities", OutcomeKind.Killed, N), ("perished", OutcomeKind.Killed, A), ("slain", OutcomeKind.Killed, A | NI),
        ("drowned", OutcomeKind.Killed, A | NI), ("murdered", OutcomeKind.Killed, BA), ("massacred", OutcomeKind.Killed, BA),
        ("executed", OutcomeKind.Killed, BA), ("shot dead", OutcomeKind.Killed, BA), ("martyred", OutcomeKind.Killed, A | NI),
        ("bodies", OutcomeKind.Killed, N),

        ("wounded", OutcomeKind.Wounded, BA | NI | J), ("wounding", OutcomeKind.Wounded, B),
        ("injured", OutcomeKind.Wounded, BA | NI | J), ("injuring", OutcomeKind.Wounded, B),
        ("hurt", OutcomeKind.Wounded, A | NI), ("injuries", OutcomeKind.Wounded, N), ("harmed", OutcomeKind.Wounded, A),
        ("sustained injuries", OutcomeKind.Wounded, A), ("suffered injuries", OutcomeKind.Wounded, A),
        ("sustained wounds", OutcomeKind.Wounded, A), ("suffered wounds", OutcomeKind.Wounded, A),

        ("captured", OutcomeKind.Captured, BA | J), ("capturing", OutcomeKind.Captured, B),
        ("taken prisoner", OutcomeKind.Captured, A), ("taken captive", OutcomeKind.Captured, A),
        ("taken hostage", OutcomeKind.Captured, A), ("held hostage", OutcomeKind.Captured, A),
        ("taken into custody", OutcomeKind.Captured, A), ("detained", OutcomeKind.Captured, BA),
        ("detaining", OutcomeKind.Captured, B), ("arrested", OutcomeKind.Captured, BA),
        ("arresting", OutcomeKind.Captured, B), ("abducted", OutcomeKind.Captured, BA),
        ("abducting", OutcomeKind.Captured, B), ("kidnapped", OutcomeKind.Captured, BA),
        ("kidnapping", OutcomeKind.Captured, B), ("seized", OutcomeKind.Captured, BA),
        ("seizing", OutcomeKind.Captured, B), ("capture of", OutcomeKind.Captured, B),

        ("missing", OutcomeKind.Missing, A | NI | J), ("unaccounted for", OutcomeKind.Missing, A),
        ("disappeared", OutcomeKind.Missing, A),

        ("destroyed", OutcomeKind.Destroyed, BA | J), ("destroying", OutcomeKind.Destroyed, B),
        ("downed", OutcomeKind.Destroyed, BA | J), ("downing", OutcomeKind.Destroyed, B),
        ("shot down", OutcomeKind.Destroyed, BA), ("shooting down", OutcomeKind.Destroyed, B),
        ("knocked out", OutcomeKind.Destroyed, BA), ("sank", OutcomeKind.Destroyed, BA),
        ("sunk", OutcomeKind.Destroyed, A), ("sinking", OutcomeKind.Destroyed, B),
        ("torched", OutcomeKind.Destroyed, BA), ("burned", OutcomeKind.Destroyed, A), ("burnt", OutcomeKind.Destroyed, A),
        ("razed", OutcomeKind.Destroyed, BA), ("flattened", OutcomeKind.Destroyed, BA),
        ("collapsed", OutcomeKind.Destroyed, A), ("wrecked", OutcomeKind.Destroyed, BA),
        ("destruction of", OutcomeKind.Destroyed, B), ("intercepted", OutcomeKind.Destroyed, BA),

        ("displaced", OutcomeKind.Displaced, BA | NI | J), ("displacing", OutcomeKind.Displaced, B),
        ("fled", OutcomeKind.Displaced, A), ("evacuated", OutcomeKind.Displaced, BA),
        ("forced to flee", OutcomeKind.Displaced, A), ("left homeless", OutcomeKind.Displaced, A),
        ("made homeless", OutcomeKind.Displaced, A), ("homeless", OutcomeKind.Displaced, A), ("uprooted", OutcomeKind.Displaced, BA),

        // Never a loss: later stages compare deployments only with deployments.
        ("deployed", OutcomeKind.Deployed, BA), ("deploying", OutcomeKind.Deployed, B),
        ("sent", OutcomeKind.Deployed, BA), ("sending", OutcomeKind.Deployed, B),
        ("dispatched", OutcomeKind.Deployed, BA), ("stationed", OutcomeKind.Deployed, A),
        ("massed", OutcomeKind.Deployed, BA),

        ("lost", OutcomeKind.Lost, BA | L), ("losing", OutcomeKind.Lost, B | L), ("lose", OutcomeKind.Lost, B | L), ("loss of", OutcomeKind.Lost, B),
        ("eliminated", OutcomeKind.Lost, BA), ("eliminating", OutcomeKind.Lost, B),
        ("neutralized", OutcomeKind.Lost, BA), ("neutralised", OutcomeKind.Lost, BA),
    ];

    /// <summary>
    /// Hedges before a number. The interval each one gives is documented on
    /// <see cref="FigureExtractor"/>; "between" and "from" open ranges.
    /// </summary>
    public static readonly (string Phrase, QualifierKind Kind)[] Qualifiers =
    [
        ("at least", QualifierKind.AtLeast), ("a minimum of", QualifierKind.AtLeast),
        ("no fewer than", QualifierKind.AtLeast), ("no less than", QualifierKind.AtLeast),
        ("not less than", QualifierKind.AtLeast), ("not fewer than", QualifierKind.AtLeast),

        ("more than", QualifierKind.MoreThan), ("over", QualifierKind.MoreThan), ("in excess of", QualifierKind.MoreThan),
        ("upwards of", QualifierKind.MoreThan), ("above", QualifierKind.MoreThan), ("just over", QualifierKind.MoreThan),
        ("well over", QualifierKind.MoreThan), ("greater than", QualifierKind.MoreThan),

        ("as many as", QualifierKind.AtMost), ("up to", QualifierKind.AtMost), ("at most", QualifierKind.AtMost),
        ("no more than", QualifierKind.AtMost), ("not more than", QualifierKind.AtMost),
        ("a maximum of", QualifierKind.AtMost),

        ("fewer than", QualifierKind.LessThan), ("less than", QualifierKind.LessThan), ("under", QualifierKind.LessThan),
        ("below", QualifierKind.LessThan),

        ("around", QualifierKind.About), ("about", QualifierKind.About), ("some", QualifierKind.About),
        ("roughly", QualifierKind.About), ("approximately", QualifierKind.About), ("approx", QualifierKind.About),
        ("an estimated", QualifierKind.About), ("estimated", QualifierKind.About), ("close to", QualifierKind.About),
        ("circa", QualifierKind.About), ("more or less", QualifierKind.About),

        ("nearly", QualifierKind.Nearly), ("almost", QualifierKind.Nearly), ("just under", QualifierKind.Nearly),
        ("just shy of", QualifierKind.Nearly),

        ("between", QualifierKind.Between), ("from", QualifierKind.From),
        ("a total of", QualifierKind.Exact), ("exactly", QualifierKind.Exact),
    ];

    /// <summary>Number words. Vague plurals carry the bounds given to them by the architecture.</summary>
    public static readonly (string Word, NumberWord Meaning)[] Numbers = BuildNumbers();

    /// <summary>
    /// Letters glued to digits that keep the number a count: ordinal endings ("4th") and scale
    /// abbreviations ("2.5m people", "1.2bn"). Any other glued letters ("152mm", "1990s",
    /// "9pm") make the number something else.
    /// </summary>
    public static readonly (string Suffix, NumberWord Meaning)[] DigitSuffixes =
    [
        ("st", new(NumberWordKind.Ordinal, 0)), ("nd", new(NumberWordKind.Ordinal, 0)),
        ("rd", new(NumberWordKind.Ordinal, 0)), ("th", new(NumberWordKind.Ordinal, 0)),
        ("k", new(NumberWordKind.Scale, 1e3)), ("m", new(NumberWordKind.Scale, 1e6)),
        ("mn", new(NumberWordKind.Scale, 1e6)), ("mln", new(NumberWordKind.Scale, 1e6)),
        ("bn", new(NumberWordKind.Scale, 1e9)),
    ];

    /// <summary>Words that end the modifiers between a number and its item.</summary>
    public static readonly string[] Stops =
    [
        "of", "and", "or", "but", "nor", "in", "on", "at", "by", "for", "to", "from", "with", "without", "into",
        "onto", "upon", "near", "over", "under", "after", "before", "during", "since", "until", "till", "against",
        "among", "amid", "amongst", "across", "along", "around", "about", "through", "throughout", "via", "per",
        "than", "as", "like", "that", "which", "who", "whom", "whose", "what", "where", "when", "while", "whereas",
        "whether", "if", "because", "so", "though", "although", "however", "meanwhile", "moreover", "also", "yet",
        "still", "then", "now", "here", "there", "the", "a", "an", "this", "these", "those", "its", "their", "his",
        "her", "our", "my", "your", "it", "they", "we", "he", "she", "you", "them", "us", "him", "me", "not", "no",
        "all", "both", "each", "every", "any", "including", "was", "were", "is", "are", "be", "been", "being", "has",
        "have", "had", "will", "would", "could", "should", "may", "might", "must", "can", "shall", "did", "do",
        "does", "said", "says", "say", "told", "tells", "reported", "reports", "according", "claimed", "claims",
        "added", "stated", "announced", "confirmed", "alleged", "insisted", "warned", "only", "just", "even",
        "either", "neither", "reportedly", "allegedly", "up", "down", "out", "off", "away", "back", "again", "too",
        "very", "such", "same", "respectively", "inside", "outside", "within", "beyond", "toward", "towards",
        "alongside", "despite", "following", "ago", "separately", "elsewhere", "thus", "hence", "furthermore",
        "additionally", "instead", "overall", "later", "earlier", "remain", "remained", "remains",
    ];

    /// <summary>Words that may stand between a counted noun and its outcome ("were reportedly killed").</summary>
    public static readonly string[] Auxiliaries =
    [
        "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "reportedly", "also", "all",
        "later", "allegedly", "subsequently", "confirmed", "believed", "feared", "said", "reported", "thought",
        "presumed", "understood", "known", "now", "already", "still", "remain", "remained", "remains", "to", "who",
        "which", "that", "either", "both", "then", "apparently", "initially", "eventually", "found", "officially",
        "likely", "probably", "possibly", "got", "get", "gets", "each", "may", "might", "could", "would", "will",
        "should", "must", "can", "seriously", "critically", "severely", "badly", "lightly", "slightly",
        "moderately", "gravely",
    ];

    /// <summary>
    /// Measures that make the number before them something other than a count: time spans
    /// ("six weeks"), distances and areas, weights, shares, money, clock words, magnitudes.
    /// </summary>
    public static readonly string[] Units =
    [
        "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute", "minutes",
        "seconds", "decade", "decades", "century", "centuries", "night", "nights", "weekend", "weekends",
        "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles", "metre", "metres",
        "meter", "meters", "ft", "feet", "foot", "inch", "inches", "yard", "yards", "square", "sq", "hectare",
        "hectares", "acre", "acres", "ton", "tons", "tonne", "tonnes", "kg", "kilogram", "kilograms", "kilo",
        "kilos", "pound", "pounds", "lb", "lbs", "litre", "litres", "liter", "liters", "gallon", "gallons",
        "barrel", "barrels", "percent", "pc", "percentage", "points", "degree", "degrees", "times", "am", "pm",
        "gmt", "utc", "hrs", "clock", "storey", "storeys", "floors", "dollar", "dollars", "euro", "euros", "cent",
        "cents", "rupee", "rupees", "ruble", "rubles", "rouble", "roubles", "hryvnia", "hryvnias", "shekel",
        "shekels", "dinar", "dinars", "manat", "manats", "dram", "drams", "yuan", "yen", "franc", "francs", "naira",
        "birr", "rand", "peso", "pesos", "riyal", "riyals", "lira", "liras", "taka", "kyat", "shilling", "shillings",
        "magnitude", "mm", "cm", "millimetre", "millimetres", "millimeter", "millimeters", "knots", "mph",
    ];

    /// <summary>Month names, full and short: a number beside a capitalised one is a date.</summary>
    public static readonly string[] Months =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ];

    /// <summary>Time words: never a noun being counted, never part of an owner phrase.</summary>
    public static readonly string[] TimeWords =
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
        "tonight", "overnight", "earlier", "later", "morning", "afternoon", "evening", "weekend", "now",
    ];

    /// <summary>Names that take a number as a label ("Resolution 2334", "Route 60", "Flight 752").</summary>
    public static readonly string[] Labels =
    [
        "resolution", "route", "highway", "flight", "article", "section", "chapter", "paragraph", "clause", "room",
        "gate", "block", "sector", "zone", "hill", "height", "heights", "post", "unit", "brigade", "battalion",
        "division", "regiment", "corps", "squad", "platoon", "district", "number", "no", "nos", "nr", "level",
        "phase", "stage", "category", "grade", "class", "model", "version", "type", "covid", "apollo", "boeing",
        "airbus", "channel", "line", "terminal", "platform", "tower", "camp", "checkpoint", "road", "street",
        "avenue", "amendment", "protocol", "law", "bill", "code", "group", "team", "kilometre", "km", "exit", "pier",
    ];

    /// <summary>Currency codes written before an amount.</summary>
    public static readonly string[] CurrencyCodes =
    [
        "usd", "eur", "gbp", "rs", "inr", "rub", "uah", "ngn", "kes", "ils", "jpy", "cny", "chf", "azn", "amd", "egp", "pkr",
    ];

    /// <summary>Words before a number that make it an age.</summary>
    public static readonly string[] AgeWords = ["aged", "age", "ages"];

    /// <summary>Words before a bare four-digit number that make it a year ("in 2020", "since 1991").</summary>
    public static readonly string[] YearPrepositions =
    [
        "in", "since", "by", "until", "till", "from", "during", "before", "after", "early", "late", "mid", "spring",
        "summer", "autumn", "fall", "winter", "year",
    ];

    /// <summary>Words skipped when looking back from a count to the verb that governs it ("killing all 12", "lost only 12").</summary>
    public static readonly string[] Determiners =
    [
        "the", "a", "an", "another", "all", "these", "those", "further", "additional", "its", "their", "our", "his", "her",
        "only", "just",
    ];

    /// <summary>Possessive determiners that tell whose the counted things are.</summary>
    public static readonly string[] OwnerDeterminers = ["its", "their", "our"];

    /// <summary>
    /// Lower-case words that name a side without naming a party; a later stage resolves them
    /// against the speaker ("enemy") or the context ("government").
    /// </summary>
    public static readonly string[] SideWords =
    [
        "enemy", "government", "rebel", "opposition", "insurgent", "hostile", "adversary", "jihadist", "separatist", "militant",
    ];

    /// <summary>Lower-case heads that may end an owner phrase ("the Kenyan military", "the Houthi rebels").</summary>
    public static readonly string[] InstitutionHeads =
    [
        "army", "military", "forces", "troops", "militia", "navy", "government", "side", "authorities", "regime",
        "junta", "armed", "police", "guard", "group", "rebels", "militants",
    ];

    /// <summary>
    /// Words a headline capitalises that still never own anything ("Two Military Helicopters").
    /// Capitalised words outside this list are offered as owner cues; the Claims stage decides
    /// which of them name a party.
    /// </summary>
    public static readonly string[] NotOwners =
    [
        "military", "civilian", "armed", "security", "special", "elite", "additional", "other", "more", "unmanned",
        "combat", "attack", "heavy", "light", "main", "battle", "naval", "border", "air", "aerial", "several",
        "new", "old", "former", "young", "local", "foreign", "armoured", "armored", "infantry", "fighting", "cruise",
        "ballistic", "kamikaze", "suicide", "fishing", "peacekeeping", "total", "further", "wounded", "injured",
    ];

    /// <summary>Verbs of change: "rose from 12 to 57" reports 57, not a range.</summary>
    public static readonly string[] ChangeVerbs =
    [
        "rose", "risen", "rises", "rising", "climbed", "climbs", "increased", "increases", "jumped", "grew", "grown",
        "soared", "surged", "fell", "fallen", "dropped", "revised", "raised", "up", "down",
    ];

    /// <summary>Words that lead from "toll" to its number ("rose to 57", "stands at 57", "a toll of 57").</summary>
    public static readonly string[] TollLeads =
    [
        "to", "at", "of", "reached", "hit", "is", "was", "stands", "stood", "passed", "topped", "surpassed", "exceeded", "now",
    ];

    /// <summary>Words skipped between "lost" and its subject.</summary>
    public static readonly string[] SubjectSkips =
    [
        "who", "which", "that", "has", "have", "had", "also", "reportedly", "allegedly", "itself", "themselves", "reported",
        "not", "never", "denied", "denies", "did", "does", "didn't", "hasn't", "hadn't", "haven't",
    ];

    /// <summary>Single words that join the members of a list of counts.</summary>
    public static readonly string[] ListWords = ["and", "plus", "including"];

    /// <summary>
    /// Shares of a whole: in "most of the 40 passengers died" the verb tells what happened to
    /// "most", so the 40 keep no outcome.
    /// </summary>
    public static readonly string[] Shares =
    [
        "half", "most", "many", "some", "majority", "minority", "fraction", "part", "portion", "bulk", "quarter",
        "quarters", "third", "thirds", "percent", "cent", "several", "dozens", "hundreds", "thousands", "scores",
    ];

    /// <summary>Time words that take a possessive without owning anything ("Sunday’s 12 deaths").</summary>
    public static readonly string[] TimePossessives =
    [
        "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "week", "month", "year", "night", "weekend", "morning", "season", "decade",
    ];

    /// <summary>Words of the function-word kind that open sentences and are capitalised there.</summary>
    public static readonly string[] SentenceOpeners =
    [
        "although", "though", "however", "meanwhile", "moreover", "but", "and", "so", "yet", "then", "later",
        "earlier", "overall", "still", "since", "while", "when", "after", "before", "during", "in", "on", "at", "by",
        "for", "from", "with", "under", "over", "the", "a", "an", "this", "these", "those", "it", "they", "we", "he",
        "she", "both", "all", "according", "also", "despite", "following", "separately", "elsewhere", "thus",
    ];

    private static (string Word, NumberWord Meaning)[] BuildNumbers()
    {
        var list = new List<(string, NumberWord)>();
        string[] units =
        [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ];
        for (int i = 1; i < units.Length; i++)
        {
            list.Add((units[i], new NumberWord(NumberWordKind.Cardinal, i)));
        }

        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (int i = 0; i < tens.Length; i++)
        {
            list.Add((tens[i], new NumberWord(NumberWordKind.Cardinal, (i + 2) * 10)));
        }

        string[] ordinals =
        [
            "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
            "nineteenth", "twentieth",
        ];
        for (int i = 0; i < ordinals.Length; i++)
        {
            list.Add((ordinals[i], new NumberWord(NumberWordKind.Ordinal, i + 2)));
        }

        list.Add(("hundred", new NumberWord(NumberWordKind.Scale, 100)));
        list.Add(("thousand", new NumberWord(NumberWordKind.Scale, 1e3)));
        list.Add(("million", new NumberWord(NumberWordKind.Scale, 1e6)));
        list.Add(("billion", new NumberWord(NumberWordKind.Scale, 1e9)));
        list.Add(("dozen", new NumberWord(NumberWordKind.Scale, 12)));

        // Vague plurals. "dozens" starts at two dozen and stops before "a hundred"; "scores" at
        // two score (40) and below "hundreds"; "hundreds", "thousands" and "millions" run from
        // two of the unit up to just below ten of it; "several" is more than a couple and fewer
        // than ten; "tens" (mostly "tens of thousands") is 20 to 99 of what follows.
        list.Add(("several", new NumberWord(NumberWordKind.Vague, 0, 3, 9)));
        list.Add(("dozens", new NumberWord(NumberWordKind.Vague, 0, 24, 99)));
        list.Add(("scores", new NumberWord(NumberWordKind.Vague, 0, 40, 199)));
        list.Add(("tens", new NumberWord(NumberWordKind.Vague, 0, 20, 99)));
        list.Add(("hundreds", new NumberWord(NumberWordKind.Vague, 0, 200, 999, 100)));
        list.Add(("thousands", new NumberWord(NumberWordKind.Vague, 0, 2000, 9999, 1e3)));
        list.Add(("millions", new NumberWord(NumberWordKind.Vague, 0, 2e6, 9999999, 1e6)));

        // Only after "a": "a few" is two to five, "a couple of" two or three (reporters use it
        // loosely), "a handful of" like "a few".
        list.Add(("few", new NumberWord(NumberWordKind.ArticleVague, 0, 2, 5)));
        list.Add(("couple", new NumberWord(NumberWordKind.ArticleVague, 0, 2, 3)));
        list.Add(("handful", new NumberWord(NumberWordKind.ArticleVague, 0, 2, 5)));

        list.Add(("no", new NumberWord(NumberWordKind.ZeroDeterminer, 0)));
        list.Add(("none", new NumberWord(NumberWordKind.ZeroPronoun, 0)));
        list.Add(("zero", new NumberWord(NumberWordKind.ZeroPronoun, 0)));
        list.Add(("nobody", new NumberWord(NumberWordKind.ZeroPerson, 0)));
        list.Add(("not", new NumberWord(NumberWordKind.Not, 0)));
        list.Add(("any", new NumberWord(NumberWordKind.NegatedAny, 0)));
        list.Add(("a", new NumberWord(NumberWordKind.Article, 1)));
        list.Add(("an", new NumberWord(NumberWordKind.Article, 1)));
        list.Add(("half", new NumberWord(NumberWordKind.Half, 0.5)));
        return [.. list];
    }
}
