using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Contradictions.Comparison;
using Contradictions.Grouping;
using Contradictions.Pipeline;
using Contradictions.State;

namespace Contradictions.Cli;

/// <summary>
/// The commands that work on a corpus's state: <c>review</c>, <c>incidents</c>, <c>show</c>,
/// <c>export</c> and <c>import</c>. Each takes <c>--corpus DIR</c> (default <c>corpus</c>) or
/// <c>--state FILE</c>.
/// </summary>
internal static class ReviewCommands
{
    public static IEnumerable<Command> Create(TextWriter output, TextWriter error)
    {
        yield return Review(output, error);
        yield return Incidents(output, error);
        yield return Show(output, error);
        yield return Export(output, error);
        yield return Import(output, error);
    }

    private static (Option<string> Corpus, Option<string?> State) StateOptions() => (
        new Option<string>("--corpus") { Description = "The corpus folder.", DefaultValueFactory = _ => AnalyzeOptions.DefaultCorpus },
        new Option<string?>("--state") { Description = "The state file. Default: CORPUS/.contradictions/state.db." });

    private static string StatePath(string corpus, string? state) => state ?? Path.Join(corpus, ".contradictions", "state.db");

    private static Command Review(TextWriter output, TextWriter error)
    {
        var (corpus, state) = StateOptions();
        var id = new Argument<string>("conflict") { Description = "The conflict's id (cf-…), as the reports show it." };
        var confirm = new Option<bool>("--confirm") { Description = "It is a real conflict." };
        var dismiss = new Option<bool>("--dismiss") { Description = "It is not a conflict (kept visible, collapsed)." };
        var note = new Option<string?>("--note") { Description = "A note kept with the decision." };
        var command = new Command("review", "Confirm or dismiss a conflict; the decision is kept across runs.") { id, confirm, dismiss, note, corpus, state };
        command.SetAction(parse =>
        {
            if (parse.GetValue(confirm) == parse.GetValue(dismiss))
            {
                error.WriteLine("contradictions: give exactly one of --confirm and --dismiss");
                return ExitCodes.Usage;
            }

            var path = StatePath(parse.GetValue(corpus)!, parse.GetValue(state));
            if (!File.Exists(path))
            {
                error.WriteLine($"contradictions: no state file at '{path}': run 'contradictions analyze' first");
                return ExitCodes.Usage;
            }

            return Guard(error, () =>
            {
                using var store = StateStore.Open(path);
                var conflictId = parse.GetValue(id)!;
                if (!store.LastReport().Conflicts.TryGetValue(conflictId, out var conflict))
                {
                    error.WriteLine($"contradictions: the last run reported no conflict '{conflictId}' (the ids are in the reports and in 'contradictions show')");
                    return ExitCodes.Usage;
                }

                var status = parse.GetValue(confirm) ? "confirmed" : "dismissed";
                store.SaveReview(new ReviewDecision(conflict.Id, status, parse.GetValue(note), TimeProvider.System.GetUtcNow(), conflict.Evidence, conflict.Summary));
                output.WriteLine($"{status} {conflict.Id}: {conflict.Summary}");
                output.WriteLine("The next 'contradictions analyze' shows the decision in the reports.");
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command Incidents(TextWriter output, TextWriter error)
    {
        var (corpus, state) = StateOptions();
        var command = new Command("incidents", "List the incidents with their conflict counts.") { corpus, state };
        command.SetAction(parse => Guard(error, () =>
        {
            if (Analyze(parse.GetValue(corpus)!, parse.GetValue(state), error) is not { } result)
            {
                return ExitCodes.Usage;
            }

            output.WriteLine($"{"id",-17} {"contra",6} {"discr",5} {"agree",5} {"arts",4} {"change",-9} label");
            foreach (var incident in result.Incidents)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{incident.Id.Value,-17} {incident.Conflicts.Count(c => c.Severity == Severity.Contradiction),6} {incident.Conflicts.Count(c => c.Severity == Severity.Discrepancy),5} {incident.Corroborations.Length,5} {incident.Articles.Length,4} {incident.Change,-9} {incident.Label}"));
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Show(TextWriter output, TextWriter error)
    {
        var (corpus, state) = StateOptions();
        var id = new Argument<string>("incident") { Description = "The incident's id (inc-…), or its first characters." };
        var command = new Command("show", "Show one incident's accounts and conflicts in the terminal.") { id, corpus, state };
        command.SetAction(parse => Guard(error, () =>
        {
            if (Analyze(parse.GetValue(corpus)!, parse.GetValue(state), error) is not { } result)
            {
                return ExitCodes.Usage;
            }

            var wanted = parse.GetValue(id)!;
            var matches = result.Incidents.Where(i => i.Id.Value.StartsWith(wanted, StringComparison.Ordinal)).ToList();
            if (matches.Count != 1)
            {
                error.WriteLine(matches.Count == 0
                    ? $"contradictions: no incident '{wanted}' (see 'contradictions incidents')"
                    : $"contradictions: '{wanted}' matches {matches.Count} incidents; give more of the id");
                return ExitCodes.Usage;
            }

            Print(matches[0], result, output);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Export(TextWriter output, TextWriter error)
    {
        var (corpus, state) = StateOptions();
        var file = new Option<string?>("--out", "-o") { Description = "Write to this file instead of standard output." };
        var command = new Command("export", "Write the reviewers' decisions as JSON, to keep them across a rebuild.") { file, corpus, state };
        command.SetAction(parse => Guard(error, () =>
        {
            var path = StatePath(parse.GetValue(corpus)!, parse.GetValue(state));
            if (!File.Exists(path))
            {
                error.WriteLine($"contradictions: no state file at '{path}'");
                return ExitCodes.Usage;
            }

            using var store = StateStore.Open(path);
            var decisions = store.Reviews().Values.OrderBy(d => d.ConflictId, StringComparer.Ordinal)
                .Select(d => new ExportedDecision(d.ConflictId, d.Status, d.Note, d.At.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), d.Evidence, d.Summary))
                .ToList();
            var json = JsonSerializer.Serialize(new ExportFile(1, decisions), ExportJson);
            if (parse.GetValue(file) is { } target)
            {
                File.WriteAllText(target, json + "\n");
                output.WriteLine($"exported {decisions.Count} decision{(decisions.Count == 1 ? "" : "s")} to {target}");
            }
            else
            {
                output.WriteLine(json);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Import(TextWriter output, TextWriter error)
    {
        var (corpus, state) = StateOptions();
        var file = new Argument<string>("file") { Description = "A file written by 'contradictions export'." };
        var command = new Command("import", "Read reviewers' decisions back from an export (they replace decisions on the same conflicts).") { file, corpus, state };
        command.SetAction(parse => Guard(error, () =>
        {
            var source = parse.GetValue(file)!;
            ExportFile? exported;
            try
            {
                exported = JsonSerializer.Deserialize<ExportFile>(File.ReadAllText(source), ExportJson);
            }
            catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
            {
                error.WriteLine($"contradictions: {source}: cannot read the decisions ({e.Message})");
                return ExitCodes.Failure;
            }

            if (exported?.Decisions is null || exported.Version != 1)
            {
                error.WriteLine($"contradictions: {source}: not an export of version 1 (expected {{\"version\": 1, \"decisions\": [...]}})");
                return ExitCodes.Failure;
            }

            using var store = StateStore.Open(StatePath(parse.GetValue(corpus)!, parse.GetValue(state)));
            var count = 0;
            foreach (var d in exported.Decisions)
            {
                if (d.Status is not ("confirmed" or "dismissed") || !DateTimeOffset.TryParse(d.At, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
                {
                    error.WriteLine($"contradictions: {source}: skipped the decision on '{d.Conflict}': status must be confirmed or dismissed, at a date");
                    continue;
                }

                store.SaveReview(new ReviewDecision(d.Conflict, d.Status, d.Note, at, d.Evidence ?? "", d.Summary ?? ""));
                count++;
            }

            output.WriteLine($"imported {count} decision{(count == 1 ? "" : "s")}");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static AnalysisResult? Analyze(string corpus, string? state, TextWriter error)
    {
        if (!Directory.Exists(corpus))
        {
            error.WriteLine($"contradictions: corpus folder '{corpus}' does not exist");
            return null;
        }

        // A look, not a run: nothing it reads is kept, so "new since last run" still compares with the last analyze.
        return new CorpusAnalyzer(TimeProvider.System).Analyze(new AnalyzeOptions { Corpus = corpus, StatePath = state, ReadOnly = true });
    }

    private static void Print(Incident incident, AnalysisResult result, TextWriter output)
    {
        var paths = result.Articles.ToDictionary(a => a.Article.Id, a => a.DisplayPath);
        output.WriteLine(incident.Label);
        output.WriteLine($"  id {incident.Id.Value} · {(incident.From is { } from ? $"{from:yyyy-MM-dd} – {incident.To:yyyy-MM-dd}" : "dates not resolved")} · {string.Join(", ", incident.Places)}");
        foreach (var article in incident.Articles)
        {
            output.WriteLine($"  article {paths[article]}");
        }

        output.WriteLine();
        foreach (var conflict in incident.Conflicts)
        {
            var review = conflict.Review.At is null ? "open" : $"{conflict.Review.Status}{(conflict.Review.Note is { } n ? $" ({n})" : "")}{(conflict.Review.EvidenceChanged ? ", evidence changed since" : "")}";
            output.WriteLine($"{conflict.Severity.ToString().ToUpperInvariant()} {conflict.Kind.ToString().ToLowerInvariant()} {conflict.Id} [{review}]");
            output.WriteLine($"  {conflict.Summary}");
            output.WriteLine($"  why: {conflict.Why}");
            foreach (var account in conflict.Accounts)
            {
                output.WriteLine($"  {account.Party}:");
                foreach (var claim in account.Claims.DistinctBy(c => (c.Article, c.Sentence)))
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    \"{claim.Text}\" — {claim.Speaker}, {Path.GetFileName(paths[claim.Article])} #{claim.Sentence}"));
                }
            }

            output.WriteLine();
        }

        foreach (var agreement in incident.Corroborations)
        {
            output.WriteLine($"AGREEMENT {agreement.Id}: {agreement.Summary}");
        }
    }

    private static int Guard(TextWriter error, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (StateException e)
        {
            error.WriteLine($"contradictions: {e.Message}");
            return ExitCodes.Failure;
        }
    }

    private static readonly JsonSerializerOptions ExportJson = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private sealed record ExportFile(int Version, List<ExportedDecision>? Decisions);

    private sealed record ExportedDecision(string Conflict, string Status, string? Note, string At, string? Evidence, string? Summary);
}
