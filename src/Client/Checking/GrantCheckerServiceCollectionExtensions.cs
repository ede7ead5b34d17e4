using System;
using System.Net.Http;
using IlluminatePerms.Client;
using IlluminatePerms.Client.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IlluminatePerms.Checking;

/// <summary>Registers the <see cref="GrantChecker"/> with IHttpClientFactory and the read-retry pipeline.</summary>
public static class GrantCheckerServiceCollectionExtensions
{
    /// <summary>The name of the checker's HTTP client.</summary>
    public const string HttpClientName = "IlluminatePerms.GrantChecker";

    /// <summary>
    /// Adds <see cref="GrantChecker"/>. Its HTTP client retries reads on 5xx, 429 and timeouts, one
    /// circuit breaker per district host.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Transport settings: retries, timeouts, the district's certificate authority.</param>
    public static IHttpClientBuilder AddAeriesGrantChecker(this IServiceCollection services, Action<AeriesClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<AeriesClientOptions>(HttpClientName).Configure(options => configure?.Invoke(options));

        static AeriesClientOptions Settings(IServiceProvider provider) => provider.GetRequiredService<IOptionsMonitor<AeriesClientOptions>>().Get(HttpClientName);

        services.AddTransient(provider => new GrantChecker(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            Settings(provider),
            provider.GetService<ILoggerFactory>()));
        return services.AddHttpClient(HttpClientName)
            .AddAeriesTransport(Settings);
    }
}
