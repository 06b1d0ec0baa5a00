using System.Globalization;
using System.Collections.Immutable;
using Contradictions.Claims;
using Contradictions.Diagnostics;
using Contradictions.Grouping;
using Contradictions.Ingestion;
using Contradictions.Sentences;
using Contradictions.State;

namespace Contradictions.Pipeline;

/// <summary>
/// Runs the pipeline over a corpus, in order: scan the folder, read and clean what is new or
/// changed (in parallel), split it into sentences, and store it; reuse what the state already
/// holds for unchanged files without opening them.
/// </summary>
public sealed class CorpusAnalyzer
{
    /// <summary>
    /// The version of the ingest and segment rules. Articles stored by another version are
    /// processed again on the next run, so improved rules reach old articles.
    /// </summary>
    public const int PipelineVersion = 2;

    /// <summary>The optional file in the corpus folder that names parties, their aliases and their sides.</summary>
    public const string PartiesFileName = PartiesFile.FileName;

    private readonly TimeProvider _time;

    /// <summary>Creates an analyzer that reads the time from <paramref name="time"/> (a fixed clock makes reports reproducible).</summary>
    public CorpusAnalyzer(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
    }

    /// <summary>Analyses the corpus named in <paramref name="options"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The corpus folder does not exist.</exception>
    /// <exception cref="StateException">The state file cannot be used.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled; the state is left as before it.</exception>
    public AnalysisResult Analyze(AnalyzeOptions options, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // The lexicon depends on the parties file alone: it is built while the files are read.
        var lexiconTask = Task.Run(() => LoadLexicon(options), cancellation);
        var scan = CorpusScanner.Scan(options.Corpus, options.Corpus);
        using var store = StateStore.Open(options.ResolvedStatePath, options.Rebuild, options.LockTimeout);
        var startedAt = _time.GetUtcNow();
        var run = store.BeginRun(startedAt, options.Corpus);

        var stored = store.ActiveArticles();
        var storedByHash = new Dictionary<string, StoredArticle>(StringComparer.Ordinal);
        foreach (var entry in stored.Values)
        {
            storedByHash.TryAdd(entry.ContentHash, entry);
        }

        // Built on first use: a run where no file needs reading never pays for its word lists.
        var reader = new Lazy<ArticleReader>(() => new ArticleReader(options.Ingestion));
        var segmenter = new ArticleSegmenter(new SentenceSplitter());
        var files = scan.Files;
        var outcomes = new FileOutcome[files.Length];
        var done = 0;
        var filesRead = 0;

        // Files with the size and write time they were stored with are known without opening
        // them: settled here, on this thread. Only the others are read in parallel (a re-run
        // that adds one article to hundreds reads one, and does not wait on a thread pool).
        var toRead = new List<int>();
        for (var i = 0; i < files.Length; i++)
        {
            if (stored.TryGetValue(files[i].RelativePath, out var previous) && Unopened(previous, files[i]))
            {
                outcomes[i] = new FileOutcome.Known(previous);
                progress?.Report(new AnalysisProgress(++done, files.Length, files[i].DisplayPath, outcomes[i].Describe()));
            }
            else
            {
                toRead.Add(i);
            }
        }

        Parallel.For(0, toRead.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelism), CancellationToken = cancellation }, k =>
        {
            var i = toRead[k];
            var outcome = Examine(files[i], storedByHash, reader, segmenter, ref filesRead);
            outcomes[i] = outcome;
            progress?.Report(new AnalysisProgress(Interlocked.Increment(ref done), files.Length, files[i].DisplayPath, outcome.Describe()));
        });

        // Unchanged articles are read from the state together after the loop; their slots wait.
        var articles = new List<AnalyzedArticle?>(files.Length);
        var pending = new List<(int Slot, ArticleId Id, CorpusFile File)>();
        var fileDiagnostics = new List<Diagnostic>(scan.Diagnostics);
        var claimed = new Dictionary<ArticleId, string>();
        var superseded = new HashSet<ArticleId>();
        int added = 0, changed = 0, unchanged = 0, processed = 0;
        for (var i = 0; i < files.Length; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            var file = files[i];
            var outcome = outcomes[i];
            stored.TryGetValue(file.RelativePath, out var previous);
            switch (outcome)
            {
                case FileOutcome.Failed failed:
                    fileDiagnostics.AddRange(failed.Diagnostics);
                    if (previous is not null && claimed.TryAdd(previous.Id, file.DisplayPath))
                    {
                        // Keep what was stored: an unreadable file must not erase its article.
                        var (kept, keptSentences) = store.LoadArticle(previous.Id, file.DisplayPath);
                        var note = Diagnostic.FileError(file.DisplayPath, DiagnosticCodes.Unreadable,
                            "this run could not read the file; the version stored earlier is kept and reported");
                        articles.Add(new AnalyzedArticle(kept with { Diagnostics = kept.Diagnostics.Add(note) }, keptSentences,
                            ArticleStatus.Unchanged, file.DisplayPath));
                        unchanged++;
                    }

                    break;

                case FileOutcome.Known known:
                    if (!claimed.TryAdd(known.Stored.Id, file.DisplayPath))
                    {
                        fileDiagnostics.Add(Duplicate(file, claimed[known.Stored.Id]));
                        break;
                    }

                    if (previous is not null && previous.Id != known.Stored.Id)
                    {
                        store.MarkSuperseded(previous.Id, known.Stored.Id, run);
                        superseded.Add(previous.Id);
                    }

                    pending.Add((articles.Count, known.Stored.Id, file));
                    articles.Add(null);
                    unchanged++;
                    break;

                case FileOutcome.Processed fresh:
                    if (!claimed.TryAdd(fresh.Article.Id, file.DisplayPath))
                    {
                        fileDiagnostics.Add(Duplicate(file, claimed[fresh.Article.Id]));
                        break;
                    }

                    var status = previous is null ? ArticleStatus.New
                        : previous.ContentHash == fresh.Article.ContentHash ? ArticleStatus.Unchanged
                        : ArticleStatus.Changed;
                    store.SaveArticle(fresh.Article, fresh.Sentences, file, status, run, PipelineVersion);
                    if (previous is not null && previous.Id != fresh.Article.Id)
                    {
                        store.MarkSuperseded(previous.Id, fresh.Article.Id, run);
                        superseded.Add(previous.Id);
                    }

                    articles.Add(new AnalyzedArticle(fresh.Article, fresh.Sentences, status, file.DisplayPath));
                    processed++;
                    _ = status switch
                    {
                        ArticleStatus.New => added++,
                        ArticleStatus.Changed => changed++,
                        _ => unchanged++,
                    };
                    break;
            }
        }

        store.MarkUnchanged(pending.Select(p => (p.Id, p.File)), run);
        var loaded = store.LoadArticles([.. pending.Select(p => (p.Id, p.File.DisplayPath))]);

        foreach (var (slot, id, file) in pending)
        {
            var (article, sentences) = loaded[id];
            articles[slot] = new AnalyzedArticle(article, sentences, ArticleStatus.Unchanged, file.DisplayPath);
        }

        var removedCount = 0;
        var removedNow = new List<StoredArticle>();
        foreach (var entry in stored.Values)
        {
            if (!claimed.ContainsKey(entry.Id) && !superseded.Contains(entry.Id))
            {
                store.MarkRemoved(entry.Id, run);
                removedNow.Add(entry);
                removedCount++;
            }
        }

        if (files.IsEmpty)
        {
            fileDiagnostics.Add(Diagnostic.FileError(options.Corpus, DiagnosticCodes.EmptyCorpus,
                "no articles found: the folder holds no .txt, .md or .html file"));
        }

        // Claims are kept per article in the state and read again only when what they depend
        // on changed: the article, the rules, the parties file, the discovered parties, or a
        // person looked up in other articles.
        var ingestTime = clock.Elapsed;
        var (baseLexicon, config, partiesDiagnostics) = lexiconTask.GetAwaiter().GetResult();
        fileDiagnostics.AddRange(partiesDiagnostics);
        var analyzed = articles.Select(a => a!).ToImmutableArray();
        var claimsOutcome = ClaimsStage.Run(analyzed, baseLexicon, config, store, options.MaxParallelism, cancellation);
        var lexicon = claimsOutcome.Lexicon;
        var claims = claimsOutcome.Claims;
        var arrivals = store.Arrivals();
        var withClaims = ImmutableArray.CreateBuilder<AnalyzedArticle>(analyzed.Length);
        for (var i = 0; i < analyzed.Length; i++)
        {
            withClaims.Add(analyzed[i] with { Claims = claims[i], Arrival = arrivals.GetValueOrDefault(analyzed[i].Article.Id, run) });
        }

        var final = withClaims.MoveToImmutable();
        var claimsTime = clock.Elapsed - ingestTime;
        var grouping = GroupingStage.Run(final, claimsOutcome.ReadAgain, options.Grouping, options.Regroup, store);
        var lastMembers = store.LastMembers();
        var grouped = KeepIds(grouping.Incidents, lastMembers);
        var groupingTime = clock.Elapsed - ingestTime - claimsTime;
        var byId = final.ToDictionary(a => a.Article.Id);
        var comparer = new Comparison.IncidentComparer(lexicon);
        var firstRun = store.CompletedRuns() == 0;
        var incidents = Annotate(grouped.Select(i => comparer.Compare(i, byId)), store, out var goneConflicts);
        var failedFiles = fileDiagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        if (options.ReadOnly)
        {
            store.AbandonRun();
        }
        else
        {
            store.SaveLastMembers(incidents.ToDictionary(i => i.Id.Value, i => i.Sentences.Select(m => (m.Article.Value, m.Index)).ToHashSet(),
                StringComparer.Ordinal), lastMembers);
            store.SaveLastReport(incidents.Select(i => (i.Id.Value, i.Sentences.Length)),
                incidents.SelectMany(i => i.Conflicts.Select(c => new StoredConflict(c.Id, i.Id.Value, c.Evidence, c.Summary,
                    Comparison.IncidentComparer.Statement(c)))));
            store.CompleteRun(run, _time.GetUtcNow(), added, changed, unchanged, removedCount, failedFiles);
        }

        var compareTime = clock.Elapsed - ingestTime - claimsTime - groupingTime;
        fileDiagnostics.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path) is var c && c != 0 ? c : a.Line.CompareTo(b.Line));

        return new AnalysisResult
        {
            StartedAt = startedAt,
            Corpus = options.Corpus,
            Articles = final,
            Incidents = incidents,
            Timings = (ingestTime, claimsTime, groupingTime, compareTime),
            Removed = [.. store.RemovedArticles().Select(r => (r.Id, Path.Join(options.Corpus, r.Path).Replace('\\', '/'), r.Title))],
            FileDiagnostics = [.. fileDiagnostics],
            FilesRead = filesRead,
            GroupingMode = grouping.Mode,
            Changes = RunChanges.Of(firstRun, final, incidents, removedNow.Select(r => Path.Join(options.Corpus, r.Path).Replace('\\', '/')), goneConflicts),
            ClaimsReused = claimsOutcome.Reused,
            ArticlesProcessed = processed,
        };
    }

    /// <summary>
    /// Gives each incident the id it had in the last run when it holds at least half of that
    /// incident's sentences (largest incidents choose first), so an article that joins an
    /// incident — even one that sorts before its earliest member — never changes its id, nor
    /// the ids of its conflicts and the decisions attached to them.
    /// </summary>
    private static ImmutableArray<Incident> KeepIds(ImmutableArray<Incident> incidents, Dictionary<string, HashSet<(string Article, int Sentence)>> previous)
    {
        if (previous.Count == 0)
        {
            return incidents;
        }

        // Which last-run incident each sentence was in, to count shared sentences in one pass.
        var previousOf = new Dictionary<(string, int), string>();
        foreach (var (id, before) in previous)
        {
            foreach (var member in before)
            {
                previousOf.TryAdd(member, id);
            }
        }

        var taken = new HashSet<string>(StringComparer.Ordinal);
        var renamed = incidents.ToArray();
        foreach (var i in Enumerable.Range(0, renamed.Length).OrderByDescending(i => renamed[i].Sentences.Length).ThenBy(i => renamed[i].Id.Value, StringComparer.Ordinal))
        {
            var sharedWith = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var member in renamed[i].Sentences)
            {
                if (previousOf.TryGetValue((member.Article.Value, member.Index), out var id) && !taken.Contains(id))
                {
                    sharedWith[id] = sharedWith.GetValueOrDefault(id) + 1;
                }
            }

            string? best = null;
            var bestShared = 0;
            foreach (var (id, shared) in sharedWith.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (shared * 2 >= previous[id].Count && shared > bestShared)
                {
                    best = id;
                    bestShared = shared;
                }
            }

            if (best is not null)
            {
                taken.Add(best);
                renamed[i] = renamed[i] with { Id = new IncidentId(best) };
            }
        }

        // An id that came back from the last run may equal a fresh id of another incident; keep ids unique.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < renamed.Length; i++)
        {
            if (!seen.Add(renamed[i].Id.Value))
            {
                renamed[i] = renamed[i] with { Id = new IncidentId(renamed[i].Id.Value + "-" + i.ToString(CultureInfo.InvariantCulture)) };
                seen.Add(renamed[i].Id.Value);
            }
        }

        return [.. renamed];
    }

    /// <summary>
    /// Marks what changed since the last completed run — new incidents, incidents that gained
    /// sentences, new conflicts, conflicts whose evidence changed — and attaches each reviewer's
    /// decision, flagged when the evidence changed since it was made.
    /// </summary>
    private static ImmutableArray<Incident> Annotate(IEnumerable<Incident> incidents, StateStore store, out ImmutableArray<StoredConflict> gone)
    {
        var reviews = store.Reviews();
        var (lastIncidents, lastConflicts) = store.LastReport();
        var result = ImmutableArray.CreateBuilder<Incident>();
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var incident in incidents)
        {
            var change = lastIncidents.TryGetValue(incident.Id.Value, out var before)
                ? (incident.Sentences.Length > before ? "grew" : "unchanged")
                : "new";
            present.UnionWith(incident.Conflicts.Select(c => c.Id));
            var conflicts = incident.Conflicts.Select(c => c with
            {
                Change = lastConflicts.TryGetValue(c.Id, out var last) ? (last.Evidence == c.Evidence ? "unchanged" : "changed") : "new",
                Previous = last is not null && last.Evidence != c.Evidence && last.Statement.Length > 0
                    && last.Statement != Comparison.IncidentComparer.Statement(c) ? last.Statement : null,
                Review = reviews.TryGetValue(c.Id, out var decision)
                    ? new Comparison.ReviewState(decision.Status, decision.Note, decision.At, decision.Evidence != c.Evidence)
                    : Comparison.ReviewState.Open,
            });
            result.Add(incident with
            {
                Change = change,
                GainedSentences = before > 0 ? Math.Max(0, incident.Sentences.Length - before) : 0,
                Conflicts = [.. conflicts],
            });
        }

        gone = [.. lastConflicts.Values.Where(c => !present.Contains(c.Id)).OrderBy(c => c.Id, StringComparer.Ordinal)];
        return result.ToImmutable();
    }

    /// <summary>The built-in party lexicon, with the corpus's parties file when it has one.</summary>
    private static (PartyLexicon Lexicon, PartiesConfig Config, ImmutableArray<Diagnostic> Diagnostics) LoadLexicon(AnalyzeOptions options)
    {
        var path = Path.Join(options.Corpus, PartiesFileName);
        if (!File.Exists(path))
        {
            return (PartyLexicon.Default, PartiesConfig.Empty, []);
        }

        var loaded = PartiesFile.Load(path);
        return (PartyLexicon.Create(loaded.Config), loaded.Config, [.. loaded.Diagnostics]);
    }

    /// <summary>Reads a file that could not be known without opening it: new, changed, touched, moved or copied.</summary>
    private static FileOutcome Examine(CorpusFile file, Dictionary<string, StoredArticle> storedByHash,
        Lazy<ArticleReader> lazyReader, ArticleSegmenter segmenter, ref int filesRead)
    {
        Interlocked.Increment(ref filesRead);
        var reader = lazyReader.Value;
        var loaded = reader.Load(file);
        if (loaded.ContentHash is null)
        {
            return new FileOutcome.Failed([loaded.Diagnostic!]);
        }

        // Touched, moved or copied, but the content is known.
        if (storedByHash.TryGetValue(loaded.ContentHash, out var known) && known.PipelineVersion == PipelineVersion)
        {
            return new FileOutcome.Known(known);
        }

        var (article, diagnostics) = reader.Build(loaded);
        if (article is null)
        {
            return new FileOutcome.Failed(diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray());
        }

        var segmented = segmenter.Segment(article, file.DisplayPath);
        return new FileOutcome.Processed(article with { Diagnostics = article.Diagnostics.AddRange(segmented.Diagnostics) }, segmented.Sentences);
    }

    /// <summary>True when a file has the size and write time it had when stored, by the same rules: it is not opened.</summary>
    private static bool Unopened(StoredArticle stored, CorpusFile file) =>
        stored.Size == file.Size && stored.LastWriteTicks == file.LastWriteTicks && stored.PipelineVersion == PipelineVersion;

    private static Diagnostic Duplicate(CorpusFile file, string original) =>
        new(file.DisplayPath, 0, 0, DiagnosticSeverity.Warning, DiagnosticCodes.DuplicateArticle,
            $"same content as {original}; analysed once, under that name");

    /// <summary>What the parallel phase found for one file.</summary>
    private abstract record FileOutcome
    {
        public abstract string Describe();

        public sealed record Known(StoredArticle Stored) : FileOutcome
        {
            public override string Describe() => "unchanged";
        }

        public sealed record Processed(Article Article, ImmutableArray<Sentence> Sentences) : FileOutcome
        {
            public override string Describe() => "read";
        }

        public sealed record Failed(ImmutableArray<Diagnostic> Diagnostics) : FileOutcome
        {
            public override string Describe() => "error";
        }
    }
}
