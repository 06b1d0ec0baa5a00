namespace Contradictions.Diagnostics;

/// <summary>
/// The codes of every diagnostic the tool emits. Codes never change meaning, so scripts
/// may filter on them; new codes are only appended.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>The file has no content.</summary>
    public const string EmptyFile = "IN001";

    /// <summary>The file holds NUL bytes or mostly control characters: not a text article.</summary>
    public const string BinaryFile = "IN002";

    /// <summary>The file is larger than the article size limit.</summary>
    public const string TooLarge = "IN003";

    /// <summary>The file could not be opened or read.</summary>
    public const string Unreadable = "IN004";

    /// <summary>The bytes are not valid UTF-8; the file was decoded as Windows-1252 instead.</summary>
    public const string NotUtf8 = "IN005";

    /// <summary>The YAML front matter could not be parsed; the body was still read.</summary>
    public const string BadFrontMatter = "IN006";

    /// <summary>The file's extension is not an article format (.txt, .md, .html).</summary>
    public const string UnsupportedFile = "IN007";

    /// <summary>The file has the same content as another article; it is analysed once.</summary>
    public const string DuplicateArticle = "IN008";

    /// <summary>Nothing was left to analyse after cleaning.</summary>
    public const string NoText = "IN009";

    /// <summary>A paragraph repeated word for word; the copy was folded into the first.</summary>
    public const string RepeatedParagraph = "IN010";

    /// <summary>A line of page furniture (share counter, donation bar, payment details, navigation) was dropped.</summary>
    public const string Boilerplate = "IN011";

    /// <summary>A page tail (comment form, "Leave a Reply", appeal for donations) was dropped.</summary>
    public const string Tail = "IN012";

    /// <summary>A line in another script or language was set aside, kept but not analysed.</summary>
    public const string OtherLanguage = "IN013";

    /// <summary>The article's language differs from the language the rules are written for.</summary>
    public const string ArticleLanguage = "IN014";

    /// <summary>A Markdown code block or raw HTML block was left out: it is not prose.</summary>
    public const string NotProse = "IN015";

    /// <summary>A sentence repeated word for word within an article (a caption printed twice); folded.</summary>
    public const string RepeatedSentence = "SE001";

    /// <summary>The corpus folder holds no article.</summary>
    public const string EmptyCorpus = "CO001";

    /// <summary>The parties file is not valid YAML or not a mapping with a 'parties' list; it is ignored and the built-in lexicon used alone.</summary>
    public const string BadPartiesFile = "PA001";

    /// <summary>An entry or key of the parties file is malformed (no name, wrong type, unknown key, an alias text can never match); that part is skipped.</summary>
    public const string BadPartyEntry = "PA002";

    /// <summary>A party or an alias is given twice in the parties file; the first is kept.</summary>
    public const string DuplicateParty = "PA003";

    /// <summary>The 'side' entries of the parties file form a cycle; the sides on it are ignored.</summary>
    public const string PartySideCycle = "PA004";

    /// <summary>The parties file exists but could not be read; the built-in lexicon is used alone.</summary>
    public const string UnreadablePartiesFile = "PA005";
}
