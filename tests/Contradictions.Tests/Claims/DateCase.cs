using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Contradictions.Claims;
using Contradictions.Tests.Support;

namespace Contradictions.Tests.Claims;

/// <summary>
/// One date-resolution case read from <c>Cases/Dates/NNN-name.txt</c>: the article date, the
/// sentence and the expected mentions. The format is described in that folder's README.
/// </summary>
public sealed class DateCase
{
    private const string PublishedPrefix = "published:";

    private DateCase(string name, DateOnly? published, string sentence, ImmutableArray<string> expected)
    {
        Name = name;
        Published = published;
        Sentence = sentence;
        Expected = expected;
    }

    /// <summary>The case file name, e.g. "001-friday-night.txt".</summary>
    public string Name { get; }

    /// <summary>The article date, or null for <c>published: none</c>.</summary>
    public DateOnly? Published { get; }

    /// <summary>The sentence handed to the resolver.</summary>
    public string Sentence { get; }

    /// <summary>The expected mention lines, normalised; empty for <c>none</c>.</summary>
    public ImmutableArray<string> Expected { get; }

    /// <summary>The case file names, in ordinal order.</summary>
    public static IEnumerable<string> Names() => CaseFiles.Names("Dates");

    /// <summary>Reads the case in <paramref name="name"/>.</summary>
    public static DateCase Load(string name)
    {
        var lines = CaseFiles.ReadLines("Dates", name);
        if (lines.Count < 3)
        {
            throw new InvalidDataException($"{name}: expected a 'published:' line, the sentence, then mentions or 'none'.");
        }

        if (!lines[0].StartsWith(PublishedPrefix, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{name}: the first line must be 'published: YYYY-MM-DD' or 'published: none', found '{lines[0]}'.");
        }

        string date = lines[0][PublishedPrefix.Length..].Trim();
        DateOnly? published = date == "none" ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var expected = ImmutableArray.CreateBuilder<string>();
        for (int i = 2; i < lines.Count; i++)
        {
            if (lines[i] == "none")
            {
                if (lines.Count != 3)
                {
                    throw new InvalidDataException($"{name}: 'none' must be the only expectation.");
                }

                break;
            }

            expected.Add(Normalize(lines[i], name));
        }

        return new DateCase(name, published, lines[1], expected.ToImmutable());
    }

    /// <summary>Renders mentions as expectation lines: <c>text | from | to | precision | relative</c>.</summary>
    public static ImmutableArray<string> Render(ImmutableArray<DateMention> mentions)
    {
        var lines = ImmutableArray.CreateBuilder<string>(mentions.Length);
        foreach (var m in mentions)
        {
            lines.Add(Line(m.Text, m.From, m.To, m.Precision, m.Relative));
        }

        return lines.MoveToImmutable();
    }

    private static string Line(string text, DateOnly? from, DateOnly? to, DatePrecision precision, bool relative) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{text} | {Day(from)} | {Day(to)} | {precision.ToString().ToLowerInvariant()} | {(relative ? "relative" : "absolute")}");

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";

    /// <summary>Checks an expectation line's fields and rewrites it with single spaces around the bars.</summary>
    private static string Normalize(string line, string name)
    {
        var parts = line.Split('|');
        if (parts.Length != 5)
        {
            throw new InvalidDataException($"{name}: '{line}' should have five fields: text | from | to | precision | relative.");
        }

        var builder = new StringBuilder();
        for (int i = 0; i < parts.Length; i++)
        {
            builder.Append(i == 0 ? string.Empty : " | ").Append(parts[i].Trim());
        }

        return builder.ToString();
    }
}
