using Contradictions.Claims;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Claims;

/// <summary>The built-in gazetteer and its data format.</summary>
public sealed class CountryGazetteerTests
{
    [Fact]
    public void The_gazetteer_lists_the_world_and_every_row_parses()
    {
        var gazetteer = CountryGazetteer.Builtin;

        gazetteer.Entries.Length.ShouldBeGreaterThanOrEqualTo(190);
        foreach (var entry in gazetteer.Entries)
        {
            entry.Name.ShouldNotBeNullOrWhiteSpace();
            // Every name the gazetteer lists is found as that country in a plain sentence.
            var sentence = $"Officials in {CountryGazetteer.WithoutArticle(entry.Name)} said so.";
            PartyLexicon.Default.Find(sentence).ShouldContain(m => m.Party == entry.Name, $"{entry.Name} (line {entry.Line})");
        }
    }

    [Fact]
    public void A_malformed_gazetteer_row_is_reported_with_its_line()
    {
        var data = "# comment\nArmenia\tRepublic of Armenia\tArmenian\tYerevan\t\nBroken row\twith three\tcolumns\n";

        var error = Should.Throw<InvalidDataException>(() => CountryGazetteer.Parse(new StringReader(data), "test.tsv"));

        error.Message.ShouldStartWith("test.tsv(3):");
    }

    [Fact]
    public void A_form_given_to_two_countries_is_rejected()
    {
        var data = "Aland\t\tAlandic\tMarien\t\nBeland\t\tAlandic\tBeltown\t\n";

        Should.Throw<InvalidDataException>(() => CountryGazetteer.Parse(new StringReader(data), "test.tsv"))
            .Message.ShouldContain("Alandic");
    }

    [Fact]
    public void Names_and_aliases_resolve_to_the_canonical_name_in_any_case()
    {
        var gazetteer = CountryGazetteer.Builtin;

        gazetteer.TryGetName("the US", out var us).ShouldBeTrue();
        us.ShouldBe("United States");
        gazetteer.TryGetName("türkiye", out var turkey).ShouldBeTrue();
        turkey.ShouldBe("Turkey");
        gazetteer.TryGetName("Azeri", out _).ShouldBeFalse("a demonym is not a name");
    }
}
