using System.CommandLine;
using System.Globalization;
using Contradictions.Diagnostics;
using Contradictions.Ingestion;
using Contradictions.Pipeline;
using Contradictions.Reporting;
using Contradictions.State;

namespace Contradictions.Cli;

/// <summary><c>contradictions analyze</c>: reads the corpus, updates the state and writes the reports.</summary>
internal static class AnalyzeCommand
{
    // The report formats, by their --format names.
    private static readonly Dictionary<string, Func<string?, IReportWriter>> Writers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["html"] = templates => new HtmlReportWriter(templates),
        ["md"] = templates => new MarkdownReportWriter(templates),
        ["json"] = _ => new JsonReportWriter(),
    };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var corpus = new Argument<string>("corpus")
        {
            Description = "The folder of articles (.txt, .md, .html; read recursively).",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => AnalyzeOptions.DefaultCorpus,
        };
        var outDir = new Option<string>("--out", "-o")
        {
            Description = "The folder the reports are written to.",
            DefaultValueFactory = _ => "reports",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Comma-separated report formats: html, md, json.",
            DefaultValueFactory = _ => "html,md,json",
        };
        var templates = new Option<string?>("--templates")
        {
            Description = "A folder of report templates (html/*.hbs, md/*.hbs) read before the shipped ones.",
        };
        var state = new Option<string?>("--state")
        {
            Description = "The state file (SQLite). Default: CORPUS/.contradictions/state.db.",
        };
        var rebuild = new Option<bool>("--rebuild")
        {
            Description = "Move the existing state file aside (to STATE.bak) and analyse everything again.",
        };
        var maxMb = new Option<double>("--max-article-mb")
        {
            Description = "Largest article file read, in MB; bigger files are refused with an error.",
            DefaultValueFactory = _ => IngestionOptions.DefaultMaxArticleBytes / 1048576.0,
        };
        var link = new Option<double>("--link-threshold")
        {
            Description = "How alike (0-1) two groups of articles must be to form one incident.",
            DefaultValueFactory = _ => Contradictions.Grouping.GroupingOptions.Default.LinkThreshold,
        };
        var regroup = new Option<bool>("--regroup")
        {
            Description = "Group the whole corpus again and refit the word weights, even when the run only adds a few articles.",
        };
        var verbose = new Option<bool>("--verbose", "-v")
        {
            Description = "Print every cleaning warning (dropped boilerplate, folded repeats, lines set aside) and the time of each stage; list unchanged articles and incidents too.",
        };

        var command = new Command("analyze", "Analyse a corpus of articles and write the reports.")
        {
            corpus, outDir, format, templates, state, rebuild, maxMb, link, regroup, verbose,
        };
        command.SetAction(parse => Execute(
            new AnalyzeOptions
            {
                Corpus = parse.GetValue(corpus)!,
                StatePath = parse.GetValue(state),
                Rebuild = parse.GetValue(rebuild),
                Regroup = parse.GetValue(regroup),
                Ingestion = IngestionOptions.Default with { MaxArticleBytes = (long)(parse.GetValue(maxMb) * 1048576) },
                Grouping = Contradictions.Grouping.GroupingOptions.Default with { LinkThreshold = parse.GetValue(link) },
            },
            parse.GetValue(outDir)!, parse.GetValue(format)!, parse.GetValue(templates), parse.GetValue(verbose), output, error));
        return command;
    }

    private static int Execute(AnalyzeOptions options, string outDir, string formats, string? templates, bool verbose, TextWriter output, TextWriter error)
    {
        if (templates is not null && !Directory.Exists(templates))
        {
            error.WriteLine($"contradictions: templates folder '{templates}' does not exist");
            return ExitCodes.Usage;
        }

        var writers = new List<IReportWriter>();
        foreach (var name in formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Writers.TryGetValue(name, out var make))
            {
                writers.Add(make(templates));
            }
            else
            {
                error.WriteLine($"contradictions: unknown format '{name}'; choose from: {string.Join(", ", Writers.Keys)}");
                return ExitCodes.Usage;
            }
        }

        if (writers.Count == 0)
        {
            error.WriteLine("contradictions: --format names no format");
            return ExitCodes.Usage;
        }

        if (options.Ingestion.MaxArticleBytes <= 0)
        {
            error.WriteLine("contradictions: --max-article-mb must be more than 0");
            return ExitCodes.Usage;
        }

        if (!Directory.Exists(options.Corpus))
        {
            error.WriteLine(File.Exists(options.Corpus)
                ? $"contradictions: '{options.Corpus}' is a file; give the folder that holds the articles"
                : $"contradictions: corpus folder '{options.Corpus}' does not exist");
            return ExitCodes.Usage;
        }

        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            // Templates compile on another thread while the corpus is analysed.
            foreach (var writer in writers)
            {
                writer.Prepare();
            }

            var analyzer = new CorpusAnalyzer(TimeProvider.System);
            var result = ProgressDisplay.Run(error, progress => analyzer.Analyze(options, progress, cancellation.Token));
            var written = new List<string>();
            var generatedAt = ReproducibleTime() ?? result.StartedAt;
            var reportClock = System.Diagnostics.Stopwatch.StartNew();
            foreach (var writer in writers)
            {
                written.AddRange(writer.Write(result, outDir, generatedAt));
            }

            Summarize(result, written, verbose, reportClock.Elapsed, output, error);
            return result.HasErrors ? ExitCodes.Failure : ExitCodes.Success;
        }
        catch (StateException e)
        {
            error.WriteLine($"contradictions: {e.Message}");
            return ExitCodes.Failure;
        }
        catch (HandlebarsDotNet.HandlebarsException e)
        {
            error.WriteLine($"contradictions: report template error: {e.Message}");
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("contradictions: cancelled; the state file is as it was before this run");
            return ExitCodes.Failure;
        }
        catch (IOException e)
        {
            error.WriteLine($"contradictions: {e.Message}");
            return ExitCodes.Failure;
        }
        catch (UnauthorizedAccessException e)
        {
            error.WriteLine($"contradictions: {e.Message}");
            return ExitCodes.Failure;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary>
    /// SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds convention) fixes the
    /// reports' generation time, so the same corpus gives byte-identical reports.
    /// </summary>
    private static DateTimeOffset? ReproducibleTime() =>
        long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    // The terminal lists this many changes; the reports list them all.
    private const int MaxChangeLines = 20;

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");

    private static void Summarize(AnalysisResult result, List<string> written, bool verbose, TimeSpan reportTime, TextWriter output, TextWriter error)
    {
        foreach (var diagnostic in result.FileDiagnostics)
        {
            error.WriteLine(diagnostic.ToString());
        }

        var warnings = 0;
        foreach (var analyzed in result.Articles)
        {
            foreach (var diagnostic in analyzed.Article.Diagnostics)
            {
                warnings++;
                if (verbose || diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    error.WriteLine(diagnostic.ToString());
                }
            }
        }

        var articles = result.Articles;
        int Count(ArticleStatus status) => articles.Count(a => a.Status == status);
        var errors = result.FileDiagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        output.WriteLine(
            $"{Plural(articles.Length, "article")}: {Count(ArticleStatus.New)} new, {Count(ArticleStatus.Changed)} changed, " +
            $"{Count(ArticleStatus.Unchanged)} unchanged, {result.Removed.Length} removed; {Plural(articles.Sum(a => a.Sentences.Length), "sentence")}; " +
            $"{Plural(result.FilesRead, "file")} read; {Plural(errors, "file error")}");
        // A re-run lists what it read anew; the unchanged rest only with --verbose.
        var quietArticles = 0;
        foreach (var analyzed in articles)
        {
            if (!verbose && analyzed.Status == ArticleStatus.Unchanged)
            {
                quietArticles++;
                continue;
            }

            var counts = analyzed.Article.Counts;
            output.WriteLine(
                $"  {StateStore.Name(analyzed.Status),-9} {analyzed.DisplayPath}  {Plural(analyzed.Sentences.Length, "sentence")}; " +
                $"{Plural(counts.BoilerplateLines + counts.TailLines, "furniture line")} dropped, {Plural(counts.RepeatedParagraphs, "repeat")} folded, " +
                $"{Plural(counts.SetAsideLines, "line")} set aside");
        }

        if (quietArticles > 0)
        {
            output.WriteLine($"  {Plural(quietArticles, "unchanged article")} not listed (--verbose lists them)");
        }

        if (warnings > 0 && !verbose)
        {
            output.WriteLine($"{Plural(warnings, "cleaning note")}: listed per article in report.json (or run with --verbose).");
        }

        output.WriteLine($"claims: {result.Articles.Length - result.ClaimsReused} articles read, {result.ClaimsReused} kept from the last run; grouping {result.GroupingMode}");
        output.WriteLine($"since the last run: {ChangeList.Summary(result.Changes)}");
        var changes = ChangeList.Of(result.Changes);
        foreach (var line in changes.Take(MaxChangeLines))
        {
            output.WriteLine($"  {line.What}: {line.Text}");
        }

        if (changes.Count > MaxChangeLines)
        {
            output.WriteLine($"  … and {changes.Count - MaxChangeLines} more (report.json, \"sinceLastRun\"; the \"Since the last run\" list of index.html)");
        }

        var conflicts = result.Incidents.Sum(i => i.Conflicts.Length);
        var contradictions = result.Incidents.Sum(i => i.Conflicts.Count(c => c.Severity == Contradictions.Comparison.Severity.Contradiction));
        output.WriteLine(
            $"{Plural(result.Incidents.Length, "incident")}; {Plural(conflicts, "conflict")} ({contradictions} contradiction{(contradictions == 1 ? "" : "s")}, " +
            $"{conflicts - contradictions} discrepanc{(conflicts - contradictions == 1 ? "y" : "ies")}); {Plural(result.Incidents.Sum(i => i.Corroborations.Length), "corroboration")}");
        var quietIncidents = 0;
        foreach (var incident in result.Incidents)
        {
            if (!verbose && incident.Change == "unchanged" && incident.Conflicts.All(c => c.Change == "unchanged" && !c.Review.EvidenceChanged))
            {
                quietIncidents++;
                continue;
            }

            output.WriteLine($"  {incident.Label}");
            foreach (var conflict in incident.Conflicts)
            {
                output.WriteLine($"    {conflict.Severity.ToString().ToLowerInvariant()} ({conflict.Kind.ToString().ToLowerInvariant()}): {conflict.Summary}");
            }

            foreach (var corroboration in incident.Corroborations)
            {
                output.WriteLine($"    agreement: {corroboration.Summary}");
            }
        }
        if (quietIncidents > 0)
        {
            output.WriteLine($"  {Plural(quietIncidents, "unchanged incident")} not listed ('contradictions incidents' lists them all, as does --verbose)");
        }

        if (verbose)
        {
            var (ingest, claims, grouping, compare) = result.Timings;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"time: ingest {ingest.TotalSeconds:0.000} s, claims {claims.TotalSeconds:0.000} s, grouping {grouping.TotalSeconds:0.000} s, compare {compare.TotalSeconds:0.000} s, reports {reportTime.TotalSeconds:0.000} s"));
        }
        foreach (var path in written.Where(p => !Path.GetFileName(p).StartsWith("article-", StringComparison.Ordinal)
            && !Path.GetFileName(p).StartsWith("incident-", StringComparison.Ordinal)))
        {
            output.WriteLine($"wrote {Path.GetRelativePath(Directory.GetCurrentDirectory(), path)}");
        }

        var pages = written.Count(p => Path.GetFileName(p).StartsWith("article-", StringComparison.Ordinal) || Path.GetFileName(p).StartsWith("incident-", StringComparison.Ordinal));
        if (pages > 0)
        {
            output.WriteLine($"wrote {Plural(pages, "incident and article page")} beside them");
        }
    }
}
