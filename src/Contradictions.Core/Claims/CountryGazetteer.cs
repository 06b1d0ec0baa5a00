using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;

namespace Contradictions.Claims;

/// <summary>
/// The world's countries and territories with their names, demonyms, capitals and named
/// institutions, read from a tab-separated data file (the built-in one is
/// <c>Claims/Data/countries.tsv</c>, described in the README beside it).
/// </summary>
public sealed class CountryGazetteer
{
    private const string Article = "the ";

    private static readonly Lazy<CountryGazetteer> BuiltinGazetteer = new(() =>
    {
        using var reader = EmbeddedData.Open("countries.tsv");
        return Parse(reader, "countries.tsv");
    });

    private readonly FrozenDictionary<string, string> _names;

    private CountryGazetteer(ImmutableArray<GazetteerEntry> entries)
    {
        Entries = entries;
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            names.TryAdd(entry.Name, entry.Name);
            foreach (var alias in entry.Aliases)
            {
                names.TryAdd(alias, entry.Name);
                names.TryAdd(WithoutArticle(alias), entry.Name);
            }
        }

        _names = names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The gazetteer compiled into the library: every UN member and observer state and commonly reported other entities.</summary>
    public static CountryGazetteer Builtin => BuiltinGazetteer.Value;

    /// <summary>The rows, in file order.</summary>
    public ImmutableArray<GazetteerEntry> Entries { get; }

    /// <summary>
    /// Finds the canonical name for a country's name or alias written in any case, with or
    /// without its article ("the US" → "United States"). Demonyms and capitals are not names.
    /// </summary>
    public bool TryGetName(string nameOrAlias, out string name)
    {
        ArgumentNullException.ThrowIfNull(nameOrAlias);
        return _names.TryGetValue(nameOrAlias.Trim(), out name!);
    }

    /// <summary>Reads a gazetteer in the countries.tsv format.</summary>
    /// <param name="reader">The data.</param>
    /// <param name="sourceName">The file's name, for messages.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidDataException">
    /// A row does not have five columns, has no name, has a form that could never match (punctuation
    /// inside a name), or gives a form another row already gave.
    /// </exception>
    public static CountryGazetteer Parse(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        var entries = ImmutableArray.CreateBuilder<GazetteerEntry>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 5)
            {
                throw Problem(sourceName, lineNumber, $"expected 5 tab-separated columns (name, aliases, demonyms, capitals, institutions), found {columns.Length}");
            }

            var ambiguous = ImmutableArray.CreateBuilder<string>();
            var name = Forms(columns[0], sourceName, lineNumber, ambiguous);
            if (name.Length != 1 || name[0].StartsWith(Article, StringComparison.Ordinal))
            {
                throw Problem(sourceName, lineNumber, "the first column must hold exactly one name, without an article");
            }

            var entry = new GazetteerEntry(
                name[0],
                Forms(columns[1], sourceName, lineNumber, ambiguous),
                Forms(columns[2], sourceName, lineNumber, ambiguous),
                Forms(columns[3], sourceName, lineNumber, ambiguous),
                Forms(columns[4], sourceName, lineNumber, ambiguous),
                ambiguous.ToImmutable(),
                lineNumber);

            foreach (var form in AllForms(entry))
            {
                var key = WithoutArticle(form);
                if (owners.TryGetValue(key, out var owner) && owner != entry.Name)
                {
                    throw Problem(sourceName, lineNumber, $"'{key}' is already a form of {owner}; a form may name one party only");
                }

                owners[key] = entry.Name;
            }

            entries.Add(entry);
        }

        return new CountryGazetteer(entries.ToImmutable());
    }

    /// <summary>Every form of an entry: name, aliases, demonyms, capitals, institutions.</summary>
    internal static IEnumerable<string> AllForms(GazetteerEntry entry)
    {
        yield return entry.Name;
        foreach (var list in new[] { entry.Aliases, entry.Demonyms, entry.Capitals, entry.Institutions })
        {
            foreach (var form in list)
            {
                yield return form;
            }
        }
    }

    /// <summary>The form without a leading "the ".</summary>
    internal static string WithoutArticle(string form) =>
        form.StartsWith(Article, StringComparison.OrdinalIgnoreCase) ? form[Article.Length..] : form;

    /// <summary>True when the form takes an optional article ("the Netherlands").</summary>
    internal static bool TakesArticle(string form) => form.StartsWith(Article, StringComparison.OrdinalIgnoreCase);

    private static ImmutableArray<string> Forms(string column, string sourceName, int line, ImmutableArray<string>.Builder ambiguous)
    {
        if (column.Length == 0)
        {
            return [];
        }

        var forms = ImmutableArray.CreateBuilder<string>();
        foreach (var raw in column.Split('|'))
        {
            var form = raw;
            if (form.EndsWith('*'))
            {
                form = form[..^1];
                ambiguous.Add(form);
            }

            if (form.Length == 0 || form.Trim() != form)
            {
                throw Problem(sourceName, line, $"empty form or stray spaces in '{raw}'");
            }

            if (!PartyPhraseText.CanMatch(WithoutArticle(form)))
            {
                throw Problem(sourceName, line, $"'{form}' holds punctuation that text can never match inside a name");
            }

            forms.Add(form);
        }

        return forms.ToImmutable();
    }

    private static InvalidDataException Problem(string sourceName, int line, string message) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{sourceName}({line}): {message}"));
}
