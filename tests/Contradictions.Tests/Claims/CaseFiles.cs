using System.Text;
using Contradictions.Tests.Support;

namespace Contradictions.Tests.Claims;

/// <summary>Lists and reads the one-file cases of a claims stage (<c>Cases/&lt;stage&gt;/NNN-name.txt</c>).</summary>
public static class CaseFiles
{
    /// <summary>The case file names of <paramref name="stage"/>, in ordinal order (the README is not a case).</summary>
    public static IEnumerable<string> Names(string stage)
    {
        var names = new List<string>();
        foreach (string path in Directory.EnumerateFiles(RepoPaths.Cases(stage), "*.txt"))
        {
            names.Add(Path.GetFileName(path));
        }

        names.Sort(StringComparer.Ordinal);
        return names;
    }

    /// <summary>
    /// The case's lines with line endings normalised, trailing whitespace trimmed, and blank
    /// lines and comment lines starting with <c># </c> (after the first line) left out.
    /// </summary>
    public static List<string> ReadLines(string stage, string name)
    {
        string content = File.ReadAllText(Path.Combine(RepoPaths.Cases(stage), name), Encoding.UTF8).TrimStart('\uFEFF');
        var lines = new List<string>();
        foreach (string raw in content.ReplaceLineEndings("\n").Split('\n'))
        {
            string line = raw.TrimEnd();
            if (line.Length == 0 || lines.Count > 0 && line.StartsWith("# ", StringComparison.Ordinal))
            {
                continue;
            }

            lines.Add(line);
        }

        return lines;
    }
}
