using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries;

// dotnet build -c Release src/Cli && dotnet run -c Release --project bench/IlluminatePerms.ProxyLoad -- [--tool PATH] [--seconds 5] [--workers 8] [--rounds 5] [--latency-requests 1000] [--latency MS] [--nginx]
// --latency MS: the mock waits that long before each answer, as a district across the internet does
// (0, the default, leaves the mock's own CPU as the only wait: the CPU-bound measure). Talks only to 127.0.0.1. The proxy is the real tool, started as `illuminate-perms proxy --port 0`;
// its per-request lines are read and dropped, as a terminal would take them.
var tool = Text(args, "--tool", Path.Combine("src", "Cli", "bin", "Release", "net10.0", "illuminate-perms.dll"));
var seconds = Number(args, "--seconds", 5);
var workers = Number(args, "--workers", 8);
var rounds = Number(args, "--rounds", 5);
var latencyRequests = Number(args, "--latency-requests", 1000);
var districtLatency = Number(args, "--latency", 0);
const string PagePath = "api/v5/schools/994/students?StartingRecord=1&EndingRecord=20";

Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; load average {File.ReadAllText("/proc/loadavg").Trim()}");
await using var mock = await MockAeriesServer.StartAsync(new MockAeriesOptions
{
    Scale = 2000,
    Faults = districtLatency == 0 ? [] : [new IlluminatePerms.MockAeries.Faults.FaultRule { Latency = TimeSpan.FromMilliseconds(districtLatency) }],
});
var certificate = mock.Certificate("full").Value;

// --nginx: nginx's proxy_pass in the proxy's place (forwarding only, no check), a floor for what any
// reverse proxy costs on this machine. nginx is not a dependency of the project; install it to compare.
var nginx = args.Contains("--nginx") ? NginxBaseline.Configure(mock.BaseUrl) : null;
var start = nginx?.Start ?? new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
if (nginx is null)
{
    foreach (var argument in new[] { tool, "proxy", "--base-url", mock.BaseUrl.AbsoluteUri, "--port", "0", "--quiet" })
    {
        start.ArgumentList.Add(argument);
    }
}

Process started;
try
{
    started = Process.Start(start)!;
}
catch (System.ComponentModel.Win32Exception exception) when (nginx is not null)
{
    Console.Error.WriteLine($"--nginx: nginx could not be started ({exception.Message}); install it first (Debian: apt-get install nginx-light).");
    return 1;
}

using var proxy = started;
var proxyUrl = nginx?.Url ?? await ProxyUrlAsync(proxy);
// A check that falls behind skips lines and says so on standard error: the figures are fair only without such warnings.
var errors = proxy.StandardError.ReadToEndAsync();
var drained = DrainAsync(proxy.StandardOutput);
try
{
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = workers, UseProxy = false });
    var page = await GetAsync(http, new Uri(mock.BaseUrl, PagePath), certificate);
    Console.WriteLine($"Page: 20 students, {page:N0} bytes; {workers} workers, {seconds} s per measure, {rounds} rounds; mock latency {districtLatency} ms");

    // Warm both paths, then alternate so that the machine's load drifts over both alike.
    await ThroughputAsync(http, mock.BaseUrl, certificate, workers, 1);
    await ThroughputAsync(http, proxyUrl, certificate, workers, 1);
    var ratios = new List<double>();
    var directCpu = new List<double>();
    var proxiedCpu = new List<double>();
    var proxyCpu = new List<double>();
    for (var round = 1; round <= rounds; round++)
    {
        var direct = await MeasureAsync(http, mock.BaseUrl, certificate, workers, seconds, proxy);
        var proxied = await MeasureAsync(http, proxyUrl, certificate, workers, seconds, proxy);
        ratios.Add(proxied.PerSecond / direct.PerSecond);
        directCpu.Add(direct.BenchCpu);
        proxiedCpu.Add(proxied.BenchCpu);
        proxyCpu.Add(proxied.ProxyCpu);
        Console.WriteLine($"round {round}: direct {direct.PerSecond:F0} req/s, proxied {proxied.PerSecond:F0} req/s, ratio {proxied.PerSecond / direct.PerSecond:F3}; "
            + $"CPU per request: direct {direct.BenchCpu * 1000:F0} us (client + mock), proxied {proxied.BenchCpu * 1000:F0} us (client + mock) + {proxied.ProxyCpu * 1000:F0} us (proxy)");
    }

    var directLatency = new List<double>();
    var proxiedLatency = new List<double>();
    using var single = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1, UseProxy = false });
    for (var round = 0; round < rounds; round++)
    {
        directLatency.AddRange(await LatenciesAsync(single, mock.BaseUrl, certificate, latencyRequests / rounds));
        proxiedLatency.AddRange(await LatenciesAsync(single, proxyUrl, certificate, latencyRequests / rounds));
    }

    var directMedian = Median(directLatency);
    var proxiedMedian = Median(proxiedLatency);
    Console.WriteLine($"throughput ratio (proxied / direct): median {Median(ratios):F3}, min {ratios.Min():F3}, max {ratios.Max():F3}");
    Console.WriteLine($"CPU per request, medians: direct {Median(directCpu) * 1000:F0} us (client + mock); proxied {Median(proxiedCpu) * 1000:F0} us (client + mock) + {Median(proxyCpu) * 1000:F0} us (proxy)");
    Console.WriteLine($"latency, one connection, {directLatency.Count} requests each: direct median {directMedian:F3} ms, proxied median {proxiedMedian:F3} ms, added {proxiedMedian - directMedian:F3} ms");
    Console.WriteLine($"load average at the end {File.ReadAllText("/proc/loadavg").Trim()}");
}
finally
{
    proxy.Kill(entireProcessTree: true);
    await proxy.WaitForExitAsync();
    await drained;
    var skipped = (await errors).Split('\n').Count(line => line.Contains("without their line or contract check", StringComparison.Ordinal));
    Console.WriteLine($"proxy warnings of requests passed on unchecked: {skipped}");
}

return 0;

static async Task<long> GetAsync(HttpClient http, Uri baseUrl, string certificate)
{
    using var request = new HttpRequestMessage(HttpMethod.Get, baseUrl);
    request.Headers.Add("AERIES-CERT", certificate);
    using var answer = await http.SendAsync(request);
    answer.EnsureSuccessStatusCode();
    return (await answer.Content.ReadAsByteArrayAsync()).LongLength;
}

// CPU is read from /proc for both processes, so it counts what each burned whatever else the machine runs.
static async Task<Measure> MeasureAsync(HttpClient http, Uri baseUrl, string certificate, int workers, int seconds, Process proxy)
{
    using var bench = Process.GetCurrentProcess();
    proxy.Refresh();
    var benchBefore = bench.TotalProcessorTime;
    var proxyBefore = proxy.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var requests = await ThroughputAsync(http, baseUrl, certificate, workers, seconds);
    var elapsed = clock.Elapsed.TotalSeconds;
    bench.Refresh();
    proxy.Refresh();
    return new Measure(
        requests / elapsed,
        (bench.TotalProcessorTime - benchBefore).TotalMilliseconds / requests,
        (proxy.TotalProcessorTime - proxyBefore).TotalMilliseconds / requests);
}

static async Task<int> ThroughputAsync(HttpClient http, Uri baseUrl, string certificate, int workers, int seconds)
{
    var url = new Uri(baseUrl, PagePath);
    var stopAt = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
    var counts = await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
    {
        var done = 0;
        while (Stopwatch.GetTimestamp() < stopAt)
        {
            await GetAsync(http, url, certificate);
            done++;
        }

        return done;
    }));
    return counts.Sum();
}

static async Task<List<double>> LatenciesAsync(HttpClient http, Uri baseUrl, string certificate, int count)
{
    var url = new Uri(baseUrl, PagePath);
    var times = new List<double>(count);
    for (var i = 0; i < count; i++)
    {
        var started = Stopwatch.GetTimestamp();
        await GetAsync(http, url, certificate);
        times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    return times;
}

static double Median(List<double> values)
{
    var sorted = values.OrderBy(v => v).ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

static async Task<Uri> ProxyUrlAsync(Process proxy)
{
    for (var i = 0; i < 100; i++)
    {
        var read = proxy.StandardOutput.ReadLineAsync();
        if (await Task.WhenAny(read, Task.Delay(TimeSpan.FromMinutes(1))) != read || await read is not { } line)
        {
            break;
        }

        if (Regex.Match(line, @"listening on (\S+)") is { Success: true } listening)
        {
            return new Uri(listening.Groups[1].Value);
        }
    }

    throw new InvalidOperationException("the proxy did not print its address");
}

static async Task DrainAsync(StreamReader output)
{
    var buffer = new char[64 * 1024];
    while (await output.ReadAsync(buffer, CancellationToken.None) > 0)
    {
    }
}

static string Text(string[] args, string name, string fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
}

static int Number(string[] args, string name, int fallback) => int.Parse(Text(args, name, fallback.ToString(System.Globalization.CultureInfo.InvariantCulture)), System.Globalization.CultureInfo.InvariantCulture);

/// <summary>One measure: requests per second, and CPU milliseconds per request of the benchmark (client and mock) and of the proxy.</summary>
internal sealed record Measure(double PerSecond, double BenchCpu, double ProxyCpu);

/// <summary>nginx as the proxy, in one process (no master), buffering off as the tool streams; its files in a temporary folder.</summary>
internal sealed record NginxBaseline(ProcessStartInfo Start, Uri Url)
{
    public static NginxBaseline Configure(Uri mock)
    {
        var folder = Directory.CreateTempSubdirectory("proxyload-nginx-").FullName;
        // A free port, asked of the system and released for nginx, which cannot listen on port 0.
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        File.WriteAllText(Path.Combine(folder, "nginx.conf"), $$"""
            master_process off;
            daemon off;
            error_log {{folder}}/error.log;
            pid {{folder}}/nginx.pid;
            events { worker_connections 256; }
            http {
              access_log off;
              client_body_temp_path {{folder}};
              proxy_temp_path {{folder}};
              upstream mock { server {{mock.Host}}:{{mock.Port}}; keepalive 16; }
              server {
                listen 127.0.0.1:{{port}};
                location / {
                  proxy_pass http://mock;
                  proxy_http_version 1.1;
                  proxy_set_header Connection "";
                  proxy_buffering off;
                }
              }
            }
            """);
        var start = new ProcessStartInfo("nginx") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-p", folder, "-c", Path.Combine(folder, "nginx.conf") })
        {
            start.ArgumentList.Add(argument);
        }

        return new NginxBaseline(start, new Uri($"http://127.0.0.1:{port}/"));
    }
}
