using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Contradictions.Diagnostics;
using Contradictions.Pipeline;
using Contradictions.State;

namespace Contradictions.Reporting;

/// <summary>
/// Writes <c>report.json</c>, the machine contract (schemaVersion 1 in ARCHITECTURE.md).
/// Written field by field so the order is fixed and the output byte-identical for the same
/// input and clock; fields are only ever added, never changed in meaning.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    /// <summary>The report contract version.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The file name written.</summary>
    public const string FileName = "report.json";

    /// <inheritdoc />
    public string Format => "json";

    /// <inheritdoc />
    public IReadOnlyList<string> Write(AnalysisResult result, string outputDirectory, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrEmpty(outputDirectory);
        Directory.CreateDirectory(outputDirectory);
        var path = Path.Join(outputDirectory, FileName);
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary))
        {
            Write(result, stream, generatedAt);
        }

        // Replace in one step, so a reader never sees half a report.
        File.Move(temporary, path, overwrite: true);
        return [path];
    }

    private static void WriteChanges(Utf8JsonWriter json, RunChanges changes)
    {
        json.WriteStartObject("sinceLastRun");
        json.WriteBoolean("firstRun", changes.FirstRun);
        json.WriteString("summary", ChangeList.Summary(changes));
        ClaimJson.Strings(json, "newArticles", changes.NewArticles.Select(a => a.Article.Id.Value));
        ClaimJson.Strings(json, "changedArticles", changes.ChangedArticles.Select(a => a.Article.Id.Value));
        ClaimJson.Strings(json, "removedArticles", changes.RemovedArticles);
        ClaimJson.Strings(json, "newIncidents", changes.NewIncidents.Select(i => i.Id.Value));
        json.WriteStartArray("grownIncidents");
        foreach (var incident in changes.GrownIncidents)
        {
            json.WriteStartObject();
            json.WriteString("id", incident.Id.Value);
            json.WriteNumber("gainedSentences", incident.GainedSentences);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        ClaimJson.Strings(json, "newConflicts", changes.NewConflicts.Select(p => p.Conflict.Id));
        json.WriteStartArray("changedConflicts");
        foreach (var (_, conflict) in changes.ChangedConflicts)
        {
            json.WriteStartObject();
            json.WriteString("id", conflict.Id);
            json.WriteString("summary", conflict.Summary);
            json.WriteString("previous", conflict.Previous);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("goneConflicts");
        foreach (var conflict in changes.GoneConflicts)
        {
            json.WriteStartObject();
            json.WriteString("id", conflict.Id);
            json.WriteString("incident", conflict.Incident);
            json.WriteString("summary", conflict.Summary);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes the report to <paramref name="stream"/>.</summary>
    public static void Write(AnalysisResult result, Stream stream, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(stream);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            // Article text is kept readable (non-ASCII letters as they are); JSON stays valid.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });

        json.WriteStartObject();
        json.WriteNumber("schemaVersion", SchemaVersion);
        json.WriteString("generatedAt", generatedAt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        json.WriteString("corpus", result.Corpus);

        json.WriteStartObject("summary");
        json.WriteNumber("articles", result.Articles.Length);
        json.WriteNumber("new", result.Articles.Count(a => a.Status == ArticleStatus.New));
        json.WriteNumber("changed", result.Articles.Count(a => a.Status == ArticleStatus.Changed));
        json.WriteNumber("unchanged", result.Articles.Count(a => a.Status == ArticleStatus.Unchanged));
        json.WriteNumber("removed", result.Removed.Length);
        json.WriteNumber("sentences", result.Articles.Sum(a => a.Sentences.Length));
        json.WriteNumber("filesRead", result.FilesRead);
        json.WriteNumber("articlesProcessed", result.ArticlesProcessed);
        json.WriteNumber("fileErrors", result.FileDiagnostics.Count(d => d.Severity == DiagnosticSeverity.Error));
        json.WriteEndObject();
        WriteChanges(json, result.Changes);

        json.WriteStartArray("articles");
        foreach (var analyzed in result.Articles)
        {
            var article = analyzed.Article;
            var m = article.Metadata;
            json.WriteStartObject();
            json.WriteString("id", article.Id.Value);
            json.WriteString("path", analyzed.DisplayPath);
            json.WriteString("title", m.Title);
            ClaimJson.Nullable(json, "outlet", m.Outlet);
            ClaimJson.Nullable(json, "url", m.Url);
            ClaimJson.Nullable(json, "published", m.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            ClaimJson.Nullable(json, "language", m.Language);
            json.WriteString("format", article.Format.ToString().ToLowerInvariant());
            json.WriteNumber("sentences", analyzed.Sentences.Length);
            json.WriteString("status", StateStore.Name(analyzed.Status));
            ClaimJson.Strings(json, "warnings", article.Diagnostics.Select(d => d.ToString()));
            json.WriteStartObject("cleaning");
            json.WriteNumber("repeatedParagraphs", article.Counts.RepeatedParagraphs);
            json.WriteNumber("boilerplateLines", article.Counts.BoilerplateLines);
            json.WriteNumber("tailBlocks", article.Counts.TailLines);
            json.WriteNumber("setAsideLines", article.Counts.SetAsideLines);
            json.WriteNumber("repeatedSentences", article.Diagnostics.Count(d => d.Code == DiagnosticCodes.RepeatedSentence));
            json.WriteEndObject();
            json.WriteStartArray("setAside");
            foreach (var line in article.SetAside)
            {
                json.WriteStartObject();
                json.WriteNumber("line", line.Line);
                json.WriteString("reason", line.Reason);
                json.WriteString("text", line.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            FlushSome(json);
        }

        json.WriteEndArray();

        json.WriteStartArray("removedArticles");
        foreach (var (id, path, title) in result.Removed)
        {
            json.WriteStartObject();
            json.WriteString("id", id.Value);
            json.WriteString("path", path);
            json.WriteString("title", title);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        ClaimJson.Strings(json, "fileDiagnostics", result.FileDiagnostics.Select(d => d.ToString()));

        var byId = result.Articles.ToDictionary(a => a.Article.Id);
        json.WriteStartArray("incidents");
        foreach (var incident in result.Incidents)
        {
            json.WriteStartObject();
            json.WriteString("id", incident.Id.Value);
            json.WriteString("label", incident.Label);
            json.WriteString("change", incident.Change);
            json.WriteNumber("gainedSentences", incident.GainedSentences);
            if (incident.From is { } from && incident.To is { } to)
            {
                json.WriteStartObject("dates");
                json.WriteString("from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteString("to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("dates");
            }

            ClaimJson.Strings(json, "places", incident.Places);
            ClaimJson.Strings(json, "articles", incident.Articles.Select(a => a.Value));
            json.WriteStartArray("sentences");
            foreach (var sentence in incident.Sentences)
            {
                json.WriteStartObject();
                json.WriteString("article", sentence.Article.Value);
                json.WriteNumber("index", sentence.Index);
                json.WriteString("text", sentence.Text);
                json.WriteBoolean("background", sentence.Background);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("timeline");
            foreach (var entry in Timeline.Of(incident, byId))
            {
                json.WriteStartObject();
                ClaimJson.Nullable(json, "date", entry.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteNumber("arrival", entry.Arrival);
                json.WriteString("article", entry.Article.Value);
                json.WriteNumber("sentence", entry.Sentence);
                json.WriteString("speaker", entry.Speaker);
                ClaimJson.Nullable(json, "party", entry.Party);
                json.WriteString("claim", entry.What);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("conflicts");
            foreach (var conflict in incident.Conflicts)
            {
                json.WriteStartObject();
                json.WriteString("id", conflict.Id);
                json.WriteString("kind", conflict.Kind.ToString().ToLowerInvariant());
                json.WriteString("severity", conflict.Severity.ToString().ToLowerInvariant());
                json.WriteString("summary", conflict.Summary);
                json.WriteString("why", conflict.Why);
                ClaimJson.Nullable(json, "quantity", conflict.Quantity);
                json.WriteBoolean("revision", conflict.IsRevision);
                json.WriteString("change", conflict.Change);
                WriteAccounts(json, conflict.Accounts);
                json.WriteStartObject("review");
                json.WriteString("status", conflict.Review.Status);
                ClaimJson.Nullable(json, "note", conflict.Review.Note);
                ClaimJson.Nullable(json, "at", conflict.Review.At?.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
                json.WriteBoolean("evidenceChanged", conflict.Review.EvidenceChanged);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("corroborations");
            foreach (var corroboration in incident.Corroborations)
            {
                json.WriteStartObject();
                json.WriteString("id", corroboration.Id);
                json.WriteString("kind", corroboration.Kind.ToString().ToLowerInvariant());
                json.WriteString("summary", corroboration.Summary);
                json.WriteString("why", corroboration.Why);
                ClaimJson.Nullable(json, "quantity", corroboration.Quantity);
                json.WriteBoolean("acrossSides", corroboration.AcrossSides);
                WriteAccounts(json, corroboration.Accounts);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            FlushSome(json);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// Hands what the writer holds to the stream once it passes a few pages: without it the
    /// writer keeps the whole report in one buffer that doubles as it grows (4 MB of large
    /// blocks for a 2.5 MB report, collected as the heap's oldest generation).
    /// </summary>
    private static void FlushSome(Utf8JsonWriter json)
    {
        if (json.BytesPending > 32 * 1024)
        {
            json.Flush();
        }
    }

    private static void WriteAccounts(Utf8JsonWriter json, System.Collections.Immutable.ImmutableArray<Comparison.Account> accounts)
    {
        json.WriteStartArray("accounts");
        foreach (var account in accounts)
        {
            json.WriteStartObject();
            json.WriteString("party", account.Party);
            json.WriteStartArray("claims");
            foreach (var claim in account.Claims)
            {
                json.WriteStartObject();
                json.WriteString("article", claim.Article.Value);
                json.WriteNumber("sentence", claim.Sentence);
                json.WriteString("text", claim.Text);
                json.WriteString("speaker", claim.Speaker);
                ClaimJson.Nullable(json, "speakerParty", claim.Party);
                json.WriteString("claim", claim.Claim.Kind.ToString().ToLowerInvariant());
                if (claim.Claim.Figure is { } figure)
                {
                    json.WriteStartObject("figure");
                    ClaimJson.WriteFigureValue(json, figure.Value);
                    json.WriteString("unit", figure.Item);
                    ClaimJson.Nullable(json, "outcome", figure.Outcome);
                    ClaimJson.Nullable(json, "owner", claim.Claim.FigureOwner);
                    json.WriteString("text", figure.Text);
                    json.WriteEndObject();
                }
                else
                {
                    json.WriteNull("figure");
                }

                if (claim.Claim.Accusation is { } accusation)
                {
                    json.WriteString("cue", accusation.Cue);
                }
                else if (claim.Claim.Denial is { } denial)
                {
                    json.WriteString("cue", denial.Cue);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
