using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using HtmlAgilityPack;

namespace Contradictions.Ingestion;

/// <summary>
/// Reads an HTML page: metadata from the head (title, Open Graph, canonical link, publication
/// time, language) and the text of the article body — the page's <c>&lt;article&gt;</c> or
/// <c>&lt;main&gt;</c>, else the element holding most paragraph text — without scripts,
/// styles, navigation, sharing widgets or comment sections.
/// </summary>
public static class HtmlParser
{
    // Elements that never hold article prose.
    private static readonly FrozenSet<string> Dropped = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "script", "style", "noscript", "nav", "aside", "form", "iframe", "svg", "template", "button", "select",
        "input", "textarea", "canvas", "object", "embed", "dialog", "menu", "head", "link", "meta", "video", "audio");

    // Page furniture marked by its class or id; matched against whole words of those names
    // ("share-bar" → "share"), so "sharper" or "shared-post" words are not caught by accident.
    private static readonly FrozenSet<string> FurnitureWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "share", "sharing", "social", "comments", "comment", "related", "newsletter", "advert", "advertisement",
        "ad", "ads", "promo", "cookie", "cookies", "subscribe", "subscription", "sidebar", "breadcrumb", "breadcrumbs",
        "navbar", "menu", "footer", "popup", "modal", "donate", "donation", "paywall");

    private static readonly FrozenSet<string> FurnitureRoles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "navigation", "banner", "contentinfo", "complementary", "search");

    private static readonly FrozenSet<string> BlockElements = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "figure", "figcaption", "table", "tr", "td", "th", "dl", "dt", "dd", "pre", "address", "hr", "br");

    /// <summary>Parses <paramref name="html"/>.</summary>
    public static SourceDocument Parse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlDocument { OptionFixNestedTags = true };
        document.LoadHtml(html);
        var page = document.DocumentNode;

        var metadata = ReadMetadata(page);
        RemoveFurniture(page);
        var body = ChooseBody(page);
        var blocks = ImmutableArray.CreateBuilder<SourceBlock>();
        var buffer = new StringBuilder();
        var bufferLine = 0;
        Collect(body, BlockRole.Paragraph, blocks, buffer, ref bufferLine);
        Flush(blocks, buffer, bufferLine, BlockRole.Paragraph);

        // The page's h1 is the headline when there is one; otherwise the meta title is.
        var title = metadata.Title;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Role == BlockRole.Title)
            {
                title = blocks[i].Text;
                break;
            }
        }

        return new SourceDocument(metadata with { Title = title }, blocks.ToImmutable(), []);
    }

    private static ArticleMetadata ReadMetadata(HtmlNode page)
    {
        string? Meta(string attribute, string name)
        {
            foreach (var node in page.Descendants("meta"))
            {
                if (string.Equals(node.GetAttributeValue(attribute, ""), name, StringComparison.OrdinalIgnoreCase))
                {
                    var content = HtmlEntity.DeEntitize(node.GetAttributeValue("content", "")).Trim();
                    if (content.Length > 0)
                    {
                        return content;
                    }
                }
            }

            return null;
        }

        var title = Meta("property", "og:title")
            ?? Clean(HtmlEntity.DeEntitize(page.Descendants("title").FirstOrDefault()?.InnerText));
        var outlet = Meta("property", "og:site_name") ?? Meta("name", "application-name") ?? Meta("name", "publisher");
        var canonical = page.Descendants("link")
            .FirstOrDefault(l => string.Equals(l.GetAttributeValue("rel", ""), "canonical", StringComparison.OrdinalIgnoreCase))
            ?.GetAttributeValue("href", null);
        var url = canonical ?? Meta("property", "og:url");
        var published = Meta("property", "article:published_time") ?? Meta("name", "date") ?? Meta("name", "pubdate")
            ?? Meta("itemprop", "datePublished")
            ?? page.Descendants("time").FirstOrDefault(t => t.GetAttributeValue("datetime", "").Length > 0)?.GetAttributeValue("datetime", null);
        var language = page.Descendants("html").FirstOrDefault()?.GetAttributeValue("lang", null);
        if (language is { Length: >= 2 })
        {
            language = language[..2].ToLowerInvariant();
        }

        return new ArticleMetadata(title, outlet, url, published is null ? null : FrontMatterReader.ParseDate(published),
            string.IsNullOrWhiteSpace(language) ? null : language);
    }

    private static void RemoveFurniture(HtmlNode page)
    {
        var doomed = new List<HtmlNode>();
        foreach (var node in page.Descendants())
        {
            if (node.NodeType == HtmlNodeType.Comment)
            {
                doomed.Add(node);
            }
            else if (node.NodeType == HtmlNodeType.Element && IsFurniture(node))
            {
                doomed.Add(node);
            }
        }

        foreach (var node in doomed)
        {
            node.Remove();
        }
    }

    private static bool IsFurniture(HtmlNode node)
    {
        if (Dropped.Contains(node.Name))
        {
            return true;
        }

        if (FurnitureRoles.Contains(node.GetAttributeValue("role", "")))
        {
            return true;
        }

        if (string.Equals(node.GetAttributeValue("aria-hidden", ""), "true", StringComparison.OrdinalIgnoreCase)
            || node.Attributes.Contains("hidden"))
        {
            return true;
        }

        // Page-level header and footer, but not an article's own header (which holds its h1).
        if ((node.Name is "header" or "footer") && node.Ancestors("article").FirstOrDefault() is null)
        {
            return true;
        }

        return HasFurnitureWord(node.GetAttributeValue("class", "")) || HasFurnitureWord(node.GetAttributeValue("id", ""));
    }

    private static bool HasFurnitureWord(string names)
    {
        foreach (var word in names.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (FurnitureWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private static HtmlNode ChooseBody(HtmlNode page)
    {
        HtmlNode? best = null;
        var bestLength = 0;
        foreach (var article in page.Descendants("article"))
        {
            var length = article.InnerText.Length;
            if (length > bestLength)
            {
                best = article;
                bestLength = length;
            }
        }

        if (best is not null)
        {
            return best;
        }

        var main = page.Descendants("main").FirstOrDefault()
            ?? page.Descendants().FirstOrDefault(n => string.Equals(n.GetAttributeValue("role", ""), "main", StringComparison.OrdinalIgnoreCase));
        if (main is not null)
        {
            return main;
        }

        // No semantic markup: the element whose own paragraphs hold the most text.
        var byParent = new Dictionary<HtmlNode, int>();
        foreach (var p in page.Descendants("p"))
        {
            if (p.ParentNode is { } parent)
            {
                byParent[parent] = byParent.GetValueOrDefault(parent) + p.InnerText.Length;
            }
        }

        var richest = byParent.OrderByDescending(kv => kv.Value).FirstOrDefault();
        if (richest.Key is not null && richest.Value > 200)
        {
            return richest.Key;
        }

        return page.Descendants("body").FirstOrDefault() ?? page;
    }

    private static void Collect(HtmlNode node, BlockRole role, ImmutableArray<SourceBlock>.Builder blocks, StringBuilder buffer, ref int bufferLine)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child.NodeType == HtmlNodeType.Text)
            {
                var text = HtmlEntity.DeEntitize(child.InnerText);
                if (buffer.Length == 0 && string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                if (buffer.Length == 0)
                {
                    bufferLine = child.Line;
                }

                buffer.Append(text);
                continue;
            }

            if (child.NodeType != HtmlNodeType.Element)
            {
                continue;
            }

            if (child.Name is "pre" or "hr")
            {
                continue;
            }

            if (child.Name == "br")
            {
                buffer.Append('\n');
                continue;
            }

            if (!BlockElements.Contains(child.Name))
            {
                Collect(child, role, blocks, buffer, ref bufferLine);
                continue;
            }

            Flush(blocks, buffer, bufferLine, role);
            var childRole = child.Name switch
            {
                "h1" => BlockRole.Title,
                "h2" or "h3" or "h4" or "h5" or "h6" => BlockRole.Heading,
                "li" or "dd" or "dt" => BlockRole.ListItem,
                "blockquote" => BlockRole.Quote,
                "figcaption" => BlockRole.Caption,
                _ => role,
            };
            Collect(child, childRole, blocks, buffer, ref bufferLine);
            Flush(blocks, buffer, bufferLine, childRole);
        }
    }

    private static void Flush(ImmutableArray<SourceBlock>.Builder blocks, StringBuilder buffer, int line, BlockRole role)
    {
        if (buffer.Length == 0)
        {
            return;
        }

        // A <br> splits a block into lines, each its own block, as scraped text would be.
        foreach (var part in buffer.ToString().Split('\n'))
        {
            var text = Clean(part);
            if (text is { Length: > 0 })
            {
                blocks.Add(new SourceBlock(text, line, role));
            }
        }

        buffer.Clear();
    }

    private static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
