using System.Text.Json;
using Contradictions.Tests.Review;
using Contradictions.Tests.Support;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Pipeline;

/// <summary>
/// A re-run reuses what the state kept: claims of unchanged articles, and the grouping model,
/// to which an added article is assigned. What it reports must be what a clean run of the
/// same corpus reports.
/// </summary>
public sealed class IncrementalTests
{
    [Fact]
    public void An_added_article_joins_the_kept_incident_and_the_report_matches_a_clean_run()
    {
        using var corpus = new TempCorpus();
        FrontierBatches.Add(corpus, "a-", "c-", "d-");
        Run(corpus).Output.ShouldContain("grouping full: no grouping was kept");

        // The other side's account of the Kupwara shelling arrives.
        FrontierBatches.Add(corpus, "b-");
        var run = Run(corpus);
        run.Output.ShouldContain("claims: 1 articles read, 3 kept from the last run");
        run.Output.ShouldContain("grouping incremental: 1 new article assigned to the kept incidents");
        var incremental = CliRun.ReadReport(corpus.Reports);
        var kupwara = incremental.GetProperty("incidents").EnumerateArray()
            .Single(i => i.GetProperty("places").EnumerateArray().Any(p => p.GetString() == "Kupwara"));
        kupwara.GetProperty("change").GetString().ShouldBe("grew");
        kupwara.GetProperty("articles").GetArrayLength().ShouldBe(2);
        FrontierBatches.Conflict(incremental, "blame", "Kupwara").GetProperty("change").GetString().ShouldBe("new");

        using var clean = new TempCorpus();
        FrontierBatches.Add(clean, "a-", "b-", "c-", "d-");
        Run(clean).Output.ShouldContain("grouping full");
        Comparable(corpus).ShouldBe(Comparable(clean));
    }

    /// <summary>
    /// Same result both ways: each corpus analysed at once, and analysed without its last
    /// article and then re-run with it, gives the same report. The re-run takes the path the
    /// change calls for: in the non-state corpus the last article makes Hezbollah a party
    /// (it then speaks in two articles), so every article's claims are read again and the
    /// corpus is grouped in full. (In the Sudan corpus the RSF is found from the first two
    /// articles already — "RSF fighters" and "the RSF said" — so its last article is assigned.)
    /// </summary>
    [Theory]
    [InlineData("seeds", "incremental")]
    [InlineData("frontier", "incremental")]
    [InlineData("nonstate", "full")]
    [InlineData("dam", "incremental")]
    [InlineData("sudan", "incremental")]
    [InlineData("valley", "incremental")]
    [InlineData("temple", "incremental")]
    [InlineData("station", "incremental")]
    public void A_clean_run_and_an_incremental_run_give_the_same_report(string corpusName, string grouping)
    {
        using var clean = Corpus(corpusName, out var files);
        Run(clean);

        using var incremental = new TempCorpus();
        foreach (var parties in Directory.GetFiles(clean.Corpus, "parties.yml"))
        {
            File.Copy(parties, Path.Combine(incremental.Corpus, "parties.yml"));
        }

        foreach (var file in files.SkipLast(1))
        {
            File.Copy(file, Path.Combine(incremental.Corpus, Path.GetFileName(file)));
        }

        Run(incremental);
        File.Copy(files[^1], Path.Combine(incremental.Corpus, Path.GetFileName(files[^1])));
        Run(incremental).Output.ShouldContain($"; grouping {grouping}: ");

        Comparable(incremental).ShouldBe(Comparable(clean));
    }

    [Fact]
    public void Too_many_added_articles_group_the_whole_corpus_again()
    {
        using var corpus = new TempCorpus();
        FrontierBatches.Add(corpus, "a-", "c-");
        Run(corpus);

        FrontierBatches.Add(corpus, "b-", "d-");
        var run = Run(corpus);

        run.Output.ShouldContain("grouping full: 2 articles added since the last full grouping of 2");
        using var clean = new TempCorpus();
        FrontierBatches.Add(clean, "a-", "b-", "c-", "d-");
        Run(clean);
        Comparable(corpus).ShouldBe(Comparable(clean));
    }

    [Fact]
    public void Regroup_groups_the_whole_corpus_even_for_one_added_article()
    {
        using var corpus = new TempCorpus();
        FrontierBatches.Add(corpus, "a-", "c-", "d-");
        Run(corpus);
        FrontierBatches.Add(corpus, "b-");

        Run(corpus, "--regroup").Output.ShouldContain("grouping full: --regroup was given");
    }

    [Fact]
    public void A_nothing_changed_rerun_reads_no_claims_and_reports_the_same()
    {
        using var corpus = new TempCorpus().WithSeeds();
        Run(corpus);
        var first = Comparable(corpus);

        var again = Run(corpus);

        again.Output.ShouldContain("claims: 0 articles read, 5 kept from the last run; grouping incremental: 0 new articles");
        Comparable(corpus).ShouldBe(first);
    }

    [Fact]
    public void Damaged_kept_claims_and_grouping_are_read_again_and_the_report_matches_a_clean_run()
    {
        using var corpus = new TempCorpus().WithSeeds();
        Run(corpus);

        // Bytes that are not what was written: counts past the end, truncated records.
        using (var state = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={corpus.StatePath};Pooling=False"))
        {
            state.Open();
            using var damage = state.CreateCommand();
            damage.CommandText = """
                UPDATE article_claims SET claims = x'FFFFFF7F0100', discovery = substr(discovery, 1, 7), lookups = x'05000000';
                UPDATE grouping_parts SET data = x'02000000FFFFFF7F';
                """;
            damage.ExecuteNonQuery();
        }

        var run = Run(corpus);

        run.Output.ShouldContain("claims: 5 articles read, 0 kept from the last run");
        run.Output.ShouldContain("grouping full: no grouping was kept");
        using var clean = new TempCorpus().WithSeeds();
        Run(clean);
        Comparable(corpus).ShouldBe(Comparable(clean));
    }

    [Fact]
    public void An_added_article_rewrites_only_the_grouping_parts_it_changed()
    {
        using var corpus = new TempCorpus();
        FrontierBatches.Add(corpus, "a-", "c-", "d-");
        Run(corpus);
        var before = GroupingParts(corpus);
        before.Keys.ShouldContain("featurizer");
        before.Keys.Count(k => k.StartsWith("cluster:", StringComparison.Ordinal)).ShouldBeGreaterThan(1);

        FrontierBatches.Add(corpus, "b-");
        Run(corpus).Output.ShouldContain("grouping incremental: 1 new article assigned");
        var after = GroupingParts(corpus);

        // The fitted weights and the kept articles' vectors are not written again; the head is,
        // and of the clusters only the one the article joined.
        after["featurizer"].ShouldBe(before["featurizer"]);
        foreach (var (part, data) in before.Where(p => p.Key.StartsWith("background:", StringComparison.Ordinal)))
        {
            after[part].ShouldBe(data);
        }

        after["head"].ShouldNotBe(before["head"]);
        var clusters = before.Keys.Where(k => k.StartsWith("cluster:", StringComparison.Ordinal)).ToList();
        clusters.Count(k => !after[k].SequenceEqual(before[k])).ShouldBe(1);
    }

    [Fact]
    public void A_missing_grouping_part_groups_the_whole_corpus_again_like_a_clean_run()
    {
        using var corpus = new TempCorpus();
        FrontierBatches.Add(corpus, "a-", "c-", "d-");
        Run(corpus);
        using (var state = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={corpus.StatePath};Pooling=False"))
        {
            state.Open();
            using var damage = state.CreateCommand();
            damage.CommandText = "DELETE FROM grouping_parts WHERE part = 'cluster:0'";
            damage.ExecuteNonQuery();
        }

        FrontierBatches.Add(corpus, "b-");
        Run(corpus).Output.ShouldContain("grouping full: no grouping was kept");
        using var clean = new TempCorpus();
        FrontierBatches.Add(clean, "a-", "b-", "c-", "d-");
        Run(clean);
        Comparable(corpus).ShouldBe(Comparable(clean));
    }

    [Fact]
    public void Editing_the_parties_file_reads_every_article_again_like_a_clean_run()
    {
        using var corpus = new TempCorpus().WithSeeds();
        var parties = Path.Combine(corpus.Corpus, "parties.yml");
        File.Copy(Path.Combine(RepoPaths.SeedCorpus, "parties.yml"), parties);
        Run(corpus);

        // Without the parties file, the seeds' articles are read with the built-in lexicon alone.
        File.Delete(parties);
        var run = Run(corpus);

        run.Output.ShouldContain("claims: 5 articles read, 0 kept");
        run.Output.ShouldContain("grouping full: the claims of an article grouped last time were read again");
        using var clean = new TempCorpus().WithSeeds();
        Run(clean);
        Comparable(corpus).ShouldBe(Comparable(clean));
    }

    [Fact]
    public void A_person_tied_to_a_party_by_a_new_article_is_known_in_the_kept_ones_too()
    {
        // The first article names the speaker bare; only the second says whose minister she is.
        using var corpus = new TempCorpus();
        corpus.Write("a-coast.md", "---\ntitle: Harbour strike\npublished: 2025-02-03\n---\n\nHarbour strike\n\n" +
            "Ten people were killed when drones struck the harbour at Port Selin on Sunday, Okonjo said.\n\n" +
            "Okonjo said the attack was launched by Chad.\n");
        corpus.Write("b-inland.md", "---\ntitle: Fuel depot fire\npublished: 2025-02-03\n---\n\nFuel depot fire\n\n" +
            "A fuel depot burned at Marsa on Sunday after a night of shelling.\n");
        Run(corpus);
        Speaker(CliRun.ReadReport(corpus.Reports), "Okonjo").ShouldBeNull();

        corpus.Write("c-capital.md", "---\ntitle: Minister speaks\npublished: 2025-02-04\n---\n\nMinister speaks\n\n" +
            "Nigerian Foreign Minister Grace Okonjo told reporters in Abuja on Monday that talks would resume.\n");
        var run = Run(corpus);

        // The new article and the one that looked "Okonjo" up are read again; the third is kept.
        run.Output.ShouldContain("claims: 2 articles read, 1 kept from the last run");
        var report = CliRun.ReadReport(corpus.Reports);
        Speaker(report, "Okonjo").ShouldBe("Nigeria");
        using var clean = new TempCorpus();
        foreach (var file in Directory.GetFiles(corpus.Corpus, "*.md"))
        {
            File.Copy(file, Path.Combine(clean.Corpus, Path.GetFileName(file)));
        }

        Run(clean);
        Comparable(corpus).ShouldBe(Comparable(clean));
    }

    /// <summary>The party of the first timeline claim whose speaker is <paramref name="name"/> (null: none).</summary>
    private static string? Speaker(JsonElement report, string name)
    {
        var entry = report.GetProperty("incidents").EnumerateArray().SelectMany(i => i.GetProperty("timeline").EnumerateArray())
            .First(e => e.GetProperty("speaker").GetString()!.Contains(name, StringComparison.Ordinal));
        return entry.GetProperty("party").ValueKind == JsonValueKind.String ? entry.GetProperty("party").GetString() : null;
    }

    /// <summary>A corpus of the repository (the seeds with their parties file, or a test corpus), and its article files in name order.</summary>
    private static TempCorpus Corpus(string name, out List<string> files)
    {
        var corpus = new TempCorpus();
        var source = name == "seeds" ? RepoPaths.SeedCorpus : Path.Combine(RepoPaths.Cases("Corpora"), name);
        files = [.. Directory.GetFiles(source, name == "seeds" ? "*.txt" : "*-*.md").Order(StringComparer.Ordinal)];
        foreach (var file in files)
        {
            File.Copy(file, Path.Combine(corpus.Corpus, Path.GetFileName(file)));
        }

        if (name == "seeds")
        {
            // Every run of the seeds reads the same parties file.
            File.Copy(Path.Combine(RepoPaths.SeedCorpus, "parties.yml"), Path.Combine(corpus.Corpus, "parties.yml"));
        }

        return corpus;
    }

    /// <summary>The parts of the grouping model the state file holds, by name.</summary>
    private static Dictionary<string, byte[]> GroupingParts(TempCorpus corpus)
    {
        using var state = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={corpus.StatePath};Pooling=False;Mode=ReadOnly");
        state.Open();
        using var select = state.CreateCommand();
        select.CommandText = "SELECT part, data FROM grouping_parts";
        using var reader = select.ExecuteReader();
        var parts = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        while (reader.Read())
        {
            parts[reader.GetString(0)] = (byte[])reader.GetValue(1);
        }

        return parts;
    }

    /// <summary>The corpus's report.json without what depends on the run's history or on where the corpus lies.</summary>
    private static string Comparable(TempCorpus corpus) =>
        ReportHistory.Without(CliRun.ReadReport(corpus.Reports)).Replace(corpus.Corpus, "CORPUS", StringComparison.Ordinal);

    private static CliRun Run(TempCorpus corpus, params string[] extra)
    {
        var run = CliRun.Of(["analyze", corpus.Corpus, "--out", corpus.Reports, .. extra]);
        run.ExitCode.ShouldBe(0, run.Error);
        return run;
    }
}
