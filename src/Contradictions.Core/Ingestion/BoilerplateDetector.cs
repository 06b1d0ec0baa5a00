using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Contradictions.Ingestion;

/// <summary>
/// Recognizes the furniture that scraped articles carry: counters, donation bars, payment
/// details, navigation labels, appeals and comment-form tails. Rules look at the shape of a
/// whole line, never at a site's name, so they hold for any outlet.
/// </summary>
public static partial class BoilerplateDetector
{
    // Longest line that can be a navigation label or an appeal: longer lines are prose
    // that merely mentions "read more" or "subscribe".
    private const int MaxFurnitureLength = 120;

    private static readonly FrozenSet<string> NavigationLabels = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "related", "related news", "related articles", "related stories", "related content", "related posts",
        "read also", "read more", "see also", "also read", "more on this story", "more from", "advertisement",
        "advertising", "sponsored", "share", "share this", "share this article", "share this story", "tweet", "print",
        "email", "comments", "most read", "most popular", "trending", "trending now", "sign up", "subscribe",
        "follow us", "top stories", "you may also like", "recommended", "recommended for you", "latest news",
        "continue reading", "click here", "skip to content", "back to top", "tags", "topics");

    private static readonly string[] NavigationPrefixes =
        ["read more", "read also", "also read", "see also", "related:", "watch:", "click here", "continue reading", "more on"];

    private static readonly string[] AppealPhrases =
        ["consider helping us", "support our work", "support us", "donate to", "donate now", "make a donation",
         "become a patron", "subscribe to our", "sign up for our", "join our newsletter", "follow us on",
         "all rights reserved", "cookie policy", "privacy policy", "terms of use"];

    private static readonly string[] TailPhrases =
        ["leave a reply", "leave a comment", "post a comment", "add a comment", "comments are closed",
         "your email address will not be published", "you must be logged in to post a comment", "join the discussion",
         "do you like this content? consider helping us"];

    private static readonly FrozenSet<string> CounterWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "share", "shares", "tweet", "tweets", "like", "likes", "comment", "comments", "view", "views", "pin", "email",
        "print", "reads", "k", "m");

    /// <summary>Classifies one line (a whole paragraph of the source).</summary>
    public static BoilerplateKind Classify(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Trim();
        if (text.Length == 0)
        {
            return BoilerplateKind.None;
        }

        if (CounterLine().IsMatch(text) || IsCounterWords(text))
        {
            return BoilerplateKind.ShareCounter;
        }

        if (MoneyLine().IsMatch(text))
        {
            return BoilerplateKind.DonationBar;
        }

        if (PaymentLine().IsMatch(text))
        {
            return BoilerplateKind.Payment;
        }

        if (IsLinksOnly(text))
        {
            return BoilerplateKind.LinksOnly;
        }

        var bare = StripSymbols(text);
        var lower = bare.ToLowerInvariant();
        foreach (var phrase in TailPhrases)
        {
            if (lower.StartsWith(phrase, StringComparison.Ordinal) && text.Length <= MaxFurnitureLength)
            {
                return BoilerplateKind.TailMarker;
            }
        }

        if (bare.Length <= MaxFurnitureLength)
        {
            if (NavigationLabels.Contains(bare.TrimEnd(':', '.', ' ')))
            {
                return BoilerplateKind.Navigation;
            }

            foreach (var prefix in NavigationPrefixes)
            {
                if (lower.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return BoilerplateKind.Navigation;
                }
            }

            foreach (var phrase in AppealPhrases)
            {
                if (lower.Contains(phrase, StringComparison.Ordinal))
                {
                    return BoilerplateKind.Appeal;
                }
            }
        }

        return BoilerplateKind.None;
    }

    /// <summary>A short description of a kind, for messages.</summary>
    public static string Describe(BoilerplateKind kind) => kind switch
    {
        BoilerplateKind.ShareCounter => "a share counter",
        BoilerplateKind.DonationBar => "a donation bar",
        BoilerplateKind.Payment => "payment details",
        BoilerplateKind.LinksOnly => "a line of links",
        BoilerplateKind.Navigation => "a navigation label",
        BoilerplateKind.Appeal => "an appeal to readers",
        BoilerplateKind.TailMarker => "a comment-form tail",
        _ => "text",
    };

    private static bool IsCounterWords(string text)
    {
        // "Share 12 Tweet 3": counter words and numbers only, at least one number.
        var sawNumber = false;
        foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = token.Trim(':', '|', '·', ',');
            if (word.Length == 0)
            {
                continue;
            }

            if (char.IsAsciiDigit(word[0]) && NumberToken().IsMatch(word))
            {
                sawNumber = true;
            }
            else if (!CounterWords.Contains(word))
            {
                return false;
            }
        }

        return sawNumber;
    }

    private static bool IsLinksOnly(string text)
    {
        var links = LinkToken().Matches(text).Count;
        if (links == 0)
        {
            return false;
        }

        var rest = LinkToken().Replace(text, " ");
        var words = 0;
        foreach (var token in rest.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Length >= 2 && char.IsLetter(token[0]) && !token.EndsWith(':'))
            {
                words++;
            }
        }

        // "PayPal: x@y.org, http://… or via: https://…" has two or three words around its links.
        return words <= 3;
    }

    private static string StripSymbols(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetterOrDigit(text[end - 1]) && text[end - 1] is not ('?' or '!' or ':'))
        {
            end--;
        }

        return text[start..end].Trim();
    }

    // Digits with spaces or separators only, optionally "1.2K": "1 171", "2 1 2", "12,400".
    [GeneratedRegex(@"^\d[\d\s.,]*[KkMm]?$")]
    private static partial Regex CounterLine();

    [GeneratedRegex(@"^\d[\d.,]*[KkMm]?$")]
    private static partial Regex NumberToken();

    // An amount with a currency sign and nothing else: "2,500 $", "€ 5 000", "$1,963".
    [GeneratedRegex(@"^(?:[$€£¥₽₹]\s*\d[\d\s.,]*|\d[\d\s.,]*\s*[$€£¥₽₹])$")]
    private static partial Regex MoneyLine();

    [GeneratedRegex(@"^(?:paypal|btc|bch(?:\s+abc)?|eth|ltc|xmr|usdt|bitcoin|ethereum|litecoin|monero|iban|swift|bic|patreon|donate|donations?)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex PaymentLine();

    [GeneratedRegex(@"(?:https?://|www\.)\S+|\S+@\S+\.\S+|\b[13][a-km-zA-HJ-NP-Z1-9]{25,34}\b|\b0x[0-9a-fA-F]{40}\b|\b[a-z0-9]{40,}\b", RegexOptions.IgnoreCase)]
    private static partial Regex LinkToken();
}
