using System.Text;
using HandlebarsDotNet;

namespace Contradictions.Reporting;

/// <summary>
/// Escapes text for Markdown: punctuation that would make emphasis, links, headings, tables or
/// code gets a backslash, and <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> become entities, so article
/// text containing Markdown or HTML renders as the characters it is, never as markup. Line
/// breaks become spaces, so a value never leaves its table cell or blockquote line.
/// </summary>
public sealed class MarkdownTextEncoder : ITextEncoder
{
    /// <inheritdoc />
    public void Encode(StringBuilder? text, TextWriter target)
    {
        Encode(text?.ToString(), target);
    }

    /// <inheritdoc />
    public void Encode(string? text, TextWriter target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (text is null)
        {
            return;
        }

        foreach (var c in text)
        {
            Write(c, target);
        }
    }

    /// <inheritdoc />
    public void Encode<T>(T? text, TextWriter target)
        where T : IEnumerator<char>
    {
        ArgumentNullException.ThrowIfNull(target);
        while (text is not null && text.MoveNext())
        {
            Write(text.Current, target);
        }
    }

    private static void Write(char c, TextWriter target)
    {
        switch (c)
        {
            case '<':
                target.Write("&lt;");
                break;
            case '>':
                target.Write("&gt;");
                break;
            case '&':
                target.Write("&amp;");
                break;
            case '\r' or '\n':
                target.Write(' ');
                break;
            case '\\' or '`' or '*' or '_' or '[' or ']' or '(' or ')' or '#' or '+' or '!' or '|' or '{' or '}' or '~':
                target.Write('\\');
                target.Write(c);
                break;
            default:
                target.Write(c);
                break;
        }
    }
}
