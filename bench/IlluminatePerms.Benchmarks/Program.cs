using BenchmarkDotNet.Running;
using IlluminatePerms.Benchmarks;

// dotnet run -c Release --project bench/IlluminatePerms.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(GeneratorBenchmarks).Assembly).Run(args);
