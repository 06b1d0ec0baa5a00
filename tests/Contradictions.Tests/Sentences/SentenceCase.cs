using System.Collections.Immutable;
using System.Text;
using Contradictions.Sentences;

namespace Contradictions.Tests.Sentences;

/// <summary>
/// One sentence-splitting case read from <c>Cases/Sentences</c>: the input text with its
/// paragraphs, and the expected lines. The file format is described in that folder's README.
/// </summary>
public sealed class SentenceCase
{
    private const string HeadlineDirective = "#headline";
    private const string InputSuffix = ".txt";
    private const string ExpectedSuffix = ".expected.txt";

    private SentenceCase(string name, string text, ImmutableArray<TextSpan> paragraphs, int headline, ImmutableArray<string> expected)
    {
        Name = name;
        Text = text;
        Paragraphs = paragraphs;
        HeadlineParagraph = headline;
        Expected = expected;
    }

    /// <summary>The folder holding the case files, next to the test assembly.</summary>
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Cases", "Sentences");

    /// <summary>The case name: the input file name without ".txt".</summary>
    public string Name { get; }

    /// <summary>The text handed to the splitter (the input file minus any directive line).</summary>
    public string Text { get; }

    /// <summary>The paragraphs: runs of non-blank lines.</summary>
    public ImmutableArray<TextSpan> Paragraphs { get; }

    /// <summary>0 when the input starts with <c>#headline</c>, otherwise -1.</summary>
    public int HeadlineParagraph { get; }

    /// <summary>The expected lines, one per sentence.</summary>
    public ImmutableArray<string> Expected { get; }

    /// <summary>The names of all cases, in file-name order.</summary>
    public static IEnumerable<string> Names()
    {
        var names = new List<string>();
        foreach (string path in Directory.EnumerateFiles(Folder, "*" + InputSuffix))
        {
            string file = Path.GetFileName(path);
            if (!file.EndsWith(ExpectedSuffix, StringComparison.Ordinal))
            {
                names.Add(file[..^InputSuffix.Length]);
            }
        }

        names.Sort(StringComparer.Ordinal);
        return names;
    }

    /// <summary>Reads the case called <paramref name="name"/>.</summary>
    public static SentenceCase Load(string name)
    {
        string input = Normalize(File.ReadAllText(Path.Combine(Folder, name + InputSuffix), Encoding.UTF8));
        int headline = -1;
        if (input.StartsWith(HeadlineDirective + "\n", StringComparison.Ordinal))
        {
            input = input[(HeadlineDirective.Length + 1)..];
            headline = 0;
        }

        string expectedPath = Path.Combine(Folder, name + ExpectedSuffix);
        if (!File.Exists(expectedPath))
        {
            throw new FileNotFoundException($"Case '{name}' has no expected file; create {name}{ExpectedSuffix}.", expectedPath);
        }

        var expected = Normalize(File.ReadAllText(expectedPath, Encoding.UTF8)).Split('\n').ToList();
        while (expected.Count > 0 && expected[^1].Length == 0)
        {
            expected.RemoveAt(expected.Count - 1);
        }

        return new SentenceCase(name, input, FindParagraphs(input), headline, [.. expected]);
    }

    /// <summary>
    /// Renders sentences the way expected files write them: kind prefix, quotation number,
    /// then the text with each line break written as <c>\n</c>.
    /// </summary>
    public static ImmutableArray<string> Render(ImmutableArray<Sentence> sentences)
    {
        var numbers = new Dictionary<QuoteSpan, int>();
        var lines = ImmutableArray.CreateBuilder<string>(sentences.Length);
        foreach (var sentence in sentences)
        {
            var line = new StringBuilder();
            line.Append(sentence.Kind switch
            {
                SentenceKind.Headline => "[H] ",
                SentenceKind.Caption => "[C] ",
                _ => string.Empty,
            });
            if (sentence.Quote is { } quote)
            {
                if (!numbers.TryGetValue(quote, out int number))
                {
                    number = numbers.Count + 1;
                    numbers.Add(quote, number);
                }

                line.Append("[q").Append(number).Append("] ");
            }

            line.Append(sentence.Text.Replace("\n", "\\n", StringComparison.Ordinal));
            lines.Add(line.ToString());
        }

        return lines.MoveToImmutable();
    }

    private static string Normalize(string content) =>
        content.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');

    private static ImmutableArray<TextSpan> FindParagraphs(string text)
    {
        var paragraphs = ImmutableArray.CreateBuilder<TextSpan>();
        int paragraphStart = -1;
        int paragraphEnd = -1;
        int lineStart = 0;
        while (lineStart <= text.Length)
        {
            int newline = text.IndexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.Length : newline;
            bool blank = string.IsNullOrWhiteSpace(text[lineStart..lineEnd]);
            if (blank && paragraphStart >= 0)
            {
                paragraphs.Add(new TextSpan(paragraphStart, paragraphEnd - paragraphStart));
                paragraphStart = -1;
            }
            else if (!blank)
            {
                if (paragraphStart < 0)
                {
                    paragraphStart = lineStart;
                }

                paragraphEnd = lineEnd;
            }

            if (newline < 0)
            {
                break;
            }

            lineStart = newline + 1;
        }

        if (paragraphStart >= 0)
        {
            paragraphs.Add(new TextSpan(paragraphStart, paragraphEnd - paragraphStart));
        }

        return paragraphs.ToImmutable();
    }
}
