using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Checking;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Connection;
using IlluminatePerms.Spec;
using Microsoft.Extensions.DependencyInjection;

namespace IlluminatePerms.Cli.Checking;

/// <summary>How to call a district: the per-request limits of <c>check</c>.</summary>
/// <param name="Timeout">Time one request attempt may take.</param>
/// <param name="Retries">Retries of a read that failed for a passing reason.</param>
/// <param name="Concurrency">Requests in flight at once for the district.</param>
internal sealed record CallLimits(TimeSpan Timeout, int Retries, int Concurrency);

/// <summary>
/// District checks through one HTTP pipeline of the typed client, shared by every district of a run:
/// one connection pool (connections are reused from district to district, and there are enough for
/// every district in flight, so none waits for another's), one resilience pipeline and circuit
/// breaker per host (one failing district never opens another host's circuit), and per district its
/// own limits (<see cref="CallLimits.Concurrency"/> requests in flight), deadline and wire observer.
/// Building the pipeline once instead of once per district is what keeps a 500-district inventory
/// latency-bound rather than CPU-bound (docs/benchmarks.md).
/// </summary>
internal sealed class DistrictCheck : IAsyncDisposable
{
    private readonly ServiceProvider provider;
    private readonly GrantChecker checker;
    private readonly CallLimits limits;

    /// <summary>Builds the pipeline for <paramref name="districtsInFlight"/> districts checked at once.</summary>
    public DistrictCheck(CallLimits limits, int districtsInFlight)
    {
        this.limits = limits;
        var connections = Math.Max(1, districtsInFlight) * limits.Concurrency;
        var services = new ServiceCollection();
        services.AddAeriesGrantChecker(o =>
            {
                o.AttemptTimeout = limits.Timeout;
                o.MaxReadRetries = limits.Retries;
            })
            // Nothing listens to the factory's per-request log scopes here: two handlers fewer per request.
            .RemoveAllLoggers()
            .AddHttpMessageHandler(() => new ConnectionObserver())
            // Districts on one host share its pool: room for all of their requests, never fewer than the client's own default.
            .ConfigurePrimaryHttpMessageHandler((handler, _) =>
            {
                var sockets = (SocketsHttpHandler)handler;
                sockets.MaxConnectionsPerServer = Math.Max(sockets.MaxConnectionsPerServer, connections);
            })
            // The run owns the pipeline: no rotation mid-run, which would drop the warm connections.
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        provider = services.BuildServiceProvider();
        checker = provider.GetRequiredService<GrantChecker>();
    }

    /// <summary>Checks one district with a pipeline of its own (the single-district <c>check</c>); see <see cref="CheckAsync"/>.</summary>
    public static async Task<(GrantCheckReport Report, WireTrouble Trouble)> RunAsync(AeriesBaseUrl url, AeriesCertificate certificate, PermissionSpec spec, CallLimits limits, IProgress<GrantCheckProgress>? progress, CancellationToken cancellationToken, ScoreWriteProof? proveScoreWrite = null, IReadOnlyDictionary<string, string>? identifiers = null)
    {
        await using var district = new DistrictCheck(limits, 1);
        return await district.CheckAsync(url, certificate, spec, progress, cancellationToken, proveScoreWrite, identifiers).ConfigureAwait(false);
    }

    /// <summary>
    /// Checks <paramref name="certificate"/> at <paramref name="url"/> against <paramref name="spec"/> (its grants, and its features
    /// judged in the report); never throws for what the district answers.
    /// <paramref name="proveScoreWrite"/>: the score a no-op write may rewrite to prove Gradebook Scores: Update; null writes nothing.
    /// <paramref name="identifiers"/>: placeholder values the user gave (GrantCheckRequest.Identifiers).
    /// </summary>
    public async Task<(GrantCheckReport Report, WireTrouble Trouble)> CheckAsync(AeriesBaseUrl url, AeriesCertificate certificate, PermissionSpec spec, IProgress<GrantCheckProgress>? progress, CancellationToken cancellationToken, ScoreWriteProof? proveScoreWrite = null, IReadOnlyDictionary<string, string>? identifiers = null)
    {
        // What the wire shows during this district's check is this district's alone.
        var wire = ConnectionObserver.Watch();
        var request = new GrantCheckRequest
        {
            BaseUrl = url,
            Certificate = certificate,
            Spec = spec.Grants,
            Features = ProductFeature.From(spec),
            MaxConcurrency = limits.Concurrency,
            RequestTimeout = limits.Timeout,
            ProveScoreWrite = proveScoreWrite,
            Identifiers = identifiers ?? new Dictionary<string, string>(),
        };
        var report = await checker.CheckAsync(request, progress, cancellationToken).ConfigureAwait(false);
        var trouble = wire.Trouble;
        if (trouble == WireTrouble.Tls && await PlainHttpProbe.AnswersPlainHttpAsync(url.Value, cancellationToken).ConfigureAwait(false))
        {
            trouble = WireTrouble.PlainHttp;
        }

        return (report, trouble);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
