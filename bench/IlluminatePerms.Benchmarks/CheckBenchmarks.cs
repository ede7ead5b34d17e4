using System;
using System.Net.Http;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using IlluminatePerms.Checking;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Client.Http;
using IlluminatePerms.Connection;
using IlluminatePerms.MockAeries;
using IlluminatePerms.MockAeries.Faults;

namespace IlluminatePerms.Benchmarks;

/// <summary>
/// The certificate check of the full spec against the mock with 50 ms latency on every request:
/// parallel (8 at once) against sequential (1 at once), in one process. Goal: parallel at least 5x
/// faster, and within 1.3x of 50 ms x (3 + ceil(probes / 8)).
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class CheckBenchmarks
{
    private MockAeriesServer mock = null!;
    private HttpClient http = null!;
    private GrantCheckRequest request = null!;

    /// <summary>Requests in flight at once.</summary>
    [Params(1, 8)]
    public int Concurrency { get; set; }

    [GlobalSetup]
    public async Task StartAsync()
    {
        mock = await MockAeriesServer.StartAsync(new MockAeriesOptions
        {
            Scale = 300,
            Faults = new[] { new FaultRule { Latency = TimeSpan.FromMilliseconds(50) } },
        });
        http = new HttpClient(AeriesPrimaryHandler.Create(null));
        request = new GrantCheckRequest
        {
            BaseUrl = AeriesBaseUrl.Parse(mock.BaseUrl.ToString()),
            Certificate = AeriesCertificate.Parse(mock.Certificate("full").Value),
            Spec = MockAeriesServer.BundledSpec.Grants,
            MaxConcurrency = Concurrency,
        };
        var report = await new GrantChecker(http).CheckAsync(request);
        var probes = report.Requests - 2;
        Console.WriteLine($"// check: {report.Outcome}, {report.Requests} requests ({probes} after systeminfo and schools); floor 50 ms x (3 + ceil({probes} / 8)) = {50 * (3 + ((probes + 7) / 8))} ms; {report.Summary}");
    }

    [Benchmark(Description = "GrantChecker.CheckAsync")]
    public Task<GrantCheckReport> CheckAsync() => new GrantChecker(http).CheckAsync(request);

    [GlobalCleanup]
    public async Task StopAsync()
    {
        http.Dispose();
        await mock.DisposeAsync();
    }
}
