using System.Text.Json;
using System.Text.Json.Serialization;
using Contradictions.Pipeline;
using Contradictions.Tests.Support;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Pipeline;

/// <summary>
/// The state keeps claims in a binary form; what is read back must be exactly what was read
/// from the text — every field of every claim, date, place and party of real articles.
/// </summary>
public sealed class ClaimsCodecTests
{
    private static readonly JsonSerializerOptions Json = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    [Theory]
    [InlineData("seeds")]
    [InlineData("frontier")]
    [InlineData("nonstate")]
    [InlineData("dam")] // claims with their own speaker in one sentence
    public void Claims_read_back_from_the_state_equal_the_claims_read_from_the_text(string corpusName)
    {
        using var corpus = new TempCorpus();
        if (corpusName == "seeds")
        {
            corpus.WithSeeds();
            File.Copy(Path.Combine(RepoPaths.SeedCorpus, "parties.yml"), Path.Combine(corpus.Corpus, "parties.yml"));
        }
        else
        {
            foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Cases("Corpora"), corpusName), "*-*.md"))
            {
                File.Copy(file, Path.Combine(corpus.Corpus, Path.GetFileName(file)));
            }
        }

        var result = new CorpusAnalyzer(TimeProvider.System).Analyze(AnalyzeOptions.Default with { Corpus = corpus.Corpus });
        var claims = result.Articles.SelectMany(a => a.Claims).SelectMany(s => s.Claims).ToList();
        claims.ShouldContain(c => c.Figure != null);
        claims.ShouldContain(c => c.Accusation != null);
        result.Articles.SelectMany(a => a.Claims).ShouldContain(s => s.Dates.Length > 0 && s.Places.Length > 0);

        foreach (var article in result.Articles)
        {
            var decoded = ClaimsCodec.DecodeClaims(ClaimsCodec.Encode(article.Claims));
            JsonSerializer.Serialize(decoded, Json).ShouldBe(JsonSerializer.Serialize(article.Claims, Json), article.DisplayPath);
        }
    }

    [Fact]
    public void Discovery_evidence_and_names_read_back_unchanged()
    {
        var evidence = new Contradictions.Claims.DiscoveryEvidence(["Hezbollah"], new() { ["RSF"] = 2 }, ["Lohan"], new() { ["Beirut"] = 3 }, ["Kenyan"],
            new() { ["RSF"] = "Rapid Support Forces" });
        JsonSerializer.Serialize(ClaimsCodec.DecodeEvidence(ClaimsCodec.Encode(evidence))).ShouldBe(JsonSerializer.Serialize(evidence));

        var names = new Dictionary<string, string?> { ["Barre"] = "Somalia", ["Okonjo"] = null };
        ClaimsCodec.DecodeNames(ClaimsCodec.Encode(names)).ShouldBe(names);
    }
}
