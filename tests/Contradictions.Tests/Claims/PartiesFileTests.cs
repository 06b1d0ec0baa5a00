using Contradictions.Claims;
using Contradictions.Diagnostics;
using Contradictions.Tests.Support;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Claims;

/// <summary>Reading the user's parties file: the format, and bad input as warnings.</summary>
public sealed class PartiesFileTests
{
    [Fact]
    public void A_malformed_parties_file_is_a_warning_with_its_line_and_the_built_in_lexicon_still_works()
    {
        var yaml = "parties:\n  - name: Artsakh\n    aliases: [Karabakh Defense Army\n  - name: Azerbaijan\n";
        var path = Path.Combine(Path.GetTempPath(), $"parties-{Guid.NewGuid():N}.yml");
        File.WriteAllText(path, yaml);
        try
        {
            var loaded = PartiesFile.Load(path);

            var warning = loaded.Diagnostics.ShouldHaveSingleItem();
            warning.Severity.ShouldBe(DiagnosticSeverity.Warning);
            warning.Code.ShouldBe(DiagnosticCodes.BadPartiesFile);
            warning.Path.ShouldBe(path);
            warning.Line.ShouldBeInRange(3, 4);
            warning.Column.ShouldBeGreaterThan(0);
            loaded.Config.Parties.ShouldBeEmpty();

            var mentions = PartyLexicon.Create(loaded.Config).Find("Baku accused Yerevan of shelling.");
            mentions.Select(m => (m.Kind, m.Party)).ShouldBe([(PartyMentionKind.Capital, "Azerbaijan"), (PartyMentionKind.Capital, "Armenia")]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_parties_file_is_no_problem()
    {
        var loaded = PartiesFile.Load(Path.Combine(Path.GetTempPath(), $"absent-{Guid.NewGuid():N}", "parties.yml"));

        loaded.Diagnostics.ShouldBeEmpty();
        loaded.Config.ShouldBe(PartiesConfig.Empty);
    }

    [Fact]
    public void Bad_entries_are_warned_about_one_by_one_and_the_good_ones_kept()
    {
        var yaml = """
            parties:
              - name: Azerbaijan
                alias: [Azertac]
              - aliases: [Nameless]
              - just a string
              - name: Artsakh
                aliases: [Artsakh Defense Army, "Smith, John"]
                side: Armenia
              - name: Armenia
                side: Artsakh
              - name: Ruritania
                aliases: [Artsakh Defense Army]
            colour: blue
            """;

        var loaded = PartiesFile.Parse(yaml, "corpus/parties.yml");

        var codes = loaded.Diagnostics.Select(d => $"{d.Line}:{d.Code}").ToList();
        codes.ShouldBe(["3:PA002", "4:PA002", "5:PA002", "7:PA002", "11:PA003", "13:PA002", "6:PA004", "9:PA004"]);
        loaded.Diagnostics.ShouldAllBe(d => d.Severity == DiagnosticSeverity.Warning && d.Path == "corpus/parties.yml");
        loaded.Config.Parties.Select(p => p.Name).ShouldBe(["Azerbaijan", "Artsakh", "Armenia", "Ruritania"]);
        loaded.Config.Parties[1].Aliases.ShouldBe(["Artsakh Defense Army"]);
        loaded.Config.Parties[1].Side.ShouldBeNull("a cycle of sides is dropped");
        loaded.Config.Parties[3].Aliases.ShouldBeEmpty();
    }

    [Fact]
    public void The_seed_corpus_parties_file_loads_cleanly()
    {
        var loaded = PartiesFile.Load(Path.Combine(RepoPaths.SeedCorpus, PartiesFile.FileName));

        loaded.Diagnostics.ShouldBeEmpty();
        loaded.Config.Parties.ShouldNotBeEmpty();
    }

    [Fact]
    public void An_empty_file_is_an_empty_config_without_warnings()
    {
        var loaded = PartiesFile.Parse("# nothing yet\n", "parties.yml");

        loaded.Diagnostics.ShouldBeEmpty();
        loaded.Config.Parties.ShouldBeEmpty();
    }

    [Fact]
    public void A_file_that_is_a_list_instead_of_a_mapping_is_one_warning()
    {
        var loaded = PartiesFile.Parse("- Azerbaijan\n- Armenia\n", "parties.yml");

        var warning = loaded.Diagnostics.ShouldHaveSingleItem();
        warning.Code.ShouldBe(DiagnosticCodes.BadPartiesFile);
        warning.Line.ShouldBe(1);
        warning.ToString().ShouldStartWith("parties.yml(1,1): warning PA001:");
    }
}
