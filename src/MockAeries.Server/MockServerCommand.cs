using System;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries.Server.Settings;
using IlluminatePerms.Spec;

namespace IlluminatePerms.MockAeries.Server;

/// <summary>
/// The mock Aeries program's options and action, on any command: this program's root command and
/// the <c>illuminate-perms mock</c> command share them.
/// </summary>
public static class MockServerCommand
{
    /// <summary>Adds the options (every setting of the mock, and --config for a file of them) and the action that serves until cancelled.</summary>
    /// <param name="command">The command to configure.</param>
    /// <param name="output">Where the base URL and the certificates are printed.</param>
    /// <param name="error">Where errors are printed.</param>
    /// <param name="progress">Where progress (building, ready, stopping) is printed: <paramref name="error"/> when null; <see cref="TextWriter.Null"/> for none.</param>
    public static Command Configure(Command command, TextWriter output, TextWriter error, TextWriter? progress = null)
    {
        ArgumentNullException.ThrowIfNull(command);
        progress ??= error;
        var config = new Option<FileInfo?>("--config") { Description = "JSON file of settings (docs/cli.md, \"mock\"); flags override it key by key." };
        var port = new Option<int?>("--port") { Description = $"Port to listen on (default {SettingsOptions.DefaultPort}; 0 picks a free one)." };
        var host = new Option<string?>("--host") { Description = "Address to bind (default 127.0.0.1); loopback unless you mean otherwise." };
        var specPath = new Option<FileInfo?>("--spec") { Description = "Permission spec the certificates are made from (default: the Illuminate spec bundled with the mock)." };
        var scale = new Option<int?>("--scale") { Description = $"Number of students (1 to 1,000,000; default {SettingsOptions.DefaultScale:N0})." };
        var seed = new Option<int?>("--seed") { Description = "Seed of the data, certificates and faults (default 1)." };
        var latency = new Option<int?>("--latency") { Description = "Milliseconds added before every answer (0 to 60,000), like a district across the internet." };
        var refusal = new Option<int?>("--refusal-status") { Description = "Status for a certificate without the permission: 401 (what Aeries answers; default) or 403." };
        var year = new Option<int?>("--database-year") { Description = "The district's default DatabaseYear (the year the school year starts)." };
        var years = new Option<string?>("--available-years") { Description = "Comma-separated years with data (default: the default year and the two before it)." };
        var disabled = new Option<string[]>("--disabled-area") { Description = "An area switched off in the district, answered 501 (repeat for more)." };
        var faults = new Option<string[]>("--fault") { Description = "A fault rule as key=value pairs, e.g. pathPrefix=schools/994,errorRate=0.2,errorStatusCode=500 (repeat for more)." };
        var assume = new Option<string[]>("--assume") { Description = "A named assumption as key=value, e.g. permissionCheckedBeforeLookup=false (repeat for more)." };
        var replay = new Option<DirectoryInfo?>("--replay") { Description = "Directory of recordings made by 'illuminate-perms proxy --record': a recorded request gets its recorded answer (if the certificate may call it), others the built-in data." };
        var admin = new Option<bool?>("--admin") { Description = "WireMock.Net's admin API under /__admin/ (requests, mappings): on by default on loopback, off otherwise." };
        port.Validators.Add(result => { if (result.GetValueOrDefault<int?>() is < 0 or > 65535) { result.AddError("--port must be between 0 and 65535."); } });
        scale.Validators.Add(result => { if (result.GetValueOrDefault<int?>() is < 1 or > 1_000_000) { result.AddError("--scale must be between 1 and 1,000,000."); } });
        latency.Validators.Add(result => { if (result.GetValueOrDefault<int?>() is < 0 or > 60_000) { result.AddError("--latency must be between 0 and 60,000 ms."); } });
        refusal.Validators.Add(result => { if (result.GetValueOrDefault<int?>() is not (null or 401 or 403)) { result.AddError("--refusal-status must be 401 or 403."); } });
        foreach (var option in new Option[] { config, port, host, specPath, scale, seed, latency, refusal, year, years, disabled, faults, assume, admin, replay })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parsed, cancellationToken) =>
        {
            MockAeriesOptions options;
            PermissionSpec spec;
            try
            {
                var flags = new MockSettings
                {
                    Port = parsed.GetValue(port),
                    Host = parsed.GetValue(host),
                    Spec = parsed.GetValue(specPath)?.FullName,
                    Scale = parsed.GetValue(scale),
                    Seed = parsed.GetValue(seed),
                    Latency = parsed.GetValue(latency),
                    RefusalStatus = parsed.GetValue(refusal),
                    DatabaseYear = parsed.GetValue(year),
                    AvailableYears = parsed.GetValue(years) is { } list ? Years(list) : null,
                    DisabledAreas = parsed.GetValue(disabled) is { Length: > 0 } areas ? areas : null,
                    Faults = parsed.GetValue(faults) is { Length: > 0 } rules ? rules.Select(SettingsFlags.Fault).ToList() : null,
                    Admin = parsed.GetValue(admin),
                    Replay = parsed.GetValue(replay)?.FullName,
                };
                var settings = parsed.GetValue(config) is { } file ? SettingsFile.Read(file.FullName).OverriddenBy(flags) : flags;
                if (parsed.GetValue(assume) is { Length: > 0 } pairs)
                {
                    settings = settings with { Assumptions = SettingsFlags.Assume(settings.Assumptions ?? new MockAssumptions(), pairs) };
                }

                spec = settings.Spec is { } path ? SpecParser.Parse(CappedText.Read(path, "spec")) : MockAeriesServer.BundledSpec;
                foreach (var diagnostic in spec.Diagnostics)
                {
                    await error.WriteLineAsync($"{settings.Spec}{diagnostic}");
                }

                if (spec.HasErrors)
                {
                    return 2;
                }

                options = SettingsOptions.From(settings, spec.Grants);
            }
            catch (SettingsException problem)
            {
                await error.WriteLineAsync($"error: {problem.Message}");
                return 2;
            }

            await progress.WriteLineAsync($"Building a district of {options.Scale:N0} students…");
            var clock = Stopwatch.StartNew();
            MockAeriesServer server;
            try
            {
                server = await MockAeriesServer.StartAsync(options, cancellationToken);
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
            if (options.AdminInterface)
            {
                await output.WriteLineAsync($"Admin API: {server.BaseUrl}__admin/requests and {server.BaseUrl}__admin/mappings (WireMock.Net's models)");
                if (!SettingsOptions.IsLoopback(options.Host))
                {
                    await error.WriteLineAsync($"warning: the admin API is on at {options.Host}, not loopback, and has no password: anyone who reaches the port can change the mock's answers.");
                }
            }

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

    private static int[] Years(string list)
        => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(text => int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : throw new SettingsException($"--available-years: '{text}' is not a year."))
            .ToArray();
}
