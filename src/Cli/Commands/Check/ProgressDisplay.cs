using System;
using System.Threading.Tasks;
using IlluminatePerms.Checking.Report;
using Spectre.Console;

namespace IlluminatePerms.Cli.Commands.Check;

/// <summary>
/// Shows a check's progress on standard error: at a terminal a live progress bar that ends with one
/// line of final counts; when redirected, one plain line per classified result (no escape sequences);
/// with --quiet, nothing.
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>Runs <paramref name="check"/> with a progress sink suited to the environment.</summary>
    public static async Task<T> RunAsync<T>(CliEnvironment environment, Func<IProgress<GrantCheckProgress>, Task<T>> check)
    {
        if (environment.Quiet)
        {
            return await check(new SynchronousProgress(_ => { })).ConfigureAwait(false);
        }

        var tally = new ProgressTally();
        if (!environment.IsInteractive)
        {
            var plain = new SynchronousProgress(p =>
            {
                tally.Add(p);
                environment.Error.WriteLine($"[{tally.Completed}/{tally.Total}] {p.Latest.Grant}: {Label(p.Latest)}");
            });
            return await check(plain).ConfigureAwait(false);
        }

        T? result = default;
        // Cleared at the end: the bar gives way to one line of counts, which stays on the screen.
        await environment.Terminal.Progress().AutoClear(true).StartAsync(async context =>
        {
            var task = context.AddTask("Probing Aeries");
            var sink = new SynchronousProgress(p =>
            {
                tally.Add(p);
                task.MaxValue = tally.Total;
                task.Value = tally.Completed;
                task.Description = Markup.Escape($"Probing Aeries {tally.Completed}/{tally.Total}: {p.Latest.Grant}");
            });
            result = await check(sink).ConfigureAwait(false);
        }).ConfigureAwait(false);
        if (tally.Completed > 0)
        {
            environment.Terminal.WriteLine(tally.FinalLine);
        }

        return result!;
    }

    /// <summary>
    /// A grant of the spec by its verdict; an area outside the spec (probed to find excess grants) by
    /// whether the certificate can read it, so that a refusal there never reads as a missing grant.
    /// </summary>
    internal static string Label(GrantCheckResult result) => result.InSpec
        ? Reports.CheckedReport.Label(result.Verdict)
        : result.Verdict switch
        {
            GrantVerdict.Verified => "outside the spec, readable (excess)",
            GrantVerdict.Missing => "outside the spec, not granted",
            _ => "outside the spec, " + Reports.CheckedReport.Label(result.Verdict),
        };

    /// <summary>Reports on the caller's thread (Progress&lt;T&gt; would post late lines after the report).</summary>
    private sealed class SynchronousProgress(Action<GrantCheckProgress> report) : IProgress<GrantCheckProgress>
    {
        private readonly object gate = new();

        public void Report(GrantCheckProgress value)
        {
            lock (gate)
            {
                report(value);
            }
        }
    }
}
