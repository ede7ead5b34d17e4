using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace IlluminatePerms.Checking;

/// <summary>
/// Tells whether a certificate has every grant of a permission spec, and which areas outside it it
/// can read, by calling Aeries (Aeries cannot list a certificate's permissions):
/// 1. reachability (<c>systeminfo</c>: version and database year);
/// 2. the certificate, through <c>schools</c>, which needs no permission (a 401 there ends the check);
///    sent together with <c>systeminfo</c> to save a round trip, judged after it;
/// 3. every grant probed through its area's contract probe, at most <see cref="GrantCheckRequest.MaxConcurrency"/>
///    requests at once, each within <see cref="GrantCheckRequest.RequestTimeout"/> and all within
///    <see cref="GrantCheckRequest.Deadline"/>, identifiers discovered from what the certificate can read;
/// 4. each classified (<see cref="GrantVerdict"/>);
/// 5. areas outside the spec probed too, and the readable ones reported as excess.
/// </summary>
public sealed class GrantChecker
{
    /// <summary>The longest wait a <see cref="CancellationTokenSource"/> timer can be armed with.</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    private readonly HttpClient http;
    private readonly AeriesClientOptions transport;
    private readonly ILoggerFactory loggers;

    /// <summary>Creates a checker.</summary>
    /// <param name="http">
    /// The HTTP client to call Aeries with (from <c>AddAeriesGrantChecker</c> for retries of reads);
    /// not disposed by the checker.
    /// </param>
    /// <param name="transport">Limits and retry settings (each request names its district and certificate).</param>
    /// <param name="loggerFactory">Logs statuses, areas and verdicts; never the certificate or record contents.</param>
    public GrantChecker(HttpClient http, AeriesClientOptions? transport = null, ILoggerFactory? loggerFactory = null)
    {
        this.http = http ?? throw new ArgumentNullException(nameof(http));
        this.transport = transport ?? new AeriesClientOptions();
        loggers = loggerFactory ?? NullLoggerFactory.Instance;
    }

    /// <summary>
    /// Checks a certificate. Never throws for what Aeries answers: an unreachable server, a rejected
    /// certificate, cancellation and the deadline all end in a report that says what was done.
    /// </summary>
    /// <param name="request">The district, the certificate and the spec.</param>
    /// <param name="progress">Told of each result as it is classified.</param>
    /// <param name="cancellationToken">Stops the check promptly; the report marks what was not checked.</param>
    /// <exception cref="ArgumentException">A feature of the request needs a grant outside its spec, or two features share a name.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The request's <see cref="GrantCheckRequest.RequestTimeout"/> or <see cref="GrantCheckRequest.Deadline"/> is not positive, or longer than a timer can wait (about 49.7 days).</exception>
    public async Task<GrantCheckReport> CheckAsync(GrantCheckRequest request, IProgress<GrantCheckProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        // A check with no time would only report every probe as unanswered; past the timer's limit
        // (about 49.7 days) the check could not arm its own deadline.
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(request.RequestTimeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(request.Deadline, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.RequestTimeout, LongestWait);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.Deadline, LongestWait);
        FeatureJudge.EnsureJudgeable(request.Features, request.Spec);
        var options = new AeriesClientOptions
        {
            DatabaseYear = request.DatabaseYear,
            MaxResponseBytes = transport.MaxResponseBytes,
            MaxWriteAttempts = transport.MaxWriteAttempts,
            RetryBaseDelay = transport.RetryBaseDelay,
            // The client bounds each answer's body by these, as the pipeline bounds its headers; a
            // probe has its RequestTimeout, and nothing outlives the check's deadline (Retry-After).
            AttemptTimeout = transport.AttemptTimeout,
            TotalRequestTimeout = request.RequestTimeout < transport.TotalRequestTimeout ? request.RequestTimeout : transport.TotalRequestTimeout,
            CallerDeadline = System.Diagnostics.Stopwatch.GetTimestamp() + (long)(request.Deadline.TotalSeconds * System.Diagnostics.Stopwatch.Frequency),
        };
        var client = new AeriesClient(request.BaseUrl, request.Certificate, http, options, loggers.CreateLogger<AeriesClient>());
        using var run = new CheckRun(request, client, progress, loggers.CreateLogger<GrantChecker>());
        return await run.ExecuteAsync(cancellationToken).ConfigureAwait(false);
    }
}
