using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;

namespace Contradictions.Claims;

/// <summary>
/// The word lists besides the gazetteer, read from <c>Claims/Data/party-words.tsv</c> (see the
/// README beside it): institution heads, the nouns that make a head an adjective, geographic
/// features, the words that make a name a civil body's, phrases that are not parties, and
/// capitalised words that are not names.
/// </summary>
internal sealed class PartyWordLists
{
    private static readonly Lazy<PartyWordLists> BuiltinLists = new(() =>
    {
        using var reader = EmbeddedData.Open("party-words.tsv");
        return Parse(reader, "party-words.tsv");
    });

    private PartyWordLists(
        ImmutableArray<string> heads,
        ImmutableArray<string> adjectivalHeads,
        FrozenSet<string> modifiedNouns,
        FrozenSet<string> featuresAfter,
        FrozenSet<string> featuresBefore,
        FrozenSet<string> featuresBeforeOf,
        FrozenSet<string> bodiesAfter,
        ImmutableArray<string> notParties,
        FrozenSet<string> commonCapitalized)
    {
        Heads = heads;
        AdjectivalHeads = adjectivalHeads;
        ModifiedNouns = modifiedNouns;
        FeaturesAfter = featuresAfter;
        FeaturesBefore = featuresBefore;
        FeaturesBeforeOf = featuresBeforeOf;
        BodiesAfter = bodiesAfter;
        NotParties = notParties;
        CommonCapitalized = commonCapitalized;
    }

    /// <summary>The lists compiled into the library.</summary>
    public static PartyWordLists Builtin => BuiltinLists.Value;

    /// <summary>Institution heads ("Defense Ministry", "state news agency").</summary>
    public ImmutableArray<string> Heads { get; }

    /// <summary>Heads that also serve as adjectives ("military", "government").</summary>
    public ImmutableArray<string> AdjectivalHeads { get; }

    /// <summary>Lower-case nouns that make an adjectival head an adjective ("positions", "forces").</summary>
    public FrozenSet<string> ModifiedNouns { get; }

    /// <summary>Capitalised geographic nouns that follow a name in a place name ("Sea", "River").</summary>
    public FrozenSet<string> FeaturesAfter { get; }

    /// <summary>Single words that precede a name in a place name ("Lake", "Mount").</summary>
    public FrozenSet<string> FeaturesBefore { get; }

    /// <summary>Words that precede "of" and a name in a place name ("Gulf" in "Gulf of Mexico").</summary>
    public FrozenSet<string> FeaturesBeforeOf { get; }

    /// <summary>
    /// Capitalised words, or two words, that follow a name in the name of a civil body — doctors,
    /// journalists, rights monitors, the Red Crescent — which speaks for itself, not for the
    /// state: "Sudan Doctors' Committee", "Iraqi Human Rights Observatory".
    /// </summary>
    public FrozenSet<string> BodiesAfter { get; }

    /// <summary>Phrases that contain a party word but are not parties ("Latin America", "Free Syrian Army").</summary>
    public ImmutableArray<string> NotParties { get; }

    /// <summary>Capitalised words that are not names (weekdays, months, sentence-opening function words).</summary>
    public FrozenSet<string> CommonCapitalized { get; }

    /// <summary>Reads lists in the party-words.tsv format.</summary>
    /// <exception cref="InvalidDataException">A line has no tab, an unknown role, or a phrase text could never match.</exception>
    public static PartyWordLists Parse(TextReader reader, string sourceName)
    {
        var heads = ImmutableArray.CreateBuilder<string>();
        var adjectival = ImmutableArray.CreateBuilder<string>();
        var notParties = ImmutableArray.CreateBuilder<string>();
        var modified = new List<string>();
        var after = new List<string>();
        var before = new List<string>();
        var beforeOf = new List<string>();
        var bodies = new List<string>();
        var common = new List<string>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 2 || !PartyPhraseText.CanMatch(columns[1]))
            {
                throw Problem(sourceName, lineNumber, "expected a role, a tab and a phrase text can match");
            }

            var phrase = columns[1];
            switch (columns[0])
            {
                case "head":
                    heads.Add(phrase);
                    break;
                case "head-adjectival":
                    adjectival.Add(phrase);
                    break;
                case "modified-noun":
                    modified.Add(phrase);
                    break;
                case "feature-after":
                    after.Add(phrase);
                    break;
                case "feature-before" when phrase.EndsWith(" of", StringComparison.Ordinal):
                    beforeOf.Add(phrase[..^3]);
                    break;
                case "feature-before":
                    before.Add(phrase);
                    break;
                case "body-after":
                    bodies.Add(phrase);
                    break;
                case "not-party":
                    notParties.Add(phrase);
                    break;
                case "common-capitalized":
                    common.Add(phrase);
                    break;
                default:
                    throw Problem(sourceName, lineNumber, $"unknown role '{columns[0]}'");
            }
        }

        return new PartyWordLists(
            heads.ToImmutable(),
            adjectival.ToImmutable(),
            modified.ToFrozenSet(StringComparer.Ordinal),
            after.ToFrozenSet(StringComparer.Ordinal),
            before.ToFrozenSet(StringComparer.Ordinal),
            beforeOf.ToFrozenSet(StringComparer.Ordinal),
            bodies.ToFrozenSet(StringComparer.Ordinal),
            notParties.ToImmutable(),
            common.ToFrozenSet(StringComparer.Ordinal));
    }

    private static InvalidDataException Problem(string sourceName, int line, string message) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{sourceName}({line}): {message}"));
}
