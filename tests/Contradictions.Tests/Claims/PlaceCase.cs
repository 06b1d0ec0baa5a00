using System.Collections.Immutable;
using Contradictions.Sentences;

namespace Contradictions.Tests.Claims;

/// <summary>
/// One place-mention case read from <c>Cases/Places/NNN-name.txt</c>: the sentence, the party
/// words to exclude and the expected place names. The format is described in that folder's README.
/// </summary>
public sealed class PlaceCase
{
    private const string ExcludePrefix = "exclude:";

    private PlaceCase(string name, string sentence, ImmutableArray<TextSpan> exclude, ImmutableArray<string> expected)
    {
        Name = name;
        Sentence = sentence;
        Exclude = exclude;
        Expected = expected;
    }

    /// <summary>The case file name.</summary>
    public string Name { get; }

    /// <summary>The sentence handed to the finder.</summary>
    public string Sentence { get; }

    /// <summary>Every whole-word occurrence of the case's exclude words, in text order.</summary>
    public ImmutableArray<TextSpan> Exclude { get; }

    /// <summary>The expected place names in text order; empty for <c>none</c>.</summary>
    public ImmutableArray<string> Expected { get; }

    /// <summary>The case file names, in ordinal order.</summary>
    public static IEnumerable<string> Names() => CaseFiles.Names("Places");

    /// <summary>Reads the case in <paramref name="name"/>.</summary>
    public static PlaceCase Load(string name)
    {
        var lines = CaseFiles.ReadLines("Places", name);
        if (lines.Count < 2)
        {
            throw new InvalidDataException($"{name}: expected the sentence, an optional 'exclude:' line, then places or 'none'.");
        }

        string sentence = lines[0];
        int next = 1;
        var exclude = ImmutableArray<TextSpan>.Empty;
        if (lines[next].StartsWith(ExcludePrefix, StringComparison.Ordinal))
        {
            exclude = FindWords(sentence, lines[next][ExcludePrefix.Length..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), name);
            next++;
        }

        var expected = ImmutableArray.CreateBuilder<string>();
        for (int i = next; i < lines.Count; i++)
        {
            if (lines[i] == "none")
            {
                if (i != lines.Count - 1 || expected.Count > 0)
                {
                    throw new InvalidDataException($"{name}: 'none' must be the only expectation.");
                }

                break;
            }

            expected.Add(lines[i]);
        }

        if (expected.Count == 0 && lines[^1] != "none")
        {
            throw new InvalidDataException($"{name}: list the expected places, or write 'none'.");
        }

        return new PlaceCase(name, sentence, exclude, expected.ToImmutable());
    }

    /// <summary>Spans of every whole-word, case-sensitive occurrence of each word; a word that never occurs is an error in the case.</summary>
    private static ImmutableArray<TextSpan> FindWords(string sentence, string[] words, string name)
    {
        var spans = new List<TextSpan>();
        foreach (string word in words)
        {
            int found = 0;
            int at = 0;
            while ((at = sentence.IndexOf(word, at, StringComparison.Ordinal)) >= 0)
            {
                int end = at + word.Length;
                if ((at == 0 || !char.IsLetter(sentence[at - 1])) && (end == sentence.Length || !char.IsLetter(sentence[end])))
                {
                    spans.Add(new TextSpan(at, word.Length));
                    found++;
                }

                at = end;
            }

            if (found == 0)
            {
                throw new InvalidDataException($"{name}: the exclude word '{word}' does not occur in the sentence as a whole word.");
            }
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return [.. spans];
    }
}
