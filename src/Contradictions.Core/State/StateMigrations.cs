namespace Contradictions.State;

/// <summary>
/// The schema of the state file, as an ordered list of migrations. Version N is reached by
/// applying migrations 1..N in order; a migration is never edited once released, only
/// followed by a new one.
/// </summary>
internal static class StateMigrations
{
    /// <summary>The schema version this build writes and understands.</summary>
    public static int Current => Scripts.Length;

    /// <summary>Migration i (0-based) takes the schema from version i to i + 1.</summary>
    public static readonly string[] Scripts =
    [
        """
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            corpus TEXT NOT NULL,
            new_articles INTEGER NOT NULL DEFAULT 0,
            changed_articles INTEGER NOT NULL DEFAULT 0,
            unchanged_articles INTEGER NOT NULL DEFAULT 0,
            removed_articles INTEGER NOT NULL DEFAULT 0,
            failed_files INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL,
            path TEXT NOT NULL,
            format TEXT NOT NULL,
            size INTEGER NOT NULL,
            last_write_ticks INTEGER NOT NULL,
            title TEXT NOT NULL,
            outlet TEXT,
            url TEXT,
            published TEXT,
            language TEXT,
            text TEXT NOT NULL,
            headline_paragraph INTEGER NOT NULL,
            repeated_paragraphs INTEGER NOT NULL,
            boilerplate_lines INTEGER NOT NULL,
            tail_lines INTEGER NOT NULL,
            set_aside_lines INTEGER NOT NULL,
            status TEXT NOT NULL,
            superseded_by TEXT,
            first_run INTEGER NOT NULL REFERENCES runs(id),
            last_run INTEGER NOT NULL REFERENCES runs(id),
            pipeline_version INTEGER NOT NULL
        );
        CREATE INDEX articles_path ON articles(path);
        CREATE TABLE paragraphs (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            length INTEGER NOT NULL,
            source_line INTEGER NOT NULL,
            role TEXT NOT NULL,
            PRIMARY KEY (article_id, idx)
        ) WITHOUT ROWID;
        CREATE TABLE sentences (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            length INTEGER NOT NULL,
            paragraph INTEGER NOT NULL,
            kind TEXT NOT NULL,
            quote_start INTEGER,
            quote_end INTEGER,
            PRIMARY KEY (article_id, idx)
        ) WITHOUT ROWID;
        CREATE TABLE article_diagnostics (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            line INTEGER NOT NULL,
            col INTEGER NOT NULL,
            severity TEXT NOT NULL,
            code TEXT NOT NULL,
            message TEXT NOT NULL,
            PRIMARY KEY (article_id, seq)
        ) WITHOUT ROWID;
        CREATE TABLE set_aside (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            line INTEGER NOT NULL,
            reason TEXT NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (article_id, seq)
        ) WITHOUT ROWID;
        """,
        """
        CREATE TABLE reviews (
            conflict_id TEXT PRIMARY KEY,
            status TEXT NOT NULL,
            note TEXT,
            at TEXT NOT NULL,
            evidence TEXT NOT NULL,
            summary TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE last_incidents (
            id TEXT PRIMARY KEY,
            sentences INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE last_conflicts (
            id TEXT PRIMARY KEY,
            incident TEXT NOT NULL,
            evidence TEXT NOT NULL,
            summary TEXT NOT NULL
        ) WITHOUT ROWID;
        """,
        """
        CREATE TABLE last_incident_members (
            incident TEXT NOT NULL,
            article TEXT NOT NULL,
            sentence INTEGER NOT NULL,
            PRIMARY KEY (incident, article, sentence)
        ) WITHOUT ROWID;
        """,
        """
        CREATE TABLE article_claims (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            discovery_key TEXT,
            discovery BLOB,
            people_key TEXT,
            people BLOB,
            claims_key TEXT,
            lookups BLOB,
            claims BLOB
        ) WITHOUT ROWID;
        CREATE TABLE grouping_model (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            key TEXT NOT NULL,
            data BLOB NOT NULL
        );
        """,
        """
        ALTER TABLE last_conflicts ADD COLUMN statement TEXT NOT NULL DEFAULT '';
        """,
        """
        DROP TABLE grouping_model;
        CREATE TABLE grouping_parts (
            part TEXT PRIMARY KEY,
            key TEXT NOT NULL,
            data BLOB NOT NULL
        );
        """,
    ];
}
