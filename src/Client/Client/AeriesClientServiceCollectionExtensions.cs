using System;
using IlluminatePerms.Client.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IlluminatePerms.Client;

/// <summary>Registers the Aeries client with IHttpClientFactory and its resilience pipeline.</summary>
public static class AeriesClientServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IAeriesClient"/> (implemented by <see cref="AeriesClient"/>) as a typed HTTP client,
    /// with read retries, per-host circuit breakers and timeouts, and the district's certificate
    /// authority trusted when <see cref="AeriesClientOptions.TrustedCertificateAuthorities"/> has one.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the base URL, the certificate and the other options.</param>
    /// <returns>The HTTP client builder, to add handlers of your own.</returns>
    public static IHttpClientBuilder AddAeriesClient(this IServiceCollection services, Action<AeriesClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<AeriesClientOptions>().Configure(configure);

        static AeriesClientOptions Settings(IServiceProvider provider) => provider.GetRequiredService<IOptions<AeriesClientOptions>>().Value;

        return services
            .AddHttpClient<IAeriesClient, AeriesClient>((http, provider) => new AeriesClient(http, Settings(provider), provider.GetService<ILogger<AeriesClient>>()))
            .AddAeriesTransport(Settings);
    }
}
