using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/IlluminatePerms.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Entry point type, named so BenchmarkSwitcher can find this assembly.</summary>
public partial class Program;
