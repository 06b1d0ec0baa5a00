using Contradictions.Pipeline;
using Spectre.Console;

namespace Contradictions.Cli;

/// <summary>
/// Shows a run's progress: a progress bar on an interactive terminal, plain lines on
/// standard error when output is redirected (a log, CI), so logs stay readable. The lines
/// name the files read or refused; a file found unchanged gets none (a re-run that adds one
/// article to hundreds logs one line, not hundreds: the summary counts the unchanged ones).
/// </summary>
internal static class ProgressDisplay
{
    public static AnalysisResult Run(TextWriter error, Func<IProgress<AnalysisProgress>, AnalysisResult> work)
    {
        var interactive = !Console.IsErrorRedirected && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive
            && ReferenceEquals(error, Console.Error);
        if (!interactive)
        {
            var sync = new object();
            return work(new SyncProgress(p =>
            {
                if (p.Outcome == "unchanged")
                {
                    return;
                }

                lock (sync)
                {
                    error.WriteLine($"[{p.Done}/{p.Total}] {p.Path}: {p.Outcome}");
                }
            }));
        }

        AnalysisResult? result = null;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("Reading articles", maxValue: 1);
                result = work(new SyncProgress(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                }));
            });
        return result!;
    }

    /// <summary>Reports on the calling thread, unlike <see cref="Progress{T}"/>, which posts to a thread pool and may report late.</summary>
    private sealed class SyncProgress(Action<AnalysisProgress> report) : IProgress<AnalysisProgress>
    {
        public void Report(AnalysisProgress value) => report(value);
    }
}
