using System.Collections.Immutable;
using Contradictions.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Contradictions.Claims;

/// <summary>
/// Reads the optional parties file (<c>corpus/parties.yml</c>): aliases for parties and the side
/// each party is on. The format is described in the project README. Bad input never throws:
/// every problem is a warning with line and column, the rest of the file is still used, and a
/// file that cannot be used at all leaves the built-in lexicon working alone.
/// </summary>
public static class PartiesFile
{
    /// <summary>The file's name in a corpus folder.</summary>
    public const string FileName = "parties.yml";

    private static readonly YamlScalarNode PartiesKey = new("parties");
    private static readonly YamlScalarNode IgnoreKey = new("ignore");

    /// <summary>
    /// Reads the parties file at <paramref name="path"/>. A missing file is not a problem (the file
    /// is optional): the result is <see cref="PartiesConfig.Empty"/> with no diagnostics.
    /// </summary>
    /// <param name="path">The file, as the user named it; diagnostics carry it as written.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static PartiesFileResult Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return new PartiesFileResult(PartiesConfig.Empty, []);
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new PartiesFileResult(PartiesConfig.Empty,
            [
                new Diagnostic(path, 0, 0, DiagnosticSeverity.Warning, DiagnosticCodes.UnreadablePartiesFile,
                    $"the parties file could not be read ({e.Message}); parties are found with the built-in lexicon alone"),
            ]);
        }

        return Parse(text, path);
    }

    /// <summary>Reads parties-file text.</summary>
    /// <param name="text">The YAML.</param>
    /// <param name="displayPath">The file name diagnostics carry.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static PartiesFileResult Parse(string text, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(displayPath);
        var reader = new Reader(displayPath);
        var config = reader.Read(text);
        return new PartiesFileResult(config, reader.Diagnostics.ToImmutable());
    }

    /// <summary>The state of one read: the file name and the warnings so far.</summary>
    private sealed class Reader(string path)
    {
        private const string Keys = "name, aliases, side, backs";

        public ImmutableArray<Diagnostic>.Builder Diagnostics { get; } = ImmutableArray.CreateBuilder<Diagnostic>();

        public PartiesConfig Read(string text)
        {
            var stream = new YamlStream();
            var parser = new TrackingParser(new Parser(new StringReader(text)));
            try
            {
                stream.Load(parser);
            }
            catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
            {
                // YamlDotNet reports most syntax errors as YamlException with a position, but some
                // malformed input (an unclosed flow list followed by a block entry) surfaces as a
                // bare InvalidOperationException: then the last event read is the best position.
                var (at, reason) = e is YamlException yaml
                    ? (yaml.Start, FirstLine(yaml.Message))
                    : (parser.LastEnd, "the reader stopped here: look for an unclosed bracket or quote");
                Warn(at, DiagnosticCodes.BadPartiesFile,
                    $"the parties file is not valid YAML ({reason}); it is ignored and parties are found with the built-in lexicon alone");
                return PartiesConfig.Empty;
            }

            if (stream.Documents.Count == 0 || IsEmpty(stream.Documents[0].RootNode))
            {
                return PartiesConfig.Empty;
            }

            if (stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                Warn(stream.Documents[0].RootNode.Start, DiagnosticCodes.BadPartiesFile,
                    "the parties file must be a mapping with a 'parties:' list; it is ignored and parties are found with the built-in lexicon alone");
                return PartiesConfig.Empty;
            }

            var parties = ImmutableArray<PartyDefinition>.Empty;
            var ignore = ImmutableArray<string>.Empty;
            foreach (var (key, value) in root.Children)
            {
                if (key.Equals(PartiesKey))
                {
                    parties = ReadParties(value);
                }
                else if (key.Equals(IgnoreKey))
                {
                    ignore = Phrases(value, "ignore");
                }
                else
                {
                    Warn(key.Start, DiagnosticCodes.BadPartyEntry, $"unknown key '{key}' (expected 'parties' or 'ignore'); it is ignored");
                }
            }

            return new PartiesConfig(ResolveSideCycles(parties), ignore);
        }

        private ImmutableArray<PartyDefinition> ReadParties(YamlNode node)
        {
            if (IsEmpty(node))
            {
                return [];
            }

            if (node is not YamlSequenceNode list)
            {
                Warn(node.Start, DiagnosticCodes.BadPartiesFile, "'parties' must be a list of entries ('- name: ...'); it is ignored");
                return [];
            }

            var parties = ImmutableArray.CreateBuilder<PartyDefinition>();
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var aliasOwners = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var item in list.Children)
            {
                if (ReadParty(item) is not { } party)
                {
                    continue;
                }

                if (!names.Add(party.Name))
                {
                    Warn(item.Start, DiagnosticCodes.DuplicateParty, $"party '{party.Name}' is listed twice; the second entry is ignored");
                    continue;
                }

                var aliases = ImmutableArray.CreateBuilder<string>(party.Aliases.Length);
                foreach (var alias in party.Aliases)
                {
                    if (aliasOwners.TryGetValue(alias, out var owner) && owner != party.Name)
                    {
                        Warn(item.Start, DiagnosticCodes.DuplicateParty,
                            $"alias '{alias}' of '{party.Name}' is already an alias of '{owner}'; it stays with '{owner}'");
                        continue;
                    }

                    aliasOwners[alias] = party.Name;
                    aliases.Add(alias);
                }

                parties.Add(party with { Aliases = aliases.ToImmutable() });
            }

            return parties.ToImmutable();
        }

        private PartyDefinition? ReadParty(YamlNode node)
        {
            if (node is not YamlMappingNode entry)
            {
                Warn(node.Start, DiagnosticCodes.BadPartyEntry, $"an entry of 'parties' must be a mapping with {Keys}; it is ignored");
                return null;
            }

            string? name = null;
            string? side = null;
            var aliases = ImmutableArray<string>.Empty;
            var backs = ImmutableArray<string>.Empty;
            foreach (var (key, value) in entry.Children)
            {
                switch (key is YamlScalarNode { Value: { } k } ? k : null)
                {
                    case "name":
                        name = Scalar(value, "name");
                        break;
                    case "aliases":
                        aliases = Phrases(value, "aliases");
                        break;
                    case "side":
                        side = Scalar(value, "side");
                        break;
                    case "backs":
                        backs = Names(value, "backs");
                        break;
                    default:
                        Warn(key.Start, DiagnosticCodes.BadPartyEntry, $"unknown key '{key}' in a party entry (expected {Keys}); it is ignored");
                        break;
                }
            }

            if (name is null)
            {
                Warn(entry.Start, DiagnosticCodes.BadPartyEntry, "a party entry has no 'name'; it is ignored");
                return null;
            }

            if (side is not null && string.Equals(side, name, StringComparison.OrdinalIgnoreCase))
            {
                Warn(entry.Start, DiagnosticCodes.BadPartyEntry, $"party '{name}' names itself as its side; the side is ignored");
                side = null;
            }

            return new PartyDefinition(name, aliases, side, backs, (int)entry.Start.Line);
        }

        /// <summary>
        /// Drops the sides that lead round in a circle ("A side B", "B side A"): no party can be
        /// grouped with a side that never ends, and keeping the others intact loses least.
        /// </summary>
        private ImmutableArray<PartyDefinition> ResolveSideCycles(ImmutableArray<PartyDefinition> parties)
        {
            var sides = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var party in parties)
            {
                if (party.Side is not null)
                {
                    sides[party.Name] = party.Side;
                }
            }

            var onCycle = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var party in parties)
            {
                var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { party.Name };
                var current = party.Name;
                while (sides.TryGetValue(current, out var next))
                {
                    if (!seen.Add(next))
                    {
                        if (string.Equals(next, party.Name, StringComparison.OrdinalIgnoreCase))
                        {
                            onCycle.Add(party.Name);
                        }

                        break;
                    }

                    current = next;
                }
            }

            if (onCycle.Count == 0)
            {
                return parties;
            }

            var result = ImmutableArray.CreateBuilder<PartyDefinition>(parties.Length);
            foreach (var party in parties)
            {
                if (onCycle.Contains(party.Name))
                {
                    Diagnostics.Add(new Diagnostic(path, party.Line, 0, DiagnosticSeverity.Warning, DiagnosticCodes.PartySideCycle,
                        $"the side of '{party.Name}' leads back to itself ('{party.Name}' → '{party.Side}' → …); the side is ignored"));
                    result.Add(party with { Side = null });
                }
                else
                {
                    result.Add(party);
                }
            }

            return result.ToImmutable();
        }

        private string? Scalar(YamlNode node, string key)
        {
            if (node is YamlScalarNode scalar)
            {
                return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
            }

            Warn(node.Start, DiagnosticCodes.BadPartyEntry, $"'{key}' must be a single text; it is ignored");
            return null;
        }

        /// <summary>A text or a list of texts.</summary>
        private ImmutableArray<string> Names(YamlNode node, string key)
        {
            if (node is YamlScalarNode)
            {
                return Scalar(node, key) is { } one ? [one] : [];
            }

            if (node is not YamlSequenceNode list)
            {
                Warn(node.Start, DiagnosticCodes.BadPartyEntry, $"'{key}' must be a text or a list of texts; it is ignored");
                return [];
            }

            var names = ImmutableArray.CreateBuilder<string>(list.Children.Count);
            foreach (var item in list.Children)
            {
                if (Scalar(item, key) is { } name)
                {
                    names.Add(name);
                }
            }

            return names.ToImmutable();
        }

        /// <summary>Texts that must be matchable in a sentence: punctuation inside one makes it useless.</summary>
        private ImmutableArray<string> Phrases(YamlNode node, string key)
        {
            var names = Names(node, key);
            var phrases = ImmutableArray.CreateBuilder<string>(names.Length);
            foreach (var name in names)
            {
                if (PartyPhraseText.CanMatch(name))
                {
                    phrases.Add(name);
                }
                else
                {
                    Warn(node.Start, DiagnosticCodes.BadPartyEntry,
                        $"'{name}' in '{key}' holds punctuation that a sentence can never match inside a name; it is ignored");
                }
            }

            return phrases.ToImmutable();
        }

        private void Warn(Mark at, string code, string message) =>
            Diagnostics.Add(new Diagnostic(path, (int)at.Line, (int)at.Column, DiagnosticSeverity.Warning, code, message));

        private static bool IsEmpty(YamlNode node) => node is YamlScalarNode { Value: null or "" };

        private static string FirstLine(string message)
        {
            var newline = message.IndexOf('\n');
            return (newline < 0 ? message : message[..newline]).Trim();
        }
    }

    /// <summary>A parser that remembers where the last event it read ended, for errors that come without a position.</summary>
    private sealed class TrackingParser(IParser inner) : IParser
    {
        public Mark LastEnd { get; private set; } = Mark.Empty;

        public YamlDotNet.Core.Events.ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (inner.Current is { } current)
            {
                LastEnd = current.End;
            }

            return moved;
        }
    }
}
