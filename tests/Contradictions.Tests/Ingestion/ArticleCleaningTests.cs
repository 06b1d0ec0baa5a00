using System.Text;
using Contradictions.Ingestion;
using Contradictions.Tests.Support;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Ingestion;

/// <summary>
/// Ingest cases as files: each <c>Cases/Ingestion/NNN-name.(txt|md|html)</c> is read as an
/// article and the result rendered in the format of its <c>NNN-name.expected.txt</c>
/// (see Cases/Ingestion/README.md). Adding a case needs no code.
/// </summary>
public sealed class ArticleCleaningTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var name in CaseNames())
        {
            data.Add(name);
        }

        return data;
    }

    internal static IEnumerable<string> CaseNames()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Cases("Ingestion")).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (CorpusScanner.FormatOf(name) is not null && !name.EndsWith(".expected.txt", StringComparison.Ordinal)
                && !name.EndsWith(".actual.txt", StringComparison.Ordinal) && name != "README.md")
            {
                yield return name;
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case(string name)
    {
        var folder = RepoPaths.Cases("Ingestion");
        var path = Path.Combine(folder, name);
        var expectedPath = Path.Combine(folder, Path.GetFileNameWithoutExtension(name) + ".expected.txt");
        File.Exists(expectedPath).ShouldBeTrue($"{name} has no {Path.GetFileName(expectedPath)}");

        var actual = Render(path, name);
        var expected = File.ReadAllText(expectedPath).ReplaceLineEndings("\n").TrimEnd() + "\n";

        actual.ShouldBe(expected, $"case {name}: the article read differs from {Path.GetFileName(expectedPath)}");
    }

    [Fact]
    public void Every_case_has_an_expectation_and_there_are_enough_of_them()
    {
        CaseNames().Count().ShouldBeGreaterThanOrEqualTo(20);
    }

    /// <summary>Renders what ingest made of a file, in the expected-file format.</summary>
    internal static string Render(string path, string name)
    {
        var info = new FileInfo(path);
        var file = new CorpusFile(path, name, "case/" + name, info.Length, info.LastWriteTimeUtc.Ticks, CorpusScanner.FormatOf(name)!.Value);
        var reader = new ArticleReader(IngestionOptions.Default);
        var loaded = reader.Load(file);
        var builder = new StringBuilder();
        if (loaded.Text is null)
        {
            builder.Append("## error\n").Append(loaded.Diagnostic!.Code).Append('\n');
            return builder.ToString();
        }

        var (article, diagnostics) = reader.Build(loaded);
        if (article is null)
        {
            builder.Append("## error\n");
            foreach (var d in diagnostics.Where(d => d.Severity == Contradictions.Diagnostics.DiagnosticSeverity.Error))
            {
                builder.Append(d.Code).Append('\n');
            }

            return builder.ToString();
        }

        var m = article.Metadata;
        builder.Append("## title\n").Append(m.Title).Append('\n');
        if (m.Outlet is not null || m.Url is not null || m.Published is not null || (m.Language is not null && m.Language != "en"))
        {
            builder.Append("## metadata\n");
            Append(builder, "outlet", m.Outlet);
            Append(builder, "url", m.Url);
            Append(builder, "published", m.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            Append(builder, "language", m.Language);
        }

        builder.Append("## paragraphs\n");
        for (var i = 0; i < article.Paragraphs.Length; i++)
        {
            var p = article.Paragraphs[i];
            var role = i == article.HeadlineParagraph ? "Headline" : p.Role.ToString();
            builder.Append(role).Append(": ").Append(article.Text.AsSpan(p.Span.Start, p.Span.Length)).Append('\n');
        }

        if (!article.Diagnostics.IsEmpty)
        {
            builder.Append("## diagnostics\n");
            foreach (var d in article.Diagnostics)
            {
                builder.Append(d.Line).Append(' ').Append(d.Code).Append('\n');
            }
        }

        if (!article.SetAside.IsEmpty)
        {
            builder.Append("## set aside\n");
            foreach (var line in article.SetAside)
            {
                builder.Append(line.Line).Append(' ').Append(line.Reason).Append('\n');
            }
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, string name, string? value)
    {
        if (value is not null)
        {
            builder.Append(name).Append(": ").Append(value).Append('\n');
        }
    }
}
