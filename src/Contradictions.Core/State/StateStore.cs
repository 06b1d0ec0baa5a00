using System.Collections.Immutable;
using System.Globalization;
using Contradictions.Diagnostics;
using Contradictions.Ingestion;
using Contradictions.Sentences;
using Microsoft.Data.Sqlite;

namespace Contradictions.State;

/// <summary>
/// The Store stage: one SQLite file that remembers every article read, its cleaned text,
/// paragraphs, sentences and warnings, so a re-run reads only what changed. A run's writes
/// happen in one transaction: an interrupted run leaves the previous state as it was.
/// </summary>
public sealed class StateStore : IDisposable
{
    // "CNTR" in ASCII: marks the file as ours, so another program's SQLite file is refused.
    private const int ApplicationId = 0x434E5452;

    private const int SqliteNotADatabase = 26;
    private const int SqliteCorrupt = 11;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    // How long a run waits by default for another run's lock on the state file before giving up.
    private const int DefaultBusyTimeoutMs = 10000;

    private int _busyTimeoutMs = DefaultBusyTimeoutMs;

    private readonly SqliteConnection _connection;
    private SqliteTransaction? _transaction;

    private StateStore(string path, SqliteConnection connection)
    {
        Path = path;
        _connection = connection;
    }

    /// <summary>The state file.</summary>
    public string Path { get; }

    /// <summary>
    /// Opens the state file at <paramref name="path"/>, creating it (and its folder) when it
    /// does not exist and migrating an older schema.
    /// </summary>
    /// <param name="path">The state file.</param>
    /// <param name="rebuild">Move an existing file aside (to <c>PATH.bak</c>) and start empty.</param>
    /// <exception cref="StateException">The file is corrupt, not a state file, or from a newer version.</exception>
    public static StateStore Open(string path, bool rebuild = false) => Open(path, rebuild, TimeSpan.FromMilliseconds(DefaultBusyTimeoutMs));

    /// <summary>Opens the state file, waiting up to <paramref name="lockTimeout"/> for another run's lock.</summary>
    /// <exception cref="StateException">The file is corrupt, not a state file, or from a newer version.</exception>
    public static StateStore Open(string path, bool rebuild, TimeSpan lockTimeout)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        if (rebuild && File.Exists(full))
        {
            MoveAside(full);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            var store = new StateStore(path, connection) { _busyTimeoutMs = (int)lockTimeout.TotalMilliseconds };
            store.Initialize();
            return store;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SqliteNotADatabase or SqliteCorrupt)
        {
            connection.Dispose();
            throw new StateException(
                $"state file '{path}' is not a readable SQLite database ({e.Message.TrimEnd('.')}); " +
                "run again with --rebuild to move it aside and start a new state", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens and closes an in-memory database: the first connection of a process pays for
    /// loading SQLite and its provider (20-30 ms); a caller with a spare thread pays it there,
    /// before the state file is opened.
    /// </summary>
    public static void WarmUp()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
    }

    /// <summary>Starts a run: opens its transaction and records it.</summary>
    /// <returns>The run's number.</returns>
    public long BeginRun(DateTimeOffset startedAt, string corpus)
    {
        if (_transaction is not null)
        {
            throw new InvalidOperationException("A run is already in progress on this store.");
        }

        try
        {
            // BEGIN IMMEDIATE: the write lock is taken now, so a second run waits (busy_timeout)
            // and then stops with a clear message instead of failing half-way.
            _transaction = _connection.BeginTransaction(deferred: false);
            Execute("INSERT INTO runs (started_at, corpus) VALUES ($at, $corpus)", ("$at", Iso(startedAt)), ("$corpus", corpus));
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SqliteBusy or SqliteLocked)
        {
            _transaction?.Dispose();
            _transaction = null;
            throw new StateException(
                string.Create(CultureInfo.InvariantCulture, $"state file '{Path}' is in use by another contradictions run (waited {_busyTimeoutMs / 1000.0:0.#} s); run again when it has finished"), e);
        }
        return Scalar<long>("SELECT last_insert_rowid()");
    }

    /// <summary>Records the run's counts and commits everything written since <see cref="BeginRun"/>.</summary>
    public void CompleteRun(long run, DateTimeOffset finishedAt, int newCount, int changed, int unchanged, int removed, int failed)
    {
        Execute("""
            UPDATE runs SET finished_at = $at, new_articles = $n, changed_articles = $c, unchanged_articles = $u,
                removed_articles = $r, failed_files = $f WHERE id = $run
            """,
            ("$at", Iso(finishedAt)), ("$n", newCount), ("$c", changed), ("$u", unchanged), ("$r", removed), ("$f", failed), ("$run", run));
        _transaction!.Commit();
        _transaction.Dispose();
        _transaction = null;
    }

    /// <summary>The number of completed runs so far.</summary>
    public long CompletedRuns() => Scalar<long>("SELECT COUNT(*) FROM runs WHERE finished_at IS NOT NULL");

    /// <summary>The active (not removed, not superseded) articles, by path inside the corpus.</summary>
    public Dictionary<string, StoredArticle> ActiveArticles()
    {
        var result = new Dictionary<string, StoredArticle>(StringComparer.Ordinal);
        using var command = Command("""
            SELECT id, content_hash, path, size, last_write_ticks, pipeline_version FROM articles
            WHERE status NOT IN ('removed', 'superseded')
            """);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var stored = new StoredArticle(new ArticleId(reader.GetString(0)), reader.GetString(1), reader.GetString(2),
                reader.GetInt64(3), reader.GetInt64(4), reader.GetInt32(5));
            result[stored.Path] = stored;
        }

        return result;
    }

    /// <summary>Writes a newly processed article with its sentences and warnings, replacing any older row with its id.</summary>
    public void SaveArticle(Article article, ImmutableArray<Sentence> sentences, CorpusFile file, ArticleStatus status, long run, int pipelineVersion)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(file);
        var firstRun = ScalarOrNull("SELECT first_run FROM articles WHERE id = $id", ("$id", article.Id.Value)) ?? run;
        Execute("DELETE FROM articles WHERE id = $id", ("$id", article.Id.Value));
        var m = article.Metadata;
        Execute("""
            INSERT INTO articles (id, content_hash, path, format, size, last_write_ticks, title, outlet, url, published, language,
                text, headline_paragraph, repeated_paragraphs, boilerplate_lines, tail_lines, set_aside_lines, status,
                first_run, last_run, pipeline_version)
            VALUES ($id, $hash, $path, $format, $size, $ticks, $title, $outlet, $url, $published, $language,
                $text, $headline, $rep, $boil, $tail, $aside, $status, $first, $run, $pv)
            """,
            ("$id", article.Id.Value), ("$hash", article.ContentHash), ("$path", article.Path), ("$format", article.Format.ToString()),
            ("$size", file.Size), ("$ticks", file.LastWriteTicks), ("$title", m.Title ?? ""), ("$outlet", m.Outlet), ("$url", m.Url),
            ("$published", m.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("$language", m.Language),
            ("$text", article.Text), ("$headline", article.HeadlineParagraph), ("$rep", article.Counts.RepeatedParagraphs),
            ("$boil", article.Counts.BoilerplateLines), ("$tail", article.Counts.TailLines), ("$aside", article.Counts.SetAsideLines),
            ("$status", Name(status)), ("$first", firstRun), ("$run", run), ("$pv", pipelineVersion));

        using (var insert = Command("INSERT INTO paragraphs VALUES ($a, $i, $s, $l, $line, $role)"))
        {
            for (var i = 0; i < article.Paragraphs.Length; i++)
            {
                var p = article.Paragraphs[i];
                Run(insert, ("$a", article.Id.Value), ("$i", i), ("$s", p.Span.Start), ("$l", p.Span.Length), ("$line", p.SourceLine),
                    ("$role", p.Role.ToString()));
            }
        }

        using (var insert = Command("INSERT INTO sentences VALUES ($a, $i, $s, $l, $p, $k, $qs, $qe)"))
        {
            foreach (var s in sentences)
            {
                Run(insert, ("$a", article.Id.Value), ("$i", s.Index), ("$s", s.Start), ("$l", s.Length), ("$p", s.Paragraph),
                    ("$k", s.Kind.ToString()), ("$qs", s.Quote?.Start), ("$qe", s.Quote?.End));
            }
        }

        using (var insert = Command("INSERT INTO article_diagnostics VALUES ($a, $i, $line, $col, $sev, $code, $msg)"))
        {
            for (var i = 0; i < article.Diagnostics.Length; i++)
            {
                var d = article.Diagnostics[i];
                Run(insert, ("$a", article.Id.Value), ("$i", i), ("$line", d.Line), ("$col", d.Column), ("$sev", d.Severity.ToString()),
                    ("$code", d.Code), ("$msg", d.Message));
            }
        }

        using (var insert = Command("INSERT INTO set_aside VALUES ($a, $i, $line, $reason, $text)"))
        {
            for (var i = 0; i < article.SetAside.Length; i++)
            {
                var line = article.SetAside[i];
                Run(insert, ("$a", article.Id.Value), ("$i", i), ("$line", line.Line), ("$reason", line.Reason), ("$text", line.Text));
            }
        }
    }

    /// <summary>
    /// Marks stored articles as seen unchanged in this run, at their current paths and file times.
    /// A row already marked so, at the same path and file times, is not written again (its
    /// <c>last_run</c> stays the run that last changed it): a re-run that adds one article to
    /// hundreds rewrites one row, not hundreds, each with its article's text.
    /// </summary>
    public void MarkUnchanged(IEnumerable<(ArticleId Id, CorpusFile File)> articles, long run)
    {
        ArgumentNullException.ThrowIfNull(articles);
        using var update = Command("""
            UPDATE articles SET status = 'unchanged', path = $path, size = $size, last_write_ticks = $ticks, last_run = $run
            WHERE id = $id AND (status <> 'unchanged' OR path <> $path OR size IS NOT $size OR last_write_ticks IS NOT $ticks)
            """);
        foreach (var (id, file) in articles)
        {
            Run(update, ("$id", id.Value), ("$path", file.RelativePath), ("$size", file.Size), ("$ticks", file.LastWriteTicks), ("$run", run));
        }
    }

    /// <summary>Marks the article of a file that is no longer in the corpus as removed; nothing is deleted.</summary>
    public void MarkRemoved(ArticleId id, long run) =>
        Execute("UPDATE articles SET status = 'removed', last_run = $run WHERE id = $id", ("$id", id.Value), ("$run", run));

    /// <summary>Marks an older version of a changed file as superseded by the new one; nothing is deleted.</summary>
    public void MarkSuperseded(ArticleId oldId, ArticleId newId, long run) =>
        Execute("UPDATE articles SET status = 'superseded', superseded_by = $new, last_run = $run WHERE id = $id",
            ("$id", oldId.Value), ("$new", newId.Value), ("$run", run));

    /// <summary>Paths of the articles marked removed, most recent first.</summary>
    public ImmutableArray<(ArticleId Id, string Path, string Title)> RemovedArticles()
    {
        var result = ImmutableArray.CreateBuilder<(ArticleId, string, string)>();
        using var command = Command("SELECT id, path, title FROM articles WHERE status = 'removed' ORDER BY path, id");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add((new ArticleId(reader.GetString(0)), reader.GetString(1), reader.GetString(2)));
        }

        return result.ToImmutable();
    }

    /// <summary>Reads a stored article with its sentences and warnings (warnings name <paramref name="displayPath"/>).</summary>
    /// <exception cref="KeyNotFoundException">No article has that id.</exception>
    public (Article Article, ImmutableArray<Sentence> Sentences) LoadArticle(ArticleId id, string displayPath) =>
        LoadArticles([(id, displayPath)])[id];

    /// <summary>
    /// Reads stored articles with their sentences and warnings, a few queries for all of them
    /// (a re-run reads every unchanged article this way); warnings name each article's display path.
    /// The paragraph list is not read back (see <see cref="Article.Paragraphs"/>): the stored
    /// sentences already say which paragraph each is in.
    /// </summary>
    /// <exception cref="KeyNotFoundException">An id is not in the state file.</exception>
    public Dictionary<ArticleId, (Article Article, ImmutableArray<Sentence> Sentences)> LoadArticles(IReadOnlyCollection<(ArticleId Id, string DisplayPath)> wanted)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        var display = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, path) in wanted)
        {
            display[id.Value] = path;
        }

        Execute("CREATE TEMP TABLE IF NOT EXISTS wanted (id TEXT PRIMARY KEY) WITHOUT ROWID");
        Execute("DELETE FROM temp.wanted");
        using (var insert = Command("INSERT OR IGNORE INTO temp.wanted VALUES ($id)"))
        {
            foreach (var id in display.Keys)
            {
                Run(insert, ("$id", id));
            }
        }

        var articles = new Dictionary<string, Article>(StringComparer.Ordinal);
        using (var command = Command("""
            SELECT id, content_hash, path, format, title, outlet, url, published, language, text, headline_paragraph,
                repeated_paragraphs, boilerplate_lines, tail_lines, set_aside_lines FROM articles WHERE id IN (SELECT id FROM temp.wanted)
            """))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var id = reader.GetString(0);
                articles[id] = new Article
                {
                    Id = new ArticleId(id),
                    ContentHash = reader.GetString(1),
                    Path = reader.GetString(2),
                    Format = Enum.Parse<ArticleFormat>(reader.GetString(3)),
                    Metadata = new ArticleMetadata(reader.GetString(4), NullableString(reader, 5), NullableString(reader, 6),
                        reader.IsDBNull(7) ? null : DateOnly.ParseExact(reader.GetString(7), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                        NullableString(reader, 8)),
                    Text = reader.GetString(9),
                    HeadlineParagraph = reader.GetInt32(10),
                    Counts = new CleaningCounts(reader.GetInt32(11), reader.GetInt32(12), reader.GetInt32(13), reader.GetInt32(14)),
                    Paragraphs = [],
                };
            }
        }

        foreach (var id in display.Keys)
        {
            if (!articles.ContainsKey(id))
            {
                throw new KeyNotFoundException($"No article with id {id} in the state file.");
            }
        }

        var sentences = Rows("SELECT article_id, idx, start, length, paragraph, kind, quote_start, quote_end FROM sentences", "idx", reader =>
        {
            var start = reader.GetInt32(2);
            var length = reader.GetInt32(3);
            return new Sentence(reader.GetInt32(1), start, length, reader.GetInt32(4), Enum.Parse<SentenceKind>(reader.GetString(5)),
                articles[reader.GetString(0)].Text.Substring(start, length))
            {
                Quote = reader.IsDBNull(6) ? null : new QuoteSpan(reader.GetInt32(6), reader.GetInt32(7)),
            };
        });
        var diagnostics = Rows("SELECT article_id, line, col, severity, code, message FROM article_diagnostics", "seq", reader =>
            new Diagnostic(display[reader.GetString(0)], reader.GetInt32(1), reader.GetInt32(2), Enum.Parse<DiagnosticSeverity>(reader.GetString(3)),
                reader.GetString(4), reader.GetString(5)));
        var setAside = Rows("SELECT article_id, line, reason, text FROM set_aside", "seq", reader =>
            new SetAsideLine(reader.GetInt32(1), reader.GetString(2), reader.GetString(3)));

        var result = new Dictionary<ArticleId, (Article, ImmutableArray<Sentence>)>(articles.Count);
        foreach (var (id, article) in articles)
        {
            result[article.Id] = (article with
            {
                Diagnostics = diagnostics.GetValueOrDefault(id, []),
                SetAside = setAside.GetValueOrDefault(id, []),
            }, sentences.GetValueOrDefault(id, []));
        }

        return result;
    }

    /// <summary>The rows of a per-article table for the wanted articles, grouped by article id, in stored order.</summary>
    private Dictionary<string, ImmutableArray<T>> Rows<T>(string select, string order, Func<SqliteDataReader, T> read)
    {
        var groups = new Dictionary<string, ImmutableArray<T>.Builder>(StringComparer.Ordinal);
        using (var command = Command($"{select} WHERE article_id IN (SELECT id FROM temp.wanted) ORDER BY article_id, {order}"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var id = reader.GetString(0);
                if (!groups.TryGetValue(id, out var list))
                {
                    groups[id] = list = ImmutableArray.CreateBuilder<T>();
                }

                list.Add(read(reader));
            }
        }

        return groups.ToDictionary(g => g.Key, g => g.Value.ToImmutable(), StringComparer.Ordinal);
    }

    /// <summary>The run in which each stored article first arrived, by id: the order of arrival of undated articles.</summary>
    public Dictionary<ArticleId, long> Arrivals()
    {
        var result = new Dictionary<ArticleId, long>();
        using var command = Command("SELECT id, first_run FROM articles");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result[new ArticleId(reader.GetString(0))] = reader.GetInt64(1);
        }

        return result;
    }

    /// <summary>What the Claims stage kept for each article, by id (see <see cref="StoredClaims"/>).</summary>
    public Dictionary<ArticleId, StoredClaims> LoadClaims()
    {
        var result = new Dictionary<ArticleId, StoredClaims>();
        using var command = Command("SELECT article_id, discovery_key, discovery, people_key, people, claims_key, lookups, claims FROM article_claims");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result[new ArticleId(reader.GetString(0))] = new StoredClaims(NullableString(reader, 1), NullableBytes(reader, 2),
                NullableString(reader, 3), NullableBytes(reader, 4), NullableString(reader, 5), NullableBytes(reader, 6), NullableBytes(reader, 7));
        }

        return result;
    }

    /// <summary>Replaces what the Claims stage keeps for the given articles.</summary>
    public void SaveClaims(IEnumerable<(ArticleId Id, StoredClaims Claims)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var upsert = Command("""
            INSERT OR REPLACE INTO article_claims (article_id, discovery_key, discovery, people_key, people, claims_key, lookups, claims)
            VALUES ($id, $dk, $d, $pk, $p, $ck, $l, $c)
            """);
        foreach (var (id, claims) in entries)
        {
            Run(upsert, ("$id", id.Value), ("$dk", claims.DiscoveryKey), ("$d", claims.Discovery), ("$pk", claims.PeopleKey),
                ("$p", claims.People), ("$ck", claims.ClaimsKey), ("$l", claims.Lookups), ("$c", claims.Claims));
        }
    }

    /// <summary>The parts of the grouping model the last run kept, by name, when it was kept under <paramref name="key"/>; else none.</summary>
    public Dictionary<string, byte[]> LoadGroupingModel(string key)
    {
        var parts = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using var command = Command("SELECT part, data FROM grouping_parts WHERE key = $key", ("$key", key));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            parts[reader.GetString(0)] = reader.GetFieldValue<byte[]>(1);
        }

        return parts;
    }

    /// <summary>
    /// Writes parts of the grouping model under <paramref name="key"/>, replacing parts of the
    /// same names. With <paramref name="replace"/>, every part kept before is dropped first (a
    /// model fitted in this run); null parts keep no model.
    /// </summary>
    public void SaveGroupingModel(string key, IReadOnlyDictionary<string, byte[]>? parts, bool replace)
    {
        if (replace || parts is null)
        {
            Execute("DELETE FROM grouping_parts");
        }

        if (parts is null)
        {
            return;
        }

        using var upsert = Command("INSERT OR REPLACE INTO grouping_parts (part, key, data) VALUES ($part, $key, $data)");
        foreach (var (part, data) in parts)
        {
            Run(upsert, ("$part", part), ("$key", key), ("$data", data));
        }
    }

    /// <summary>Records a reviewer's decision, replacing an earlier one for the same conflict.</summary>
    public void SaveReview(ReviewDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        Execute("""
            INSERT INTO reviews (conflict_id, status, note, at, evidence, summary) VALUES ($id, $status, $note, $at, $evidence, $summary)
            ON CONFLICT (conflict_id) DO UPDATE SET status = $status, note = $note, at = $at, evidence = $evidence, summary = $summary
            """,
            ("$id", decision.ConflictId), ("$status", decision.Status), ("$note", decision.Note), ("$at", Iso(decision.At)),
            ("$evidence", decision.Evidence), ("$summary", decision.Summary));
    }

    /// <summary>Every reviewer's decision, by conflict id.</summary>
    public Dictionary<string, ReviewDecision> Reviews()
    {
        var result = new Dictionary<string, ReviewDecision>(StringComparer.Ordinal);
        using var command = Command("SELECT conflict_id, status, note, at, evidence, summary FROM reviews ORDER BY conflict_id");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result[reader.GetString(0)] = new ReviewDecision(reader.GetString(0), reader.GetString(1), NullableString(reader, 2),
                DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture), reader.GetString(4), reader.GetString(5));
        }

        return result;
    }

    /// <summary>The incidents (id → sentence count) and conflicts the last completed run reported.</summary>
    public (Dictionary<string, int> Incidents, Dictionary<string, StoredConflict> Conflicts) LastReport()
    {
        var incidents = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var command = Command("SELECT id, sentences FROM last_incidents"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                incidents[reader.GetString(0)] = reader.GetInt32(1);
            }
        }

        var conflicts = new Dictionary<string, StoredConflict>(StringComparer.Ordinal);
        using (var command = Command("SELECT id, incident, evidence, summary, statement FROM last_conflicts"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                conflicts[reader.GetString(0)] = new StoredConflict(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4));
            }
        }

        return (incidents, conflicts);
    }

    /// <summary>The sentences (article id, index) of each incident the last completed run reported.</summary>
    public Dictionary<string, HashSet<(string Article, int Sentence)>> LastMembers()
    {
        var result = new Dictionary<string, HashSet<(string, int)>>(StringComparer.Ordinal);
        using var command = Command("SELECT incident, article, sentence FROM last_incident_members");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (!result.TryGetValue(reader.GetString(0), out var members))
            {
                result[reader.GetString(0)] = members = [];
            }

            members.Add((reader.GetString(1), reader.GetInt32(2)));
        }

        return result;
    }

    /// <summary>
    /// Replaces the record of the last run's incident members with <paramref name="members"/>,
    /// rewriting only the incidents whose members differ from <paramref name="before"/> (what
    /// <see cref="LastMembers"/> returned at the start of the run).
    /// </summary>
    public void SaveLastMembers(IReadOnlyDictionary<string, HashSet<(string Article, int Sentence)>> members,
        IReadOnlyDictionary<string, HashSet<(string Article, int Sentence)>> before)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(before);
        using var delete = Command("DELETE FROM last_incident_members WHERE incident = $i");
        foreach (var incident in before.Keys.Where(id => !members.ContainsKey(id)))
        {
            Run(delete, ("$i", incident));
        }

        using var insert = Command("INSERT OR IGNORE INTO last_incident_members VALUES ($i, $a, $s)");
        foreach (var (incident, sentences) in members)
        {
            if (before.TryGetValue(incident, out var old) && old.SetEquals(sentences))
            {
                continue;
            }

            Run(delete, ("$i", incident));
            foreach (var (article, sentence) in sentences)
            {
                Run(insert, ("$i", incident), ("$a", article), ("$s", sentence));
            }
        }
    }

    /// <summary>Replaces the record of what the last run reported with this run's incidents and conflicts.</summary>
    public void SaveLastReport(IEnumerable<(string Id, int Sentences)> incidents, IEnumerable<StoredConflict> conflicts)
    {
        Execute("DELETE FROM last_incidents");
        Execute("DELETE FROM last_conflicts");
        using (var insert = Command("INSERT INTO last_incidents VALUES ($id, $n)"))
        {
            foreach (var (id, sentences) in incidents)
            {
                Run(insert, ("$id", id), ("$n", sentences));
            }
        }

        using (var insert = Command("""
            INSERT OR REPLACE INTO last_conflicts (id, incident, evidence, summary, statement) VALUES ($id, $incident, $evidence, $summary, $statement)
            """))
        {
            foreach (var conflict in conflicts)
            {
                Run(insert, ("$id", conflict.Id), ("$incident", conflict.Incident), ("$evidence", conflict.Evidence), ("$summary", conflict.Summary),
                    ("$statement", conflict.Statement));
            }
        }
    }

    /// <summary>Ends a run without keeping anything it wrote (a read-only look at the corpus).</summary>
    public void AbandonRun()
    {
        _transaction?.Rollback();
        _transaction?.Dispose();
        _transaction = null;
    }

    /// <summary>Closes the file; a run not completed is rolled back.</summary>
    public void Dispose()
    {
        _transaction?.Dispose();
        _connection.Dispose();
    }

    /// <summary>The stored name of a status.</summary>
    public static string Name(ArticleStatus status) => status.ToString().ToLowerInvariant();

    private void Initialize()
    {
        // Touch the file first: a file that is not SQLite fails here with "not a database".
        var tables = Scalar<long>("SELECT COUNT(*) FROM sqlite_master");
        Execute("PRAGMA journal_mode = WAL");
        Execute("PRAGMA foreign_keys = ON");

        // In WAL mode NORMAL never corrupts the file, and a crashed or killed run loses nothing
        // committed; only a power cut may undo the very last run. It saves a sync per run.
        Execute("PRAGMA synchronous = NORMAL");
        Execute(string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {_busyTimeoutMs}"));
        var applicationId = Scalar<long>("PRAGMA application_id");
        var hasVersionTable = Scalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'") == 1;
        if (tables > 0 && (applicationId != ApplicationId || !hasVersionTable))
        {
            throw new StateException(
                $"state file '{Path}' is an SQLite database but not a Contradictions state file (expected application id {ApplicationId:X8}, " +
                $"found {applicationId:X8}); point --state at another file, or run with --rebuild to move it aside");
        }

        if (!hasVersionTable)
        {
            Execute("CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL)");
            Execute($"PRAGMA application_id = {ApplicationId}");
        }

        var version = Scalar<long>("SELECT COALESCE(MAX(version), 0) FROM schema_version");
        if (version > StateMigrations.Current)
        {
            throw new StateException(
                $"state file '{Path}' has schema version {version}, newer than the {StateMigrations.Current} this version of " +
                "contradictions understands; use a newer contradictions, or run with --rebuild to move it aside and start again");
        }

        for (var v = (int)version; v < StateMigrations.Current; v++)
        {
            using var migration = _connection.BeginTransaction();
            _transaction = migration;
            Execute(StateMigrations.Scripts[v]);
            Execute("INSERT INTO schema_version (version, applied_at) VALUES ($v, $at)", ("$v", v + 1), ("$at", Iso(DateTimeOffset.UtcNow)));
            migration.Commit();
            _transaction = null;
        }
    }

    private static void MoveAside(string full)
    {
        var backup = full + ".bak";
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            if (File.Exists(full + suffix))
            {
                File.Move(full + suffix, backup + suffix, overwrite: true);
            }
        }
    }

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private static void Run(SqliteCommand command, params (string Name, object? Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            if (command.Parameters.Contains(name))
            {
                command.Parameters[name].Value = value ?? DBNull.Value;
            }
            else
            {
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }
        }

        command.ExecuteNonQuery();
    }

    private void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        command.ExecuteNonQuery();
    }

    private T Scalar<T>(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }

    private long? ScalarOrNull(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteScalar() is long value ? value : null;
    }

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static byte[]? NullableBytes(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<byte[]>(ordinal);

    private static string Iso(DateTimeOffset moment) => moment.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
