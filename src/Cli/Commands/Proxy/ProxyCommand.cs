using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Cli.Checking;
using IlluminatePerms.Cli.Output;

namespace IlluminatePerms.Cli.Commands.Proxy;

/// <summary>
/// <c>proxy</c>: a vendor's integration points at the local port instead of the district; every
/// request is passed on unchanged, each answer checked against the contract (one line each), and at
/// Ctrl+C a summary of the grants exercised and the contract findings. <c>--record DIR</c> keeps the
/// exchanges for the mock's <c>--replay</c>.
/// </summary>
internal static class ProxyCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment environment) => Create(environment, new ProxyLimits());

    /// <summary>Creates the command with other limits (tests cut a slow answer off sooner).</summary>
    internal static Command Create(CliEnvironment environment, ProxyLimits limits)
    {
        var baseUrl = new Option<string>("--base-url") { Description = "The district's Aeries address as pasted (its sign-in page will do): where requests are passed on.", Required = true };
        var port = new Option<int>("--port") { Description = "Port to listen on, on 127.0.0.1 (0 picks a free one; the address is printed).", DefaultValueFactory = _ => 5090 };
        var record = new Option<string?>("--record") { Description = "Directory to record each request and answer in, one JSON file each (docs/recordings.md); the certificate is removed and personal data replaced." };
        var keep = new Option<bool>("--keep-personal-data") { Description = "With --record: record names, birth dates, addresses, phone numbers and emails as they came (the certificate is removed all the same)." };
        port.Validators.Add(result => { if (result.GetValueOrDefault<int>() is < 0 or > 65535) { result.AddError("--port must be between 0 and 65535."); } });
        var command = new Command("proxy", "Passes a vendor's Aeries requests to the district unchanged, checks each answer against the contract (one line per request), optionally records them; Ctrl+C prints the grants the traffic exercised and the contract findings.")
        {
            baseUrl, port, record, keep,
        };
        command.SetAction((parsed, cancellationToken) => Guarded.RunAsync(environment, verbose: false, () => RunAsync(
            environment, limits, parsed.GetValue(baseUrl)!, parsed.GetValue(port), parsed.GetValue(record), parsed.GetValue(keep), cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, ProxyLimits limits, string baseUrl, int port, string? record, bool keepPersonalData, CancellationToken cancellationToken)
    {
        if (!PastedBaseUrl.TryParse(baseUrl, out var district, out var error))
        {
            throw new CliException($"--base-url: {error}");
        }

        if (keepPersonalData && record is null)
        {
            throw new CliException("--keep-personal-data is about what --record writes: give --record DIR too.");
        }

        var directory = record is null ? null : environment.Resolve(record);
        var log = new TrafficLog(environment.Out, environment.Error, directory is null ? null : new RecordingWriter(directory, keepPersonalData));
        var progress = new ProgressWriter(environment);
        await using (var server = await ProxyServer.StartAsync(district, port, limits, log.LookAsync, log.Overflowed, cancellationToken).ConfigureAwait(false))
        {
            await environment.Out.WriteLineAsync($"Proxy for {district} listening on {server.Url}   (point the integration's base URL here)").ConfigureAwait(false);
            await environment.Out.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            if (directory is not null)
            {
                await progress.WriteLineAsync($"Recording to {directory} (personal data {(keepPersonalData ? "kept as it came" : "replaced")}).").ConfigureAwait(false);
            }

            await progress.WriteLineAsync("Serving until Ctrl+C.").ConfigureAwait(false);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await progress.WriteLineAsync("Stopping: finishing the requests under way.").ConfigureAwait(false);
            }
        }

        var summary = log.Summary.Render();
        await environment.Out.WriteLineAsync().ConfigureAwait(false);
        await environment.Out.WriteAsync(summary).ConfigureAwait(false);
        await environment.Out.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        if (directory is not null)
        {
            AtomicFile.Write(Path.Combine(directory, "summary.md"), summary);
        }

        return ExitCodes.Success;
    }
}
