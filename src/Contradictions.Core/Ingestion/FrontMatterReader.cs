using System.Globalization;
using Contradictions.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Contradictions.Ingestion;

/// <summary>
/// Splits YAML front matter (between a first line <c>---</c> and the next <c>---</c> or
/// <c>...</c>) off a Markdown article and reads its fields: <c>title</c>, <c>outlet</c>,
/// <c>url</c>, <c>published</c>, <c>language</c>. A malformed block is a warning; the body is
/// still read.
/// </summary>
public static class FrontMatterReader
{
    /// <summary>The body after the front matter, the metadata read, and the line where the body starts.</summary>
    public readonly record struct Result(string Body, int BodyFirstLine, ArticleMetadata Metadata, Diagnostic? Warning);

    /// <summary>Reads the front matter of <paramref name="text"/>, if it has one.</summary>
    public static Result Read(string text, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.ReplaceLineEndings("\n");
        if (!normalized.StartsWith("---\n", StringComparison.Ordinal))
        {
            return new Result(normalized, 1, ArticleMetadata.Empty, null);
        }

        var lines = normalized.Split('\n');
        var close = -1;
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line is "---" or "...")
            {
                close = i;
                break;
            }
        }

        if (close < 0)
        {
            var warning = Diagnostic.LineWarning(displayPath, 1, DiagnosticCodes.BadFrontMatter,
                "front matter opened with '---' is never closed; the file is read as plain Markdown without metadata");
            return new Result(normalized, 1, ArticleMetadata.Empty, warning);
        }

        var yaml = string.Join('\n', lines, 1, close - 1);
        var body = string.Join('\n', lines, close + 1, lines.Length - close - 1);
        var (metadata, problem) = ParseYaml(yaml, displayPath);
        return new Result(body, close + 2, metadata, problem);
    }

    private static (ArticleMetadata, Diagnostic?) ParseYaml(string yaml, string displayPath)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            // +1: the YAML starts on the line after the opening '---'.
            return (ArticleMetadata.Empty, new Diagnostic(displayPath, (int)e.Start.Line + 1, (int)e.Start.Column,
                DiagnosticSeverity.Warning, DiagnosticCodes.BadFrontMatter,
                $"malformed front matter ({FirstLine(e.Message)}); metadata ignored, body read"));
        }

        if (stream.Documents.Count == 0)
        {
            return (ArticleMetadata.Empty, null);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            return (ArticleMetadata.Empty, Diagnostic.LineWarning(displayPath, 2, DiagnosticCodes.BadFrontMatter,
                "front matter is not a set of 'key: value' lines; metadata ignored, body read"));
        }

        string? Get(params string[] keys)
        {
            foreach (var key in keys)
            {
                if (map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { } value }
                    && !string.IsNullOrWhiteSpace(value))
                {
                    return value.Trim();
                }
            }

            return null;
        }

        Diagnostic? warning = null;
        DateOnly? published = null;
        if (Get("published", "date") is { } date)
        {
            published = ParseDate(date);
            if (published is null)
            {
                warning = Diagnostic.LineWarning(displayPath, 2, DiagnosticCodes.BadFrontMatter,
                    $"front matter 'published: {date}' is not a date (use YYYY-MM-DD); the date is ignored");
            }
        }

        var language = Get("language", "lang");
        if (language is { Length: > 2 } && language[2] is '-' or '_')
        {
            language = language[..2];
        }

        return (new ArticleMetadata(Get("title"), Get("outlet", "source", "publisher"), Get("url", "link"), published,
            language?.ToLowerInvariant()), warning);
    }

    /// <summary>Parses a date written as ISO 8601 (date or date-time) or in a common English form.</summary>
    public static DateOnly? ParseDate(string value)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            return DateOnly.FromDateTime(moment.Date);
        }

        return null;
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n');
        return (end < 0 ? message : message[..end]).Trim();
    }
}
