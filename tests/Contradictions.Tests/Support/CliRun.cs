using System.Text.Json;
using Contradictions.Cli;

namespace Contradictions.Tests.Support;

/// <summary>Runs the real command line in-process and captures what it prints.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CommandLineApp.Run(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Lines of standard error that are messages, not progress lines.</summary>
    public IReadOnlyList<string> ErrorLines =>
        Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.StartsWith('[')).ToList();

    public static JsonElement ReadReport(string reportsDirectory)
    {
        using var stream = File.OpenRead(Path.Combine(reportsDirectory, "report.json"));
        return JsonDocument.Parse(stream).RootElement.Clone();
    }
}
