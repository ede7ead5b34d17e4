using System;
using IlluminatePerms.Client.Http;
using IlluminatePerms.Connection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IlluminatePerms.Client;

/// <summary>Registers the Aeries client with IHttpClientFactory and its resilience pipeline.</summary>
public static class AeriesClientServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IAeriesClient"/> (implemented by <see cref="AeriesClient"/>) for one district as a
    /// typed HTTP client, with read retries, per-host circuit breakers and timeouts, and the district's
    /// certificate authority trusted when <see cref="AeriesClientOptions.TrustedCertificateAuthorities"/> has one.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="baseUrl">The district's Aeries (see <see cref="AeriesBaseUrl.Parse"/>).</param>
    /// <param name="certificate">The district's API certificate (see <see cref="AeriesCertificate.Parse"/>).</param>
    /// <param name="configure">Transport, paging and retry settings; null for the defaults.</param>
    /// <returns>The HTTP client builder, to add handlers of your own.</returns>
    /// <exception cref="ArgumentNullException">The services, the base URL or the certificate is null.</exception>
    public static IHttpClientBuilder AddAeriesClient(this IServiceCollection services, AeriesBaseUrl baseUrl, AeriesCertificate certificate, Action<AeriesClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(certificate);
        services.AddOptions<AeriesClientOptions>().Configure(options => configure?.Invoke(options));

        static AeriesClientOptions Settings(IServiceProvider provider) => provider.GetRequiredService<IOptions<AeriesClientOptions>>().Value;

        return services
            .AddHttpClient<IAeriesClient, AeriesClient>((http, provider) => new AeriesClient(baseUrl, certificate, http, Settings(provider), provider.GetService<ILogger<AeriesClient>>()))
            .AddAeriesTransport(Settings);
    }
}
