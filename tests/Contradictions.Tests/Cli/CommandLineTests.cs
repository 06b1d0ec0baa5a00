using System.Diagnostics;
using Contradictions.Tests.Support;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Cli;

/// <summary>The command line reads well, and its exit codes say what happened.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void Help_lists_the_analyze_command_and_its_options()
    {
        var root = CliRun.Of("--help");
        root.ExitCode.ShouldBe(0);
        root.Output.ShouldContain("analyze");

        var analyze = CliRun.Of("analyze", "--help");
        analyze.ExitCode.ShouldBe(0);
        foreach (var option in new[] { "--out", "--format", "--state", "--rebuild", "--max-article-mb", "--verbose" })
        {
            analyze.Output.ShouldContain(option);
        }
    }

    [Theory]
    [InlineData("--no-such-option")]
    [InlineData("--format", "pdf")]
    [InlineData("--format", "")]
    [InlineData("--templates", "/no/such/folder")]
    [InlineData("--max-article-mb", "0")]
    public void Bad_usage_exits_2_with_a_message(params string[] extra)
    {
        using var corpus = new TempCorpus().WithSeeds();

        var run = CliRun.Of(["analyze", corpus.Corpus, "--out", corpus.Reports, .. extra]);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith("contradictions: ");
        Directory.Exists(corpus.Reports).ShouldBeFalse();
    }

    [Theory]
    [InlineData("index.hbs")]
    [InlineData("incident.hbs")]
    public void A_broken_template_is_one_clear_error(string template)
    {
        using var corpus = new TempCorpus().WithSeeds();
        var templates = Path.Combine(corpus.Root, "my-templates", "html");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, template), "<p>{{noSuchField}}</p>");

        var run = CliRun.Of("analyze", corpus.Corpus, "--out", corpus.Reports, "--templates", Path.Combine(corpus.Root, "my-templates"));

        run.ExitCode.ShouldBe(1);
        run.ErrorLines.ShouldContain(l => l.StartsWith("contradictions: report template error", StringComparison.Ordinal)
            && l.Contains("template html/" + template, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Redirected_output_gets_plain_progress_lines_and_a_summary()
    {
        using var corpus = new TempCorpus().WithSeeds();
        var cli = Path.Combine(AppContext.BaseDirectory, "contradictions.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = corpus.Root,
        };
        foreach (var arg in new[] { cli, "analyze", "corpus", "--out", "reports" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var outputTask = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        var output = await outputTask;
        await process.WaitForExitAsync();

        process.ExitCode.ShouldBe(0, error);
        error.ShouldContain("[5/5] corpus/");
        output.ShouldContain("5 articles: 5 new, 0 changed, 0 unchanged, 0 removed");
        output.ShouldContain("wrote reports/report.json");
        File.Exists(Path.Combine(corpus.Root, "reports", "report.json")).ShouldBeTrue();
        File.Exists(Path.Combine(corpus.Root, "corpus", ".contradictions", "state.db")).ShouldBeTrue();
    }
}
