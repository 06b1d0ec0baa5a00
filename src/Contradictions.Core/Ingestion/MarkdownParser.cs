using System.Collections.Immutable;
using System.Text;
using Contradictions.Diagnostics;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Contradictions.Ingestion;

/// <summary>
/// Reads a Markdown article through Markdig: front matter for metadata, then paragraphs,
/// headings, list items and block quotes as text blocks with their inline markup removed.
/// Code and raw HTML blocks are not prose and are left out.
/// </summary>
public static class MarkdownParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    /// <summary>Parses <paramref name="text"/> read from <paramref name="displayPath"/>.</summary>
    public static SourceDocument Parse(string text, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(text);
        var front = FrontMatterReader.Read(text, displayPath);
        var document = Markdown.Parse(front.Body, Pipeline);
        var blocks = ImmutableArray.CreateBuilder<SourceBlock>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (front.Warning is not null)
        {
            diagnostics.Add(front.Warning);
        }

        Walk(document, BlockRole.Paragraph, front.BodyFirstLine - 1, blocks, diagnostics, displayPath);
        return new SourceDocument(front.Metadata, blocks.ToImmutable(), diagnostics.ToImmutable());
    }

    private static void Walk(ContainerBlock container, BlockRole role, int lineOffset, ImmutableArray<SourceBlock>.Builder blocks,
        ImmutableArray<Diagnostic>.Builder diagnostics, string displayPath)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    Add(heading, BlockRole.Heading, lineOffset, blocks);
                    break;
                case ParagraphBlock paragraph:
                    Add(paragraph, role, lineOffset, blocks);
                    break;
                case QuoteBlock quote:
                    Walk(quote, BlockRole.Quote, lineOffset, blocks, diagnostics, displayPath);
                    break;
                case ListItemBlock item:
                    Walk(item, BlockRole.ListItem, lineOffset, blocks, diagnostics, displayPath);
                    break;
                case CodeBlock or HtmlBlock:
                    diagnostics.Add(Diagnostic.LineWarning(displayPath, block.Line + 1 + lineOffset, DiagnosticCodes.NotProse,
                        block is HtmlBlock ? "left out a raw HTML block: not prose" : "left out a code block: not prose"));
                    break;
                case ContainerBlock other:
                    Walk(other, role, lineOffset, blocks, diagnostics, displayPath);
                    break;
            }
        }
    }

    private static void Add(LeafBlock leaf, BlockRole role, int lineOffset, ImmutableArray<SourceBlock>.Builder blocks)
    {
        if (leaf.Inline is null)
        {
            return;
        }

        var builder = new StringBuilder();
        AppendInlines(leaf.Inline, builder);
        var text = builder.ToString().Trim();
        if (text.Length > 0)
        {
            blocks.Add(new SourceBlock(text, leaf.Line + 1 + lineOffset, role));
        }
    }

    private static void AppendInlines(ContainerInline container, StringBuilder builder)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded.AsSpan());
                    break;
                case AutolinkInline link:
                    builder.Append(link.Url);
                    break;
                case ContainerInline nested:
                    AppendInlines(nested, builder);
                    break;
            }
        }
    }
}
