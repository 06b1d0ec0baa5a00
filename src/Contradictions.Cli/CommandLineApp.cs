using System.CommandLine;

namespace Contradictions.Cli;

/// <summary>The <c>contradictions</c> command: parses arguments and hands them to a command.</summary>
public static class CommandLineApp
{
    /// <summary>Runs the command line <paramref name="args"/>, writing to the given streams.</summary>
    /// <returns>The process exit code: 0 success, 1 failure, 2 bad usage.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = new RootCommand(
            "Contradictions: reads articles from different outlets about the same events and shows who says what, " +
            "and where the accounts cannot both be true.")
        {
            AnalyzeCommand.Create(output, error),
            ClaimsCommand.Create(output, error),
        };
        foreach (var command in ReviewCommands.Create(output, error))
        {
            root.Subcommands.Add(command);
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"contradictions: {problem.Message}");
            }

            error.WriteLine("Try 'contradictions --help'.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            // A failure no command foresaw: one line, not a stack trace, and a failing exit code.
            error.WriteLine($"contradictions: internal error: {e.GetType().Name}: {e.Message}");
            return ExitCodes.Failure;
        }
    }
}
