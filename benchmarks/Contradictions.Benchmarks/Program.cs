using BenchmarkDotNet.Running;

// Run with: dotnet run -c Release --project benchmarks/Contradictions.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Contradictions.Benchmarks.IngestBenchmarks).Assembly).Run(args);
