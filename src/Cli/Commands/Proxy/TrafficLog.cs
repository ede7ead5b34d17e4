using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using IlluminatePerms.Contract;

namespace IlluminatePerms.Cli.Commands.Proxy;

/// <summary>Looks at each exchange after it was answered: the contract check, its line, the summary's tally and the recording.</summary>
internal sealed class TrafficLog(TextWriter output, TextWriter error, RecordingWriter? recorder)
{
    private readonly StringBuilder lines = new();
    private RecordingWriter? recording = recorder;

    /// <summary>What the traffic showed so far.</summary>
    public TrafficSummary Summary { get; } = new();

    /// <summary>Counts an exchange passed on without its check and line (the queue was full); any thread.</summary>
    public void Overflowed(ProxiedExchange exchange) => Summary.Overflowed();

    /// <summary>
    /// Checks, counts and records each exchange of <paramref name="batch"/> and prints their lines in
    /// one write: a terminal takes one write per batch, not one per request.
    /// </summary>
    public async Task LookAsync(IReadOnlyList<ProxiedExchange> batch)
    {
        if (Summary.TakeUnreportedOverflow() is > 0 and var skipped)
        {
            await error.WriteLineAsync($"warning: {skipped} request(s) passed on without their line or contract check: the check fell behind the traffic (counted in the summary).").ConfigureAwait(false);
        }

        lines.Clear();
        foreach (var exchange in batch)
        {
            var match = OperationMatcher.Match(exchange.Method, exchange.Path);
            var verdict = AnswerCheck.Run(exchange, match);
            Summary.Add(exchange, match, verdict);
            lines.Append(TrafficLine.Of(exchange, match, verdict)).Append(output.NewLine);
            // An exchange its caller left before any answer has nothing to replay.
            if (recording is not null && exchange.Status != 0)
            {
                await RecordAsync(exchange, match).ConfigureAwait(false);
            }
        }

        await output.WriteAsync(lines).ConfigureAwait(false);
        await output.FlushAsync().ConfigureAwait(false);
    }

    private async Task RecordAsync(ProxiedExchange exchange, ContractMatch? match)
    {
        try
        {
            if (!recording!.Record(exchange, match))
            {
                await error.WriteLineAsync($"warning: {RecordingWriter.MaxExchanges:N0} exchanges recorded: recording stops here; the proxy goes on.").ConfigureAwait(false);
                recording = null;
            }
        }
        catch (CliException exception)
        {
            // The traffic goes on: the vendor's integration must not fail because the disk is full.
            await error.WriteLineAsync($"error: recording stopped: {exception.Message}").ConfigureAwait(false);
            recording = null;
        }
    }
}
