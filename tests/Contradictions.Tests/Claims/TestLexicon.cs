using Contradictions.Claims;

namespace Contradictions.Tests.Claims;

/// <summary>The real party lexicon: the built-in gazetteer, plus a parties file when a case has one.</summary>
internal static class TestLexicon
{
    public static PartyLexicon For(string? partiesFile) =>
        partiesFile is null ? PartyLexicon.Default : PartyLexicon.Create(PartiesFile.Load(partiesFile).Config);
}
