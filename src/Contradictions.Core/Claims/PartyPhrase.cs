namespace Contradictions.Claims;

/// <summary>A phrase that names a party (or, when <see cref="Blocks"/>, a phrase that must not be read as one), as word ids.</summary>
internal sealed class PartyPhrase(int[] words, string party, PartyMentionKind kind, bool takesArticle, bool ambiguous, bool blocks)
{
    /// <summary>The phrase's word ids, in order.</summary>
    public int[] Words { get; } = words;

    /// <summary>The canonical party.</summary>
    public string Party { get; } = party;

    /// <summary>How the phrase names the party.</summary>
    public PartyMentionKind Kind { get; } = kind;

    /// <summary>True when an article before the phrase belongs to the mention ("the Netherlands").</summary>
    public bool TakesArticle { get; } = takesArticle;

    /// <summary>True when the phrase is also a person's name or starts other proper names ("Chad", "Jordan").</summary>
    public bool Ambiguous { get; } = ambiguous;

    /// <summary>True for a phrase that is not a party ("Latin America"): it is matched only to be skipped.</summary>
    public bool Blocks { get; } = blocks;

    /// <summary>True when the phrase can be the X of "X's HEAD" or "HEAD of X": a name, a capital or an alias, not a demonym.</summary>
    public bool CanOwn => !Blocks && Kind is PartyMentionKind.Country or PartyMentionKind.Capital or PartyMentionKind.Alias;

    /// <summary>True when the phrase can be the X of "the X HEAD": any party phrase but a named institution.</summary>
    public bool CanModify => !Blocks && Kind != PartyMentionKind.Institution;
}
