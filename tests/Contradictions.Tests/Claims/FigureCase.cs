using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Contradictions.Claims;

namespace Contradictions.Tests.Claims;

/// <summary>
/// One figure-extraction case read from <c>Cases/Figures</c>: a sentence and the figures a careful
/// analyst finds in it. The file format is described in that folder's README.
/// </summary>
public sealed class FigureCase
{
    private const string Suffix = ".txt";
    private const string NoFigures = "none";

    private FigureCase(string name, string sentence, ImmutableArray<ExpectedFigure> expected)
    {
        Name = name;
        Sentence = sentence;
        Expected = expected;
    }

    /// <summary>The folder holding the case files, next to the test assembly.</summary>
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Cases", "Figures");

    /// <summary>The case name: the file name without ".txt".</summary>
    public string Name { get; }

    /// <summary>The sentence handed to the extractor.</summary>
    public string Sentence { get; }

    /// <summary>The expected figures, in text order.</summary>
    public ImmutableArray<ExpectedFigure> Expected { get; }

    /// <summary>The names of all cases, in file-name order.</summary>
    public static IEnumerable<string> Names()
    {
        var names = new List<string>();
        foreach (string path in Directory.EnumerateFiles(Folder, "*" + Suffix))
        {
            string file = Path.GetFileName(path);
            if (char.IsAsciiDigit(file[0]))
            {
                names.Add(file[..^Suffix.Length]);
            }
        }

        names.Sort(StringComparer.Ordinal);
        return names;
    }

    /// <summary>Reads the case called <paramref name="name"/>.</summary>
    public static FigureCase Load(string name)
    {
        string content = File.ReadAllText(Path.Combine(Folder, name + Suffix), Encoding.UTF8)
            .Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
        string? sentence = null;
        var expected = ImmutableArray.CreateBuilder<ExpectedFigure>();
        bool none = false;
        foreach (string line in content.Split('\n'))
        {
            if (sentence is null)
            {
                if (line.Length > 0 && !line.StartsWith('#'))
                {
                    sentence = line;
                }

                continue;
            }

            string trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            if (trimmed == NoFigures)
            {
                none = true;
                continue;
            }

            expected.Add(ExpectedFigure.Parse(trimmed, name));
        }

        if (sentence is null)
        {
            throw new InvalidDataException($"Case '{name}' has no sentence line.");
        }

        if (none == expected.Count > 0 || (!none && expected.Count == 0))
        {
            throw new InvalidDataException($"Case '{name}' must list its figures, or say 'none' and nothing else.");
        }

        return new FigureCase(name, sentence, expected.ToImmutable());
    }

    /// <summary>Writes a figure the way case files do, for failure messages.</summary>
    public static string Render(Figure figure)
    {
        var value = figure.Value;
        return string.Join(" | ",
            figure.Text,
            $"{Number(value.Low)}..{Number(value.High)}",
            value.Stated is { } stated ? Number(stated) : "-",
            value.Qualifier.ToString(),
            figure.Item,
            figure.Outcome ?? "-",
            figure.OwnerCue ?? "-",
            figure.IsRevision ? "revision" : "-");
    }

    private static string Number(double value) =>
        double.IsPositiveInfinity(value) ? "inf" : value.ToString("0.###", CultureInfo.InvariantCulture);
}
