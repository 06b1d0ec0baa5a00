using System.Diagnostics;
using Contradictions.Tests.Support;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Review;

/// <summary>
/// A reviewer's decisions are kept across runs, shown in every report, flagged when the
/// evidence changes, and survive a rebuild through export and import; articles arriving in
/// batches keep incident and conflict ids, and end in the same report as a clean run.
/// </summary>
public sealed class ReviewTests
{
    [Fact]
    public void Decisions_and_ids_last_as_articles_arrive_in_three_batches()
    {
        using var corpus = new TempCorpus();
        FrontierBatches.Add(corpus, "a-");
        Analyze(corpus).GetProperty("incidents").GetArrayLength().ShouldBe(1);

        // Batch 2: the other side's account of the same shelling.
        FrontierBatches.Add(corpus, "b-");
        var second = Analyze(corpus);
        var blame = FrontierBatches.Conflict(second, "blame", "Kupwara");
        blame.GetProperty("change").GetString().ShouldBe("new");
        var kupwara = second.GetProperty("incidents").EnumerateArray().Single();
        kupwara.GetProperty("change").GetString().ShouldBe("grew");
        var id = blame.GetProperty("id").GetString()!;
        CliRun.Of("review", id, "--dismiss", "--note", "both sides blame each other every time", "--corpus", corpus.Corpus).ExitCode.ShouldBe(0);

        // Batch 3: another incident's articles.
        FrontierBatches.Add(corpus, "c-", "d-");
        var third = Analyze(corpus);
        var kept = FrontierBatches.Conflict(third, "blame", "Kupwara");
        kept.GetProperty("id").GetString().ShouldBe(id);
        kept.GetProperty("change").GetString().ShouldBe("unchanged");
        var review = kept.GetProperty("review");
        review.GetProperty("status").GetString().ShouldBe("dismissed");
        review.GetProperty("note").GetString().ShouldBe("both sides blame each other every time");
        review.GetProperty("evidenceChanged").GetBoolean().ShouldBeFalse();
        var sialkot = third.GetProperty("incidents").EnumerateArray().Single(i => i.GetProperty("places").EnumerateArray().Any(p => p.GetString() == "Sialkot"));
        sialkot.GetProperty("change").GetString().ShouldBe("new");
        sialkot.GetProperty("conflicts").EnumerateArray().ShouldAllBe(c => c.GetProperty("change").GetString() == "new");
        third.GetProperty("summary").GetProperty("filesRead").GetInt32().ShouldBe(2);

        // A clean run of the final corpus says the same about incidents and conflicts.
        using var clean = new TempCorpus();
        FrontierBatches.Add(clean, "a-", "b-", "c-", "d-");
        FrontierBatches.Substance(Analyze(clean)).ShouldBe(FrontierBatches.Substance(third));

        // The HTML report shows the dismissed conflict collapsed, not gone.
        var page = Directory.GetFiles(corpus.Reports, "incident-*.html").Select(File.ReadAllText).Single(t => t.Contains(id, StringComparison.Ordinal));
        page.ShouldContain($"<details class=\"conflict contradiction\" id=\"{id}\">");
        page.ShouldContain("dismissed on");
    }

    [Fact]
    public void A_decision_is_flagged_when_its_evidence_changes()
    {
        using var corpus = new TempCorpus();
        FrontierBatches.Add(corpus, "c-", "d-");
        var first = Analyze(corpus);
        var figure = FrontierBatches.Conflict(first, "figure", "Sialkot").GetProperty("id").GetString()!;
        CliRun.Of("review", figure, "--confirm", "--corpus", corpus.Corpus).ExitCode.ShouldBe(0);

        corpus.Write("e-frontier-post.md", "---\ntitle: Second drone claim over Sialkot\npublished: 2024-05-19\n---\n\nSecond drone claim over Sialkot\n\n" +
            "Pakistan's army said on Saturday it had downed two Indian drones near Sialkot, not one.\n");
        var second = Analyze(corpus);
        var conflict = FrontierBatches.Conflict(second, "figure", "Sialkot");
        conflict.GetProperty("id").GetString().ShouldBe(figure);
        conflict.GetProperty("change").GetString().ShouldBe("changed");
        conflict.GetProperty("review").GetProperty("status").GetString().ShouldBe("confirmed");
        conflict.GetProperty("review").GetProperty("evidenceChanged").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public void Decisions_survive_a_rebuild_through_export_and_import()
    {
        using var corpus = new TempCorpus();
        FrontierBatches.Add(corpus, "a-", "b-");
        var id = FrontierBatches.Conflict(Analyze(corpus), "blame", "Kupwara").GetProperty("id").GetString()!;
        CliRun.Of("review", id, "--confirm", "--note", "checked", "--corpus", corpus.Corpus).ExitCode.ShouldBe(0);
        var exported = Path.Combine(corpus.Root, "decisions.json");
        CliRun.Of("export", "--out", exported, "--corpus", corpus.Corpus).ExitCode.ShouldBe(0);

        CliRun.Of("analyze", corpus.Corpus, "--out", corpus.Reports, "--rebuild").ExitCode.ShouldBe(0);
        FrontierBatches.Conflict(CliRun.ReadReport(corpus.Reports), "blame", "Kupwara").GetProperty("review").GetProperty("status").GetString().ShouldBe("open");

        CliRun.Of("import", exported, "--corpus", corpus.Corpus).ExitCode.ShouldBe(0);
        var review = FrontierBatches.Conflict(Analyze(corpus), "blame", "Kupwara").GetProperty("review");
        review.GetProperty("status").GetString().ShouldBe("confirmed");
        review.GetProperty("note").GetString().ShouldBe("checked");
    }

    [Theory]
    [InlineData("--confirm", "--dismiss")]
    [InlineData("--confirm", "--note")]
    public void Review_refuses_unclear_or_unknown_requests(string first, string second)
    {
        using var corpus = new TempCorpus();
        FrontierBatches.Add(corpus, "a-", "b-");
        Analyze(corpus);
        var args = second == "--note" ? new[] { "review", "cf-000000000000", first, "--note", "x", "--corpus", corpus.Corpus } : ["review", "cf-000000000000", first, second, "--corpus", corpus.Corpus];

        var run = CliRun.Of(args);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith("contradictions: ");
    }

    [Fact]
    public void Incidents_and_show_read_without_changing_what_the_next_run_calls_new()
    {
        using var corpus = new TempCorpus();
        FrontierBatches.Add(corpus, "a-", "b-", "c-", "d-");
        var report = Analyze(corpus);
        var kupwara = report.GetProperty("incidents").EnumerateArray().First().GetProperty("id").GetString()!;

        var list = CliRun.Of("incidents", "--corpus", corpus.Corpus);
        list.ExitCode.ShouldBe(0, list.Error);
        list.Output.ShouldContain(kupwara);
        var show = CliRun.Of("show", kupwara[..10], "--corpus", corpus.Corpus);
        show.ExitCode.ShouldBe(0, show.Error);
        show.Output.ShouldContain("why: ");
        show.Output.ShouldContain("CONTRADICTION");

        FrontierBatches.Add(corpus, "a-");
        var again = Analyze(corpus);
        again.GetProperty("summary").GetProperty("unchanged").GetInt32().ShouldBe(4);
    }

    [Fact]
    public void A_killed_run_loses_nothing_and_the_next_run_completes()
    {
        using var corpus = new TempCorpus();
        FrontierBatches.Add(corpus, "a-", "b-");
        var id = FrontierBatches.Conflict(Analyze(corpus), "blame", "Kupwara").GetProperty("id").GetString()!;
        CliRun.Of("review", id, "--dismiss", "--corpus", corpus.Corpus).ExitCode.ShouldBe(0);
        for (var n = 0; n < 400; n++)
        {
            corpus.Write($"filler-{n:D3}.txt", $"Council of Riverton{n} meets\n\nThe council of Riverton{n} met on Monday to discuss the budget for parks and libraries number {n}.\n");
        }

        // A real child process, killed while it reads.
        var cli = Path.Combine(AppContext.BaseDirectory, "contradictions.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { cli, "analyze", corpus.Corpus, "--out", corpus.Reports })
        {
            start.ArgumentList.Add(arg);
        }

        using (var child = Process.Start(start)!)
        {
            child.BeginOutputReadLine();
            string? line;
            while ((line = child.StandardError.ReadLine()) is not null && !line.StartsWith("[40/", StringComparison.Ordinal))
            {
            }

            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }

        var report = Analyze(corpus);
        report.GetProperty("summary").GetProperty("articles").GetInt32().ShouldBe(402);
        FrontierBatches.Conflict(report, "blame", "Kupwara").GetProperty("review").GetProperty("status").GetString().ShouldBe("dismissed");
    }

    [Fact]
    public void A_second_run_on_busy_state_stops_with_a_clear_message()
    {
        using var corpus = new TempCorpus();
        FrontierBatches.Add(corpus, "a-");
        Analyze(corpus);
        using var holder = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={corpus.StatePath};Pooling=False");
        holder.Open();
        using var transaction = holder.BeginTransaction(deferred: false);

        var error = Should.Throw<Contradictions.State.StateException>(() =>
            new Contradictions.Pipeline.CorpusAnalyzer(TimeProvider.System).Analyze(Contradictions.Pipeline.AnalyzeOptions.Default with
            {
                Corpus = corpus.Corpus,
                LockTimeout = TimeSpan.FromMilliseconds(300),
            }));
        error.Message.ShouldContain("in use by another contradictions run");
    }

    [Fact]
    public void An_article_that_sorts_first_and_joins_an_incident_keeps_its_ids_and_decisions()
    {
        using var corpus = new TempCorpus();
        FrontierBatches.Add(corpus, "a-", "b-");
        var first = Analyze(corpus);
        var incident = first.GetProperty("incidents").EnumerateArray().Single();
        var incidentId = incident.GetProperty("id").GetString()!;
        var blame = FrontierBatches.Conflict(first, "blame", "Kupwara").GetProperty("id").GetString()!;
        CliRun.Of("review", blame, "--confirm", "--corpus", corpus.Corpus).ExitCode.ShouldBe(0);
        var earliest = first.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()!).Min(StringComparer.Ordinal)!;

        // A third account of the same night whose id sorts before every member's: the incident's
        // earliest sentence changes, its id must not.
        string text;
        var n = 0;
        do
        {
            text = $"---\ntitle: Villagers describe night of shelling in Kupwara\npublished: 2024-03-04\n---\n\nVillagers describe night of shelling in Kupwara\n\n" +
                $"Residents of three villages in the Kupwara sector said Pakistani shells hit their homes overnight, in a report filed at {n} hours.\n";
            n++;
        }
        while (string.CompareOrdinal(Contradictions.Ingestion.ContentHasher.Hash(text)[..16], earliest) >= 0);
        corpus.Write("e-villagers.md", text);

        var second = Analyze(corpus);
        var grown = second.GetProperty("incidents").EnumerateArray().Single(i => i.GetProperty("places").EnumerateArray().Any(p => p.GetString() == "Kupwara"));
        grown.GetProperty("articles").GetArrayLength().ShouldBe(3, "the new account joined the incident");
        grown.GetProperty("id").GetString().ShouldBe(incidentId);
        grown.GetProperty("change").GetString().ShouldBe("grew");
        var kept = FrontierBatches.Conflict(second, "blame", "Kupwara");
        kept.GetProperty("id").GetString().ShouldBe(blame);
        kept.GetProperty("review").GetProperty("status").GetString().ShouldBe("confirmed");
    }

    [Fact]
    public void The_timeline_orders_undated_articles_by_arrival()
    {
        using var corpus = new TempCorpus();
        File.Copy(Path.Combine(RepoPaths.SeedCorpus, "004_fcb873a6b0e3fe5f.txt"), Path.Combine(corpus.Corpus, "004_fcb873a6b0e3fe5f.txt"));
        Analyze(corpus);
        File.Copy(Path.Combine(RepoPaths.SeedCorpus, "003_a75e341ada16df4e.txt"), Path.Combine(corpus.Corpus, "003_a75e341ada16df4e.txt"));

        var report = Analyze(corpus);

        var ids = report.GetProperty("articles").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!, a => Path.GetFileName(a.GetProperty("path").GetString()!));
        foreach (var incident in report.GetProperty("incidents").EnumerateArray())
        {
            var arrivals = incident.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("arrival").GetInt32()).ToList();
            arrivals.ShouldBe(arrivals.Order().ToList(), incident.GetProperty("label").GetString());
        }

        var july = report.GetProperty("incidents").EnumerateArray()
            .Single(i => i.GetProperty("timeline").EnumerateArray().Any(e => ids[e.GetProperty("article").GetString()!].StartsWith("003", StringComparison.Ordinal)));
        var timeline = july.GetProperty("timeline").EnumerateArray().ToList();
        timeline.Select(e => e.GetProperty("arrival").GetInt32()).Distinct().Count().ShouldBe(2, "the July incident holds claims that arrived in both runs");
        ids[timeline[0].GetProperty("article").GetString()!].ShouldStartWith("004");
    }

    private static System.Text.Json.JsonElement Analyze(TempCorpus corpus)
    {
        var run = CliRun.Of("analyze", corpus.Corpus, "--out", corpus.Reports);
        run.ExitCode.ShouldBe(0, run.Error);
        return CliRun.ReadReport(corpus.Reports);
    }
}
