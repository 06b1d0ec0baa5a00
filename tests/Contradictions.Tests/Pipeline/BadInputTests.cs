using System.Text;
using Contradictions.Tests.Support;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Pipeline;

/// <summary>
/// Each kind of bad file gives one line naming the file and the reason; the other articles
/// are analysed, and the exit code says that something failed.
/// </summary>
public sealed class BadInputTests
{
    public static TheoryData<string, string, string> BadFiles => new()
    {
        // name, what to write (a recipe), what the message must say
        { "empty.txt", "empty", "the file is empty" },
        { "blank.md", "whitespace", "only whitespace" },
        { "image.txt", "binary", "NUL byte" },
        { "huge.txt", "huge", "over the 10 MB article limit" },
        { "dangling.txt", "dangling-link", "does not exist" },
        { "furniture.txt", "furniture-only", "nothing left to analyse" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void A_bad_file_is_named_with_its_reason_and_the_rest_is_analysed(string name, string recipe, string reason)
    {
        using var corpus = new TempCorpus().WithSeeds();
        Make(corpus, name, recipe);

        var run = CliRun.Of("analyze", corpus.Corpus, "--out", corpus.Reports);

        run.ExitCode.ShouldBe(1);
        var lines = run.ErrorLines.Where(l => l.Contains(name, StringComparison.Ordinal)).ToList();
        lines.Count.ShouldBe(1, run.Error);
        lines[0].ShouldContain(reason);
        lines[0].ShouldContain("error");
        var report = CliRun.ReadReport(corpus.Reports);
        report.Summary("articles").ShouldBe(5);
        report.Summary("fileErrors").ShouldBe(1);
        report.GetProperty("fileDiagnostics").EnumerateArray().ShouldContain(d => d.GetString()!.Contains(name));
    }

    [Fact]
    public void Invalid_utf8_is_read_as_windows_1252_with_a_warning()
    {
        using var corpus = new TempCorpus();
        // "Rebels said the “ceasefire” held" with curly quotes as Windows-1252 bytes 0x93 / 0x94.
        var bytes = Encoding.ASCII.GetBytes("Border calm\n\nRebels said the \u0001ceasefire\u0002 held overnight in the valley.\n");
        bytes[Array.IndexOf(bytes, (byte)1)] = 0x93;
        bytes[Array.IndexOf(bytes, (byte)2)] = 0x94;
        corpus.WriteBytes("latin.txt", bytes);

        var run = CliRun.Of("analyze", corpus.Corpus, "--out", corpus.Reports);

        run.ExitCode.ShouldBe(0, run.Error);
        var article = CliRun.ReadReport(corpus.Reports).Article("latin.txt");
        article.GetProperty("warnings").EnumerateArray().ShouldContain(w => w.GetString()!.Contains("not valid UTF-8"));
        article.GetProperty("sentences").GetInt32().ShouldBe(2);
    }

    [Fact]
    public void Malformed_front_matter_is_a_warning_and_the_body_is_read()
    {
        using var corpus = new TempCorpus();
        corpus.Write("broken.md", "---\ntitle: \"Dam breach floods valley\nthis: [is not: yaml\n---\n\nThe dam gave way before dawn on Tuesday.\n\nRescuers reached the first village by noon.\n");

        var run = CliRun.Of("analyze", corpus.Corpus, "--out", corpus.Reports, "--verbose");

        run.ExitCode.ShouldBe(0, run.Error);
        run.ErrorLines.ShouldContain(l => l.Contains("broken.md(") && l.Contains("IN006") && l.Contains("malformed front matter"));
        var article = CliRun.ReadReport(corpus.Reports).Article("broken.md");
        article.GetProperty("sentences").GetInt32().ShouldBe(2);
    }

    [Fact]
    public void An_empty_corpus_folder_says_so_and_fails()
    {
        using var corpus = new TempCorpus();

        var run = CliRun.Of("analyze", corpus.Corpus, "--out", corpus.Reports);

        run.ExitCode.ShouldBe(1);
        run.ErrorLines.ShouldContain(l => l.Contains(corpus.Corpus) && l.Contains("no articles found"));
        CliRun.ReadReport(corpus.Reports).Summary("articles").ShouldBe(0);
    }

    [Fact]
    public void A_missing_corpus_folder_is_a_usage_error()
    {
        using var corpus = new TempCorpus();
        var missing = Path.Combine(corpus.Root, "nowhere");

        var run = CliRun.Of("analyze", missing, "--out", corpus.Reports);

        run.ExitCode.ShouldBe(2);
        run.ErrorLines.Single().ShouldContain($"corpus folder '{missing}' does not exist");
        Directory.Exists(corpus.Reports).ShouldBeFalse();
    }

    [Fact]
    public void A_file_that_turns_bad_keeps_its_stored_article()
    {
        using var corpus = new TempCorpus().WithSeeds();
        CliRun.Of("analyze", corpus.Corpus, "--out", corpus.Reports).ExitCode.ShouldBe(0);
        var sentences = CliRun.ReadReport(corpus.Reports).Article("002_37305f08884328e6.txt").GetProperty("sentences").GetInt32();
        corpus.WriteBytes("002_37305f08884328e6.txt", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]);

        var run = CliRun.Of("analyze", corpus.Corpus, "--out", corpus.Reports);

        run.ExitCode.ShouldBe(1);
        run.ErrorLines.ShouldContain(l => l.Contains("002_37305f08884328e6.txt") && l.Contains("NUL byte"));
        var report = CliRun.ReadReport(corpus.Reports);
        report.Summary("articles").ShouldBe(5);
        report.Article("002_37305f08884328e6.txt").GetProperty("sentences").GetInt32().ShouldBe(sentences);
    }

    [Fact]
    public void Files_that_are_not_articles_are_named_and_skipped()
    {
        using var corpus = new TempCorpus().WithSeeds();
        corpus.Write("notes.docx", "not an article");
        corpus.Write("parties.yml", "parties:\n  - name: Ruritania\n    aliases: [Strelsau]\n");
        corpus.Write(".hidden/secret.txt", "A hidden folder is not part of the corpus.");

        var run = CliRun.Of("analyze", corpus.Corpus, "--out", corpus.Reports);

        run.ExitCode.ShouldBe(0, run.Error);
        run.ErrorLines.ShouldContain(l => l.Contains("notes.docx") && l.Contains("not an article format"));
        run.ErrorLines.ShouldNotContain(l => l.Contains("parties.yml") || l.Contains("secret.txt"));
        CliRun.ReadReport(corpus.Reports).Summary("articles").ShouldBe(5);
    }

    private static void Make(TempCorpus corpus, string name, string recipe)
    {
        switch (recipe)
        {
            case "empty":
                corpus.WriteBytes(name, []);
                break;
            case "whitespace":
                corpus.Write(name, "\n\n   \t\n");
                break;
            case "binary":
                corpus.WriteBytes(name, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
                break;
            case "huge":
                using (var stream = File.Create(Path.Combine(corpus.Corpus, name)))
                {
                    var line = Encoding.UTF8.GetBytes("Officials said the river rose again overnight.\n");
                    for (long written = 0; written < 50L * 1024 * 1024; written += line.Length)
                    {
                        stream.Write(line);
                    }
                }

                break;
            case "dangling-link":
                File.CreateSymbolicLink(Path.Combine(corpus.Corpus, name), Path.Combine(corpus.Root, "gone.txt"));
                break;
            case "furniture-only":
                corpus.Write(name, "1 171\n\n2,500 $\n\nRelated news\n");
                break;
            default:
                throw new ArgumentException(recipe);
        }
    }
}
