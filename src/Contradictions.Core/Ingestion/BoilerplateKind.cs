namespace Contradictions.Ingestion;

/// <summary>What kind of page furniture a line is.</summary>
public enum BoilerplateKind
{
    /// <summary>Not boilerplate: article text.</summary>
    None,

    /// <summary>A share or view counter: "1 171", "2 1 2", "Share 12".</summary>
    ShareCounter,

    /// <summary>A donation bar or goal: "2,500 $", "€ 5,000".</summary>
    DonationBar,

    /// <summary>Payment details: "PayPal: …", "BTC: …".</summary>
    Payment,

    /// <summary>Links or addresses with next to no words.</summary>
    LinksOnly,

    /// <summary>A navigation label or teaser: "Related news", "Read more on …".</summary>
    Navigation,

    /// <summary>An appeal to the reader: "Consider helping us!", "Subscribe to our newsletter".</summary>
    Appeal,

    /// <summary>The start of a page tail (comment form): this line and what follows are not the article.</summary>
    TailMarker,
}
