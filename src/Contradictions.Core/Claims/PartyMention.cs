using Contradictions.Sentences;

namespace Contradictions.Claims;

/// <summary>
/// A phrase in a sentence that names a party: a country ("Kenya"), its demonym or
/// adjective ("Kenyan", "Somali"), its capital used for its government ("Nairobi"), an
/// institution of it ("the Somali Defense Ministry"), or an alias from the parties file.
/// </summary>
/// <param name="Span">Where the phrase stands in the sentence text (offsets relative to the sentence).</param>
/// <param name="Text">The phrase as written.</param>
/// <param name="Party">The canonical party name: a country's short English name, or a side named in the parties file.</param>
/// <param name="Kind">How the phrase names the party.</param>
public sealed record PartyMention(TextSpan Span, string Text, string Party, PartyMentionKind Kind);
