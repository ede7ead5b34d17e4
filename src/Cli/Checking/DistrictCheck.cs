using System;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Checking;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Connection;
using IlluminatePerms.Grants;
using Microsoft.Extensions.DependencyInjection;

namespace IlluminatePerms.Cli.Checking;

/// <summary>How to call a district: the per-request limits of <c>check</c>.</summary>
/// <param name="Timeout">Time one request attempt may take.</param>
/// <param name="Retries">Retries of a read that failed for a passing reason.</param>
/// <param name="Concurrency">Requests in flight at once for the district.</param>
internal sealed record CallLimits(TimeSpan Timeout, int Retries, int Concurrency);

/// <summary>One district's check through the typed client's pipeline, with what the wire showed.</summary>
internal static class DistrictCheck
{
    /// <summary>
    /// Checks <paramref name="certificate"/> at <paramref name="url"/> against <paramref name="spec"/>; never throws for what the district answers.
    /// <paramref name="proveScoreWrite"/>: the score a no-op write may rewrite to prove Gradebook Scores: Update; null writes nothing.
    /// </summary>
    public static async Task<(GrantCheckReport Report, WireTrouble Trouble)> RunAsync(AeriesBaseUrl url, AeriesCertificate certificate, GrantSet spec, CallLimits limits, IProgress<GrantCheckProgress>? progress, CancellationToken cancellationToken, ScoreWriteProof? proveScoreWrite = null)
    {
        // One observer per district, so one district's trouble is never blamed on another.
        var observer = new ConnectionObserver();
        var services = new ServiceCollection();
        services.AddAeriesGrantChecker(o =>
        {
            o.AttemptTimeout = limits.Timeout;
            o.MaxReadRetries = limits.Retries;
        }).AddHttpMessageHandler(() => observer);
        await using var provider = services.BuildServiceProvider();
        var request = new GrantCheckRequest
        {
            BaseUrl = url,
            Certificate = certificate,
            Spec = spec,
            MaxConcurrency = limits.Concurrency,
            RequestTimeout = limits.Timeout,
            ProveScoreWrite = proveScoreWrite,
        };
        var report = await provider.GetRequiredService<GrantChecker>().CheckAsync(request, progress, cancellationToken).ConfigureAwait(false);
        return (report, observer.Trouble);
    }
}
