using Contradictions.Comparison;
using Contradictions.Pipeline;
using Contradictions.Tests.Support;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Comparison;

/// <summary>
/// A toll a side gives for the incident itself — naming neither whose dead they were nor a
/// place ("officials said 14 people had died") — is compared with the other side's toll of the
/// same incident; an outlet's own unattributed count is not.
/// </summary>
public sealed class IncidentTollTests
{
    // One side's account of the shelling: 14 killed, naming no owner and, in that sentence, no place.
    private const string North = "---\ntitle: Shells hit market in border town\noutlet: Northern Courier\npublished: 2023-05-14\n---\n\n" +
        "Shells hit market in border town\n\n" +
        "Artillery shells struck the central market of Ruvuma on Sunday morning, Tanzania's defence ministry said.\n\n" +
        "Tanzania's defence ministry said 14 people were killed and dozens wounded.\n";

    [Fact]
    public void Two_sides_tolls_naming_no_owner_and_no_place_contradict_each_other()
    {
        using var corpus = new TempCorpus();
        corpus.Write("north.md", North);
        corpus.Write("south.md", "---\ntitle: Mozambique rejects market shelling account\noutlet: Southern Ledger\npublished: 2023-05-14\n---\n\n" +
            "Mozambique rejects market shelling account\n\n" +
            "Mozambique's army said on Sunday that shells fell on the market of Ruvuma during an exchange of fire.\n\n" +
            "Mozambique's army said three people had died.\n");

        var result = new CorpusAnalyzer(TimeProvider.System).Analyze(AnalyzeOptions.Default with { Corpus = corpus.Corpus });

        var incident = result.Incidents.ShouldHaveSingleItem();
        var toll = incident.Conflicts.Where(c => c.Kind == ConflictKind.Figure).ShouldHaveSingleItem();
        toll.Severity.ShouldBe(Severity.Contradiction);
        toll.IsRevision.ShouldBeFalse();
        toll.Quantity.ShouldBe("people killed in this incident");
        toll.Why.ShouldContain("[3, 3] (Mozambique) vs [14, 14] (Tanzania)");
        toll.Accounts.Select(a => a.Party).ShouldBe(["Mozambique", "Tanzania"]);
    }

    [Fact]
    public void A_sides_toll_naming_no_place_joins_the_one_place_the_other_tolls_name()
    {
        // "about 30 people were killed" (the army, no place) and "at least 100 people … in Kalay"
        // (an opposition body speaking through the outlet) are one toll of the incident.
        using var corpus = new TempCorpus();
        corpus.Write("north.md", "---\ntitle: Air strike on village kills scores\noutlet: Hill Courier\npublished: 2023-04-12\n---\n\n" +
            "Air strike on village kills scores\n\n" +
            "Jets bombed a crowd gathered for a ceremony in Kalay on Tuesday, killing at least 100 people, the opposition council said.\n");
        corpus.Write("south.md", "---\ntitle: Army says village strike hit a rebel ceremony\noutlet: Capital Herald\npublished: 2023-04-12\n---\n\n" +
            "Army says village strike hit a rebel ceremony\n\n" +
            "Myanmar's army said its jets struck a rebel ceremony at the village of Kalay on Tuesday.\n\n" +
            "Myanmar's army said about 30 people were killed.\n");

        var result = new CorpusAnalyzer(TimeProvider.System).Analyze(AnalyzeOptions.Default with { Corpus = corpus.Corpus });

        var toll = result.Incidents.ShouldHaveSingleItem().Conflicts.Where(c => c.Kind == ConflictKind.Figure).ShouldHaveSingleItem();
        toll.Severity.ShouldBe(Severity.Contradiction);
        toll.Quantity.ShouldBe("people killed in Kalay");
        toll.Accounts.Select(a => a.Party).ShouldBe(["Myanmar", "outlet: Hill Courier"]);
    }

    [Fact]
    public void Fighters_killed_are_not_joined_to_a_soldier_killed_at_the_place()
    {
        // "killing a soldier" in Kismayo and "about 30 militants were killed" (no place) count
        // different sides' combatants: no revision from 1 to 30, no comparison.
        using var corpus = new TempCorpus();
        corpus.Write("army.md", "---\ntitle: Soldier killed in Kismayo clash\noutlet: Coast Herald\npublished: 2024-02-03\n---\n\n" +
            "Soldier killed in Kismayo clash\n\n" +
            "Kenya's army said gunmen of the Jubaland Front opened fire on its troops in Kismayo, killing a soldier.\n\n" +
            "It said it had struck the Front's positions in response.\n\n" +
            "Kenyan officials said about 30 militants were killed in the strikes.\n");

        var result = new CorpusAnalyzer(TimeProvider.System).Analyze(AnalyzeOptions.Default with { Corpus = corpus.Corpus });

        result.Incidents.SelectMany(i => i.Conflicts).ShouldNotContain(c => c.Kind == ConflictKind.Figure);
    }

    [Fact]
    public void An_outlets_own_toll_is_not_set_against_a_sides_toll_of_the_incident()
    {
        using var corpus = new TempCorpus();
        corpus.Write("north.md", North);
        corpus.Write("wire.md", "---\ntitle: Market shelled in border town\noutlet: Lake Wire\npublished: 2023-05-14\n---\n\n" +
            "Market shelled in border town\n\n" +
            "Shells fell on the central market of Ruvuma on Sunday morning during an exchange of fire.\n\n" +
            "At least nine people were killed.\n");

        var result = new CorpusAnalyzer(TimeProvider.System).Analyze(AnalyzeOptions.Default with { Corpus = corpus.Corpus });

        result.Incidents.ShouldHaveSingleItem().Conflicts.ShouldNotContain(c => c.Kind == ConflictKind.Figure);
    }
}
