using System.Collections.Immutable;

namespace Contradictions.Ingestion;

/// <summary>
/// Reads a plain-text article: blocks are separated by blank lines, and inside a block each
/// line is its own paragraph — scraped articles put one paragraph on a line — unless the
/// block looks hard-wrapped, in which case its lines are joined.
/// </summary>
public static class PlainTextParser
{
    // A block is taken as hard-wrapped prose when it has at least this many lines and all
    // but the last are about as long as each other and fit a classic wrap width.
    private const int MinWrappedLines = 3;
    private const int MinWrapWidth = 40;
    private const int MaxWrapWidth = 100;

    /// <summary>Splits <paramref name="text"/> into blocks, keeping each block's first source line.</summary>
    public static SourceDocument Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var blocks = ImmutableArray.CreateBuilder<SourceBlock>();
        var group = new List<(string Text, int Line)>();
        for (var i = 0; i <= lines.Length; i++)
        {
            var line = i < lines.Length ? lines[i] : "";
            if (!string.IsNullOrWhiteSpace(line))
            {
                group.Add((line.Trim(), i + 1));
                continue;
            }

            Flush(group, blocks);
            group.Clear();
        }

        return new SourceDocument(ArticleMetadata.Empty, blocks.ToImmutable(), []);
    }

    /// <summary>Turns one group of consecutive non-blank lines into blocks.</summary>
    internal static void Flush(List<(string Text, int Line)> group, ImmutableArray<SourceBlock>.Builder blocks)
    {
        if (group.Count == 0)
        {
            return;
        }

        if (LooksHardWrapped(group))
        {
            blocks.Add(new SourceBlock(string.Join(' ', group.Select(l => l.Text)), group[0].Line, BlockRole.Paragraph));
            return;
        }

        foreach (var (lineText, line) in group)
        {
            blocks.Add(new SourceBlock(lineText, line, BlockRole.Paragraph));
        }
    }

    private static bool LooksHardWrapped(List<(string Text, int Line)> group)
    {
        if (group.Count < MinWrappedLines)
        {
            return false;
        }

        for (var i = 0; i < group.Count - 1; i++)
        {
            var length = group[i].Text.Length;
            if (length is < MinWrapWidth or > MaxWrapWidth)
            {
                return false;
            }
        }

        return true;
    }
}
