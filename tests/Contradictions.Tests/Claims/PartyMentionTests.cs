using System.Text;
using Contradictions.Claims;
using Contradictions.Sentences;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Claims;

/// <summary>
/// Party mentions as files: each <c>Cases/Parties/NNN-name.txt</c> holds sentences and the
/// mentions a careful reader finds in them (see Cases/Parties/README.md); a
/// <c>NNN-name.parties.yml</c> beside it is loaded as the user's parties file.
/// </summary>
public sealed class PartyMentionTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var name in PartyCase.Names())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_the_mentions_the_case_file_lists(string caseName)
    {
        var testCase = PartyCase.Load(caseName);
        var lexicon = PartyLexicon.Default;
        if (testCase.PartiesFile is { } partiesFile)
        {
            var loaded = PartiesFile.Load(partiesFile);
            loaded.Diagnostics.ShouldBeEmpty($"{caseName}: its parties file has problems");
            lexicon = PartyLexicon.Create(loaded.Config);
        }

        var failures = new StringBuilder();
        foreach (var block in testCase.Blocks)
        {
            var mentions = lexicon.Find(block.Sentence);
            var actual = new List<string>();
            foreach (var mention in mentions)
            {
                // Spans are offsets into the sentence and must quote it exactly.
                block.Sentence.Substring(mention.Span.Start, mention.Span.Length).ShouldBe(mention.Text, $"{caseName} line {block.Line}");
                actual.Add(PartyCase.Render(mention));
            }

            if (!actual.SequenceEqual(block.Expected, StringComparer.Ordinal))
            {
                failures.Append($"{caseName} line {block.Line}: {block.Sentence}\n  expected:\n");
                foreach (var line in block.Expected)
                {
                    failures.Append("    ").Append(line).Append('\n');
                }

                failures.Append("  actual:\n");
                foreach (var line in actual)
                {
                    failures.Append("    ").Append(line).Append('\n');
                }
            }
        }

        if (failures.Length > 0)
        {
            Assert.Fail(failures.ToString());
        }
    }

    [Fact]
    public void There_are_enough_cases_to_mean_something()
    {
        // Guards against the case files not being copied beside the test assembly, which would
        // leave the theory above with nothing to run.
        PartyCase.Names().Count().ShouldBeGreaterThanOrEqualTo(40);
    }

    [Fact]
    public void Side_of_follows_the_parties_file_and_keeps_allies_distinct()
    {
        var yaml = """
            parties:
              - name: Northland Defense Army
                aliases: [NDA]
                side: Northland Republic
              - name: Northland Republic
                side: Canada
              - name: the US
                backs: [Canada]
            """;
        var loaded = PartiesFile.Parse(yaml, "parties.yml");
        loaded.Diagnostics.ShouldBeEmpty();
        var lexicon = PartyLexicon.Create(loaded.Config);

        lexicon.SideOf("Northland Defense Army").ShouldBe("Canada", "a side is followed to the end of its chain");
        lexicon.SideOf("Northland Republic").ShouldBe("Canada");
        lexicon.SideOf("Canada").ShouldBe("Canada", "a party with no side is its own side");
        lexicon.SideOf("United States").ShouldBe("United States", "an ally is kept distinct");
        lexicon.Backs("United States").ShouldBe(["Canada"]);
        lexicon.SideOf("Mexico").ShouldBe("Mexico");
        PartyLexicon.Default.SideOf("Northland Republic").ShouldBe("Northland Republic");
    }

    [Fact]
    public void Spans_are_relative_to_the_sentence_and_possessives_stay_outside()
    {
        var mention = PartyLexicon.Default.Find("Yesterday Armenia’s borders moved.").ShouldHaveSingleItem();

        mention.ShouldBe(new PartyMention(new TextSpan(10, 7), "Armenia", "Armenia", PartyMentionKind.Country));
    }

    [Fact]
    public void A_sentence_longer_than_the_stack_buffer_gives_the_same_mentions()
    {
        var filler = string.Concat(Enumerable.Repeat("the talks went on for hours without result, ", 40));
        var sentence = "Baku said " + filler + "and Yerevan's envoy left.";

        var mentions = PartyLexicon.Default.Find(sentence);

        sentence.Length.ShouldBeGreaterThan(1000);
        mentions.Select(m => m.Text).ShouldBe(["Baku", "Yerevan's envoy"]);
        mentions[1].Span.Start.ShouldBe(sentence.IndexOf("Yerevan", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_sentence_has_no_mentions_and_null_is_refused()
    {
        PartyLexicon.Default.Find(string.Empty).ShouldBeEmpty();
        Should.Throw<ArgumentNullException>(() => PartyLexicon.Default.Find(null!));
        Should.Throw<ArgumentNullException>(() => PartyLexicon.Default.SideOf(null!));
    }
}
