using System.Globalization;
using Contradictions.Cli;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

// A run is short and allocates in proportion to the corpus (about 60 MB for a re-run that adds
// one article to 500, 370 MB for the first run of those 500): collecting garbage in between only
// costs time, 30-40 ms of a 0.5 s re-run. The runtime is asked to hold off until this much has
// been allocated; past it, it collects as usual. Where the heap is capped below it (a container),
// the request is refused and nothing changes.
const long NoCollectionBudget = 256L * 1024 * 1024;
try
{
    GC.TryStartNoGCRegion(NoCollectionBudget);
}
catch (ArgumentOutOfRangeException)
{
    // The heap's limit is smaller than the budget.
}

// Every command but --help opens the state file; SQLite loads on a spare core while the
// command line is parsed.
_ = Task.Run(Contradictions.State.StateStore.WarmUp);
return CommandLineApp.Run(args, Console.Out, Console.Error);
