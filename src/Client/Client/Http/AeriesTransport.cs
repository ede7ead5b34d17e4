using System;
using IlluminatePerms.Client.Resilience;
using Microsoft.Extensions.DependencyInjection;

namespace IlluminatePerms.Client.Http;

/// <summary>The HTTP stack under every Aeries client the library registers: the typed client's and the checker's.</summary>
internal static class AeriesTransport
{
    /// <summary>
    /// The primary handler (no redirects, trusting the district's certificate authorities), no
    /// HttpClient timeout, the resilience pipeline, and inside it the clock of each attempt (the
    /// client bounds the body by what is left of the attempt's timeout).
    /// </summary>
    public static IHttpClientBuilder AddAeriesTransport(this IHttpClientBuilder builder, Func<IServiceProvider, AeriesClientOptions> settings)
        => builder
            .ConfigurePrimaryHttpMessageHandler(provider => AeriesPrimaryHandler.Create(settings(provider).TrustedCertificateAuthorities))
            // The pipeline enforces the timeouts; HttpClient's own 100 s must not cut it short.
            .ConfigureHttpClient(http => http.Timeout = System.Threading.Timeout.InfiniteTimeSpan)
            .AddAeriesResilience(settings)
            .AddHttpMessageHandler(() => new AttemptClockHandler());
}
