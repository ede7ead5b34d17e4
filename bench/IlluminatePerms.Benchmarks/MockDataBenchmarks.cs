using BenchmarkDotNet.Attributes;
using IlluminatePerms.MockAeries.Data;

namespace IlluminatePerms.Benchmarks;

/// <summary>Building the mock district: the scale-100,000 data set must take under 2 s and 500 MB.</summary>
[MemoryDiagnoser]
public class MockDataBenchmarks
{
    /// <summary>Number of students.</summary>
    [Params(2_000, 100_000)]
    public int Scale { get; set; }

    [Benchmark(Description = "DataSetBuilder.Build")]
    public object Build() => DataSetBuilder.Build(1, Scale, 2026); // object: the data set type is the mock's internal
}
