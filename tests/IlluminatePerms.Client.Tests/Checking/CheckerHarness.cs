using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Checking;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.Connection;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IlluminatePerms.Client.Tests.Checking;

/// <summary>A GrantChecker from <c>AddAeriesGrantChecker</c>, with fast retries and every log line captured.</summary>
internal sealed class CheckerHarness : IDisposable
{
    private readonly ServiceProvider provider;

    /// <param name="maxReadRetries">The transport's retries of a read.</param>
    /// <param name="totalRequestTimeout">The transport's timeout of a request, retries included (its default when null).</param>
    /// <param name="maxResponseBytes">The transport's cap on an answer's body (its default when null).</param>
    public CheckerHarness(int maxReadRetries = 5, TimeSpan? totalRequestTimeout = null, long? maxResponseBytes = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        services.AddAeriesGrantChecker(o =>
        {
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(2);
            o.MaxReadRetries = maxReadRetries;
            o.TotalRequestTimeout = totalRequestTimeout ?? o.TotalRequestTimeout;
            o.MaxResponseBytes = maxResponseBytes ?? o.MaxResponseBytes;
        }).AddHttpMessageHandler(() => new InFlightHandler(InFlight));
        provider = services.BuildServiceProvider();
    }

    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>Requests on the wire at once, as the checker's HTTP client sends them.</summary>
    public InFlightMeter InFlight { get; } = new();

    public GrantChecker Checker => provider.GetRequiredService<GrantChecker>();

    public static GrantSet Spec => MockAeriesServer.BundledSpec.Grants;

    public Task<GrantCheckReport> CheckAsync(MockSession mock, string profile, Action<GrantCheckRequestBuilder>? configure = null, IProgress<GrantCheckProgress>? progress = null, CancellationToken cancellationToken = default)
        => CheckAsync(mock, mock.Certificate(profile), configure, progress, cancellationToken);

    public Task<GrantCheckReport> CheckAsync(MockSession mock, AeriesCertificate certificate, Action<GrantCheckRequestBuilder>? configure = null, IProgress<GrantCheckProgress>? progress = null, CancellationToken cancellationToken = default)
        => CheckAsync(mock.BaseUrl, certificate, configure, progress, cancellationToken);

    /// <summary>A check of any server (a hostile one in front of the mock, say).</summary>
    public Task<GrantCheckReport> CheckAsync(AeriesBaseUrl baseUrl, AeriesCertificate certificate, Action<GrantCheckRequestBuilder>? configure = null, IProgress<GrantCheckProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var builder = new GrantCheckRequestBuilder();
        configure?.Invoke(builder);
        var request = new GrantCheckRequest
        {
            BaseUrl = baseUrl,
            Certificate = certificate,
            Spec = builder.Spec ?? Spec,
            MaxConcurrency = builder.MaxConcurrency,
            Deadline = builder.Deadline,
            RequestTimeout = builder.RequestTimeout,
            ProveScoreWrite = builder.ProveScoreWrite,
            Identifiers = builder.Identifiers,
            ProbeOutsideSpec = builder.ProbeOutsideSpec,
            Features = builder.Features,
        };
        return Checker.CheckAsync(request, progress, cancellationToken);
    }

    public void Dispose() => provider.Dispose();
}

internal sealed class GrantCheckRequestBuilder
{
    public GrantSet? Spec { get; set; }

    public int MaxConcurrency { get; set; } = 8;

    public TimeSpan Deadline { get; set; } = TimeSpan.FromMinutes(2);

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public ScoreWriteProof? ProveScoreWrite { get; set; }

    public Dictionary<string, string> Identifiers { get; } = new();

    public bool ProbeOutsideSpec { get; set; } = true;

    public IReadOnlyList<ProductFeature> Features { get; set; } = Array.Empty<ProductFeature>();
}
