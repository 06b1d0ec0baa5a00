using System.Globalization;
using Contradictions.Cli;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

// Every command but --help opens the state file; SQLite loads on a spare core while the
// command line is parsed.
_ = Task.Run(Contradictions.State.StateStore.WarmUp);
return CommandLineApp.Run(args, Console.Out, Console.Error);
