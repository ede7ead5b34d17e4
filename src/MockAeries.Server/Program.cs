using System;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries;
using IlluminatePerms.Spec;

// dotnet run --project src/MockAeries -- --port 5080 [--spec PATH] [--scale N] [--seed N] [--host ADDRESS]
var port = new Option<int>("--port") { Description = "Port to listen on (0 picks a free one).", DefaultValueFactory = _ => 5080 };
var host = new Option<string>("--host") { Description = "Address to bind; loopback unless you mean otherwise.", DefaultValueFactory = _ => "127.0.0.1" };
var specPath = new Option<FileInfo?>("--spec") { Description = "Permission spec the certificates are made from (default: the bundled spec/permissions.csv)." };
var scale = new Option<int>("--scale") { Description = "Number of students (1 to 1,000,000).", DefaultValueFactory = _ => 2000 };
var seed = new Option<int>("--seed") { Description = "Seed of the data and certificates.", DefaultValueFactory = _ => 1 };
port.Validators.Add(result => { if (result.GetValueOrDefault<int>() is < 0 or > 65535) { result.AddError("--port must be between 0 and 65535."); } });
scale.Validators.Add(result => { if (result.GetValueOrDefault<int>() is < 1 or > 1_000_000) { result.AddError("--scale must be between 1 and 1,000,000."); } });

var root = new RootCommand("An offline Aeries v5 API with certificate security, for IlluminatePerms and its tests.") { port, host, specPath, scale, seed };
root.SetAction(async (parsed, cancellationToken) =>
{
    var spec = MockAeriesServer.BundledSpec;
    var file = parsed.GetValue(specPath);
    if (file is not null)
    {
        if (!file.Exists)
        {
            Console.Error.WriteLine($"error: the spec {file.FullName} does not exist.");
            return 2;
        }

        spec = SpecParser.Parse(await File.ReadAllTextAsync(file.FullName, cancellationToken));
        foreach (var diagnostic in spec.Diagnostics)
        {
            Console.Error.WriteLine($"{file.FullName}{diagnostic}");
        }

        if (spec.HasErrors)
        {
            return 2;
        }
    }

    var students = parsed.GetValue(scale);
    Console.Error.WriteLine($"Building a district of {students:N0} students…");
    var clock = Stopwatch.StartNew();
    await using var server = await MockAeriesServer.StartAsync(
        new MockAeriesOptions { Port = parsed.GetValue(port), Host = parsed.GetValue(host)!, Scale = students, Seed = parsed.GetValue(seed), SpecGrants = spec.Grants },
        cancellationToken);
    Console.Error.WriteLine($"Ready in {clock.Elapsed.TotalSeconds:F1} s.");

    Console.WriteLine($"Mock Aeries base URL: {server.BaseUrl}   (API: {server.ApiUrl})");
    Console.WriteLine("Certificates (mock values, not secrets; send as the AERIES-CERT header):");
    foreach (var certificate in server.Certificates)
    {
        // Against the spec, so each profile reads as a district's mistake (or not).
        var missing = spec.Grants.Except(certificate.Grants);
        var extra = certificate.Grants.Except(spec.Grants);
        Console.WriteLine($"  {certificate.Profile,-10} {certificate.Value}  {certificate.Description}");
        Console.WriteLine($"  {string.Empty,-10} {certificate.Grants.Count} areas; missing from the spec: {(missing.IsEmpty ? "none" : missing.ToString())}; beyond it: {(extra.IsEmpty ? "none" : extra.ToString())}");
    }

    Console.WriteLine("Serving until Ctrl+C.");
    try
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
    }
    catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
    {
        Console.Error.WriteLine("Stopping.");
    }

    return 0;
});

// Give the server time to stop cleanly after Ctrl+C before the process exits.
return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(10) });
