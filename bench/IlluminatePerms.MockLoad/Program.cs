using System;
using System.Diagnostics;
using System.Globalization;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries;
using IlluminatePerms.MockAeries.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using WireMock.Logging;
using WireMock.Server;
using WireMock.Settings;

// dotnet run -c Release --project bench/IlluminatePerms.MockLoad -- [--duration 3] [--connections 16] [--rounds 11]
// Needs wrk (Debian: apt-get install wrk). Talks only to 127.0.0.1.
var duration = Argument(args, "--duration", 3);
var connections = Argument(args, "--connections", 16);
var rounds = Argument(args, "--rounds", 11);
const int Scale = 100_000;

Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}");

// 1. Build the scale-100,000 data set: time and memory it keeps.
GC.Collect();
var before = GC.GetTotalMemory(forceFullCollection: true);
var clock = Stopwatch.StartNew();
var data = DataSetBuilder.Build(1, Scale, 2026);
var buildTime = clock.Elapsed;
var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
Console.WriteLine($"Data set of {data.StudentCount:N0} students: built in {buildTime.TotalSeconds:F2} s, retains {retained / 1024.0 / 1024.0:F0} MB (peak working set so far {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB)");
GC.KeepAlive(data);
data = null;

// 2. The mock at scale 100,000 and a bare WireMock callback that returns the same page, precomputed.
await using var mock = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = Scale });
const string PagePath = "api/v5/schools/994/students?StartingRecord=101&EndingRecord=200";
var certificate = mock.Certificate("full").Value;
using var http = new HttpClient { BaseAddress = mock.BaseUrl };
using var request = new HttpRequestMessage(HttpMethod.Get, PagePath);
request.Headers.Add("AERIES-CERT", certificate);
var page = await (await http.SendAsync(request)).Content.ReadAsByteArrayAsync();
Console.WriteLine($"Page: 100 students, {page.Length:N0} bytes");

// The bare baseline answers the way the mock does: from a middleware added with
// PreWireMockMiddlewareInit, writing the precomputed page with the same headers.
var bare = WireMockServer.Start(new WireMockServerSettings
{
    Urls = new[] { "http://127.0.0.1:0" },
    StartAdminInterface = false,
    MaxRequestLogCount = 0,
    Logger = new WireMockNullLogger(),
    PreWireMockMiddlewareInit = app => ((IApplicationBuilder)app).Use((HttpContext context, Func<Task> _) =>
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = page.Length;
        return context.Response.Body.WriteAsync(page).AsTask();
    }),
});

// Side by side in one run: short rounds, alternating which server goes first, so drift on the
// shared machine hits both alike; the median ratio over the rounds is the figure.
var baselines = new List<(double Rps, string P50, string P99, string Errors)>();
var measurements = new List<(double Rps, string P50, string P99, string Errors)>();
for (var round = 0; round < rounds; round++)
{
    if (round % 2 == 1)
    {
        measurements.Add(Wrk(new Uri(mock.BaseUrl, PagePath), certificate, duration, connections));
    }

    baselines.Add(Wrk(new Uri(new Uri(bare.Url!), PagePath), null, duration, connections));
    if (round % 2 == 0)
    {
        measurements.Add(Wrk(new Uri(mock.BaseUrl, PagePath), certificate, duration, connections));
    }
}

bare.Stop();

Console.WriteLine();
Console.WriteLine("| round | server | requests/s | p50 | p99 | errors |");
Console.WriteLine("|---:|---|---:|---:|---:|---:|");
for (var round = 0; round < rounds; round++)
{
    Console.WriteLine($"| {round + 1} | bare WireMock middleware (precomputed bytes) | {baselines[round].Rps:N0} | {baselines[round].P50} | {baselines[round].P99} | {baselines[round].Errors} |");
    Console.WriteLine($"| {round + 1} | MockAeries (fault decision, route match, certificate and permission check, paging, journal) | {measurements[round].Rps:N0} | {measurements[round].P50} | {measurements[round].P99} | {measurements[round].Errors} |");
}

var ratios = Enumerable.Range(0, rounds).Select(r => measurements[r].Rps / baselines[r].Rps).OrderBy(r => r).ToList();
Console.WriteLine($"MockAeries / baseline per round, sorted: {string.Join(", ", ratios.Select(r => r.ToString("P0", CultureInfo.InvariantCulture)))}");
Console.WriteLine($"Median ratio {ratios[rounds / 2]:P0}; all requests of the mock / all of the baseline {measurements.Sum(m => m.Rps) / baselines.Sum(b => b.Rps):P0}");

static (double Rps, string P50, string P99, string Errors) Wrk(Uri url, string? certificate, int seconds, int connections)
{
    // Two wrk threads (one per core), the given connections, a fixed duration: the load is bounded.
    var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, UseShellExecute = false };
    foreach (var argument in new[] { "-t2", $"-c{connections}", $"-d{seconds}s", "--latency", "--timeout", "5s" })
    {
        start.ArgumentList.Add(argument);
    }

    if (certificate is not null)
    {
        start.ArgumentList.Add("-H");
        start.ArgumentList.Add($"AERIES-CERT: {certificate}");
    }

    start.ArgumentList.Add(url.ToString());
    using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start; install it (apt-get install wrk).");
    var output = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    var rps = double.Parse(Regex.Match(output, @"Requests/sec:\s+([\d.]+)").Groups[1].Value, CultureInfo.InvariantCulture);
    var p50 = Regex.Match(output, @"^\s+50%\s+(\S+)", RegexOptions.Multiline).Groups[1].Value;
    var p99 = Regex.Match(output, @"^\s+99%\s+(\S+)", RegexOptions.Multiline).Groups[1].Value;
    var errors = Regex.Match(output, @"Non-2xx or 3xx responses: (\d+)|Socket errors: .*") is { Success: true } m ? m.Value : "0";
    return (rps, p50, p99, errors);
}

static int Argument(string[] args, string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}
