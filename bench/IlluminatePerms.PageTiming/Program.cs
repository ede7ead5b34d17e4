using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.AspNetCore;
using IlluminatePerms.Checking;
using IlluminatePerms.Connection;
using IlluminatePerms.MockAeries;
using IlluminatePerms.MockAeries.Faults;
using IlluminatePerms.Spec;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Usage: PageTiming CLI_DLL [runs] [latency-ms]
// One mock (scale 200, the 'partial' certificate), then per run, in rotating order:
//   page: POST /api/check to the check page hosted in this process (warm, as a site serves it);
//   core: the checker in this process on a pipeline built for the one check, as `check` builds it;
//   cli:  `dotnet CLI_DLL check --base-url … --cert-file … --format json -q`, a process, wall time.
// Prints medians and the median of the paired ratios page/core and page/cli.
var cliDll = Path.GetFullPath(args.Length > 0 ? args[0] : "src/Cli/bin/Release/net10.0/illuminate-perms.dll");
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 11;
var latency = TimeSpan.FromMilliseconds(args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 0);
var spec = PermissionSpec.BundledExample;

await using var mock = await MockAeriesServer.StartAsync(new MockAeriesOptions
{
    Scale = 200,
    SpecGrants = spec.Grants,
    Faults = latency > TimeSpan.Zero ? [new FaultRule { Latency = latency }] : [],
});
var certificate = mock.Certificate("partial").Value;
var certFile = Path.GetTempFileName();
await File.WriteAllTextAsync(certFile, certificate);

var builder = WebApplication.CreateSlimBuilder();
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Logging.ClearProviders();
builder.Services.AddAeriesCheck(o =>
{
    o.AllowPrivateNetworks = true;
    o.ChecksPerClient = 1_000_000;
});
await using var app = builder.Build();
app.UseRateLimiter();
app.MapAeriesCheck("/", spec);
await app.StartAsync();
var root = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
using var http = new HttpClient { BaseAddress = root, Timeout = TimeSpan.FromMinutes(5) };

async Task<double> PageAsync()
{
    var watch = Stopwatch.StartNew();
    using var response = await http.PostAsJsonAsync("/api/check", new { baseUrl = mock.BaseUrl.AbsoluteUri, certificate });
    var text = await response.Content.ReadAsStringAsync();
    var elapsed = watch.Elapsed.TotalMilliseconds;
    if (!response.IsSuccessStatusCode || !text.Contains("\"outcome\": \"completed\"", StringComparison.Ordinal))
    {
        throw new InvalidOperationException($"the page answered {(int)response.StatusCode}: {text[..Math.Min(300, text.Length)]}");
    }

    return elapsed;
}

var requestsPerCheck = 0;
async Task<double> CoreAsync()
{
    var watch = Stopwatch.StartNew();
    var services = new ServiceCollection();
    services.AddAeriesGrantChecker().RemoveAllLoggers().SetHandlerLifetime(Timeout.InfiniteTimeSpan);
    await using var provider = services.BuildServiceProvider();
    var report = await provider.GetRequiredService<GrantChecker>().CheckAsync(new GrantCheckRequest
    {
        BaseUrl = AeriesBaseUrl.Parse(mock.BaseUrl.AbsoluteUri),
        Certificate = AeriesCertificate.Parse(certificate),
        Spec = spec.Grants,
    });
    var elapsed = watch.Elapsed.TotalMilliseconds;
    if (report.Outcome != IlluminatePerms.Checking.Report.CheckOutcome.Completed)
    {
        throw new InvalidOperationException(report.Summary);
    }

    requestsPerCheck = report.Requests;
    return elapsed;
}

double Cli()
{
    var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
    foreach (var argument in new[] { cliDll, "check", "--base-url", mock.BaseUrl.AbsoluteUri, "--cert-file", certFile, "--format", "json", "-q" })
    {
        start.ArgumentList.Add(argument);
    }

    var watch = Stopwatch.StartNew();
    using var process = Process.Start(start)!;
    var output = process.StandardOutput.ReadToEndAsync();
    _ = process.StandardError.ReadToEndAsync();
    if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
    {
        process.Kill(entireProcessTree: true);
        throw new TimeoutException("check did not finish");
    }

    var elapsed = watch.Elapsed.TotalMilliseconds;
    if (!output.Result.Contains("\"outcome\": \"completed\"", StringComparison.Ordinal))
    {
        throw new InvalidOperationException($"check exited {process.ExitCode}: {output.Result[..Math.Min(300, output.Result.Length)]}");
    }

    return elapsed;
}

// Warm-up of each (JIT, the page's connection pool), not counted.
await PageAsync();
await CoreAsync();
Cli();

var page = new double[runs];
var core = new double[runs];
var cli = new double[runs];
for (var i = 0; i < runs; i++)
{
    // Rotate the order so that none always runs first on a cooled machine.
    for (var k = 0; k < 3; k++)
    {
        switch ((i + k) % 3)
        {
            case 0: page[i] = await PageAsync(); break;
            case 1: core[i] = await CoreAsync(); break;
            default: cli[i] = Cli(); break;
        }
    }
}

File.Delete(certFile);
static double Median(double[] values) => values.Order().ElementAt(values.Length / 2);
var toCore = Median(page.Zip(core, (p, c) => p / c).ToArray());
var toCli = Median(page.Zip(cli, (p, c) => p / c).ToArray());
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{runs} paired runs, latency {latency.TotalMilliseconds} ms per request, {requestsPerCheck} requests per check"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"page (POST /api/check) median {Median(page):0.0} ms; core (checker, pipeline per check) median {Median(core):0.0} ms; cli (check process, wall) median {Median(cli):0.0} ms"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median paired ratio page/core {toCore:0.00}; page/cli {toCli:0.00}"));
