using Contradictions.State;
using Contradictions.Tests.Support;
using Microsoft.Data.Sqlite;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.State;

/// <summary>The state file is a real SQLite file that refuses, with a fix, what it cannot use.</summary>
public sealed class StateFileTests
{
    [Fact]
    public void A_new_state_file_is_sqlite_in_wal_mode_with_a_schema_version()
    {
        using var corpus = new TempCorpus();
        using (StateStore.Open(corpus.StatePath))
        {
        }

        using var connection = new SqliteConnection($"Data Source={corpus.StatePath};Pooling=False");
        connection.Open();
        Scalar(connection, "PRAGMA journal_mode").ShouldBe("wal");
        Scalar(connection, "SELECT MAX(version) FROM schema_version").ShouldBe(StateMigrations.Current.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Scalar(connection, "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('articles', 'sentences', 'runs')").ShouldBe("3");
    }

    [Fact]
    public void A_corrupt_state_file_gives_one_error_naming_the_fix()
    {
        using var corpus = new TempCorpus().WithSeeds();
        Directory.CreateDirectory(Path.GetDirectoryName(corpus.StatePath)!);
        File.WriteAllBytes(corpus.StatePath, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 251))]);

        var run = CliRun.Of("analyze", corpus.Corpus, "--out", corpus.Reports);

        run.ExitCode.ShouldBe(1);
        var line = run.ErrorLines.Single();
        line.ShouldContain(corpus.StatePath);
        line.ShouldContain("--rebuild");
    }

    [Fact]
    public void Rebuild_moves_the_old_file_aside_and_starts_again()
    {
        using var corpus = new TempCorpus().WithSeeds();
        Directory.CreateDirectory(Path.GetDirectoryName(corpus.StatePath)!);
        var garbage = "this is not a database, but somebody may want it back"u8.ToArray();
        File.WriteAllBytes(corpus.StatePath, garbage);

        var run = CliRun.Of("analyze", corpus.Corpus, "--out", corpus.Reports, "--rebuild");

        run.ExitCode.ShouldBe(0, run.Error);
        File.ReadAllBytes(corpus.StatePath + ".bak").ShouldBe(garbage);
        CliRun.ReadReport(corpus.Reports).Summary("new").ShouldBe(5);
    }

    [Fact]
    public void A_state_file_from_a_newer_version_is_refused_with_the_versions()
    {
        using var corpus = new TempCorpus().WithSeeds();
        using (StateStore.Open(corpus.StatePath))
        {
        }

        using (var connection = new SqliteConnection($"Data Source={corpus.StatePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO schema_version VALUES (99, '2030-01-01T00:00:00Z')";
            command.ExecuteNonQuery();
        }

        var error = Should.Throw<StateException>(() => StateStore.Open(corpus.StatePath));
        error.Message.ShouldContain("schema version 99");
        error.Message.ShouldContain("newer");
        error.Message.ShouldContain("--rebuild");
    }

    [Fact]
    public void Another_programs_sqlite_file_is_not_taken_for_state()
    {
        using var corpus = new TempCorpus();
        var path = Path.Combine(corpus.Root, "other.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE contacts (name TEXT)";
            command.ExecuteNonQuery();
        }

        var error = Should.Throw<StateException>(() => StateStore.Open(path));
        error.Message.ShouldContain("not a Contradictions state file");
    }

    [Fact]
    public void A_run_that_is_not_completed_leaves_the_state_as_it_was()
    {
        using var corpus = new TempCorpus();
        using (var store = StateStore.Open(corpus.StatePath))
        {
            store.BeginRun(DateTimeOffset.UnixEpoch, "corpus");
            store.MarkRemoved(new Contradictions.Ingestion.ArticleId("0000000000000000"), 1);
            // Disposed without CompleteRun: rolled back.
        }

        using var reopened = StateStore.Open(corpus.StatePath);
        reopened.CompletedRuns().ShouldBe(0);
        using var connection = new SqliteConnection($"Data Source={corpus.StatePath};Pooling=False");
        connection.Open();
        Scalar(connection, "SELECT COUNT(*) FROM runs").ShouldBe("0");
    }

    private static string Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
