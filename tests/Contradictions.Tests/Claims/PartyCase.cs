using System.Collections.Immutable;
using System.Text;
using Contradictions.Claims;
using Contradictions.Tests.Support;

namespace Contradictions.Tests.Claims;

/// <summary>
/// A party-mention case file (see Cases/Parties/README.md): blocks of a sentence followed by its
/// expected mentions, one per line as <c>Kind | Party | text</c>, or <c>(none)</c>.
/// </summary>
internal sealed record PartyCase(string Name, ImmutableArray<PartyCase.Block> Blocks, string? PartiesFile)
{
    public const string Folder = "Parties";

    /// <summary>One sentence and the mention lines expected from it.</summary>
    public sealed record Block(int Line, string Sentence, ImmutableArray<string> Expected);

    /// <summary>The case files, in ordinal order: every <c>NNN-name.txt</c>.</summary>
    public static IEnumerable<string> Names()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Cases(Folder), "*.txt").Order(StringComparer.Ordinal))
        {
            yield return Path.GetFileName(file);
        }
    }

    public static PartyCase Load(string name)
    {
        var folder = RepoPaths.Cases(Folder);
        var lines = File.ReadAllText(Path.Combine(folder, name)).ReplaceLineEndings("\n").Split('\n');
        var blocks = ImmutableArray.CreateBuilder<Block>();
        string? sentence = null;
        var sentenceLine = 0;
        var expected = ImmutableArray.CreateBuilder<string>();

        void Close()
        {
            if (sentence is null)
            {
                return;
            }

            if (expected.Count == 0)
            {
                throw new InvalidDataException($"{name}({sentenceLine}): the sentence has no expected mentions; write (none) if it has none");
            }

            blocks.Add(new Block(sentenceLine, sentence, expected.Contains("(none)") ? [] : expected.ToImmutable()));
            sentence = null;
            expected.Clear();
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith('#'))
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                Close();
                continue;
            }

            if (sentence is null)
            {
                sentence = line;
                sentenceLine = i + 1;
            }
            else
            {
                expected.Add(Normalize(line));
            }
        }

        Close();
        var parties = Path.Combine(folder, Path.GetFileNameWithoutExtension(name) + ".parties.yml");
        return new PartyCase(name, blocks.ToImmutable(), File.Exists(parties) ? parties : null);
    }

    /// <summary>Renders a mention as an expected line.</summary>
    public static string Render(PartyMention mention) => $"{mention.Kind} | {mention.Party} | {mention.Text}";

    /// <summary>Spaces around the bars are free in the file; the comparison uses one space each side.</summary>
    private static string Normalize(string line)
    {
        if (line.Trim() == "(none)")
        {
            return "(none)";
        }

        var parts = line.Split('|');
        var builder = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(" | ");
            }

            builder.Append(parts[i].Trim());
        }

        return builder.ToString();
    }
}
