using System;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries;
using IlluminatePerms.MockAeries.Faults;
using IlluminatePerms.Spec;

namespace IlluminatePerms.MockAeries.Server;

/// <summary>
/// The mock Aeries program's options and action, on any command: this program's root command and
/// the <c>illuminate-perms mock</c> command share them.
/// </summary>
public static class MockServerCommand
{
    /// <summary>Adds the options (--port, --host, --spec, --scale, --seed, --latency, --replay) and the action that serves until cancelled.</summary>
    /// <param name="command">The command to configure.</param>
    /// <param name="output">Where the base URL and the certificates are printed.</param>
    /// <param name="error">Where errors are printed.</param>
    /// <param name="progress">Where progress (building, ready, stopping) is printed: <paramref name="error"/> when null; <see cref="TextWriter.Null"/> for none.</param>
    public static Command Configure(Command command, TextWriter output, TextWriter error, TextWriter? progress = null)
    {
        ArgumentNullException.ThrowIfNull(command);
        progress ??= error;
        var port = new Option<int>("--port") { Description = "Port to listen on (0 picks a free one).", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host") { Description = "Address to bind; loopback unless you mean otherwise.", DefaultValueFactory = _ => "127.0.0.1" };
        var specPath = new Option<FileInfo?>("--spec") { Description = "Permission spec the certificates are made from (default: the Illuminate spec bundled with the mock)." };
        var scale = new Option<int>("--scale") { Description = "Number of students (1 to 1,000,000).", DefaultValueFactory = _ => 2000 };
        var seed = new Option<int>("--seed") { Description = "Seed of the data and certificates.", DefaultValueFactory = _ => 1 };
        var latency = new Option<int>("--latency") { Description = "Milliseconds added before every answer (0 to 60,000), like a district across the internet.", DefaultValueFactory = _ => 0 };
        port.Validators.Add(result => { if (result.GetValueOrDefault<int>() is < 0 or > 65535) { result.AddError("--port must be between 0 and 65535."); } });
        scale.Validators.Add(result => { if (result.GetValueOrDefault<int>() is < 1 or > 1_000_000) { result.AddError("--scale must be between 1 and 1,000,000."); } });
        latency.Validators.Add(result => { if (result.GetValueOrDefault<int>() is < 0 or > 60_000) { result.AddError("--latency must be between 0 and 60,000 ms."); } });
        command.Options.Add(port);
        command.Options.Add(host);
        command.Options.Add(specPath);
        command.Options.Add(scale);
        command.Options.Add(seed);
        command.Options.Add(latency);
        var replay = new Option<DirectoryInfo?>("--replay") { Description = "Directory of recordings made by 'illuminate-perms proxy --record': a recorded request gets its recorded answer (if the certificate may call it), others the built-in data." };
        command.Options.Add(replay);

        command.SetAction(async (parsed, cancellationToken) =>
        {
            var spec = MockAeriesServer.BundledSpec;
            var file = parsed.GetValue(specPath);
            if (file is not null)
            {
                if (!file.Exists)
                {
                    await error.WriteLineAsync($"error: the spec {file.FullName} does not exist.");
                    return 2;
                }

                spec = SpecParser.Parse(await File.ReadAllTextAsync(file.FullName, cancellationToken));
                foreach (var diagnostic in spec.Diagnostics)
                {
                    await error.WriteLineAsync($"{file.FullName}{diagnostic}");
                }

                if (spec.HasErrors)
                {
                    return 2;
                }
            }

            var students = parsed.GetValue(scale);
            var delay = parsed.GetValue(latency);
            await progress.WriteLineAsync($"Building a district of {students:N0} students…");
            var clock = Stopwatch.StartNew();
            MockAeriesServer server;
            try
            {
                server = await MockAeriesServer.StartAsync(
                new MockAeriesOptions
                {
                    Port = parsed.GetValue(port),
                    Host = parsed.GetValue(host)!,
                    Scale = students,
                    Seed = parsed.GetValue(seed),
                    SpecGrants = spec.Grants,
                    Faults = delay == 0 ? Array.Empty<FaultRule>() : [new FaultRule { Latency = TimeSpan.FromMilliseconds(delay) }],
                    ReplayDirectory = parsed.GetValue(replay)?.FullName,
                },
                cancellationToken);
            }
            catch (InvalidDataException exception)
            {
                // A recording that cannot be replayed: the message names the file.
                await error.WriteLineAsync($"error: {exception.Message}");
                return 2;
            }

            await using var running = server;
            await progress.WriteLineAsync($"Ready in {clock.Elapsed.TotalSeconds:F1} s.");

            await output.WriteLineAsync($"Mock Aeries base URL: {server.BaseUrl}   (API: {server.ApiUrl})");
            await output.WriteLineAsync("Certificates (mock values, not secrets; send as the AERIES-CERT header):");
            foreach (var certificate in server.Certificates)
            {
                // Against the spec, so each profile reads as a district's mistake (or not).
                var missing = spec.Grants.Except(certificate.Grants);
                var extra = certificate.Grants.Except(spec.Grants);
                await output.WriteLineAsync($"  {certificate.Profile,-10} {certificate.Value}  {certificate.Description}");
                await output.WriteLineAsync($"  {string.Empty,-10} {certificate.Grants.Count} areas; missing from the spec: {(missing.IsEmpty ? "none" : missing.ToString())}; beyond it: {(extra.IsEmpty ? "none" : extra.ToString())}");
            }

            await output.WriteLineAsync("Serving until Ctrl+C.");
            await output.FlushAsync(cancellationToken);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await progress.WriteLineAsync("Stopping.");
            }

            return 0;
        });
        return command;
    }
}
