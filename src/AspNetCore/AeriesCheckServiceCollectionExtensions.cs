using System;
using System.Net.Http;
using IlluminatePerms.AspNetCore.Checking;
using IlluminatePerms.AspNetCore.Http;
using IlluminatePerms.AspNetCore.Network;
using IlluminatePerms.Checking;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IlluminatePerms.AspNetCore;

/// <summary>Registers what <see cref="AeriesCheckEndpointRouteBuilderExtensions.MapAeriesCheck"/> needs.</summary>
public static class AeriesCheckServiceCollectionExtensions
{
    /// <summary>
    /// Adds the check page's services: the checker on an HTTP pipeline that connects only to the
    /// addresses the options allow and follows no redirect, anti-forgery, and the per-client rate
    /// limit policy (the app must call <c>app.UseRateLimiter()</c>; the page refuses to check without it).
    /// </summary>
    /// <param name="services">The app's services.</param>
    /// <param name="configure">Sets the options (private networks, rate limit, size limit, deadline).</param>
    public static IServiceCollection AddAeriesCheck(this IServiceCollection services, Action<AeriesCheckOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<AeriesCheckOptions>()
            .Configure(options => configure?.Invoke(options))
            // The checker refuses a deadline that is not positive: the site should not start with one.
            .Validate(options => options.CheckDeadline > TimeSpan.Zero, "AeriesCheckOptions.CheckDeadline must be positive.")
            .ValidateOnStart();
        services.AddAntiforgery();
        services.AddRateLimiter(limiter => limiter.AddPolicy<string, CheckRateLimitPolicy>(CheckRateLimitPolicy.Name));
        services.TryAddSingleton(provider => new GuardedConnector(provider.GetRequiredService<IOptions<AeriesCheckOptions>>().Value.AllowPrivateNetworks));
        services.TryAddTransient<PageCheck>();
        services.AddAeriesGrantChecker()
            // Nothing listens to the factory's per-request log scopes: two handlers fewer per request.
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler((handler, provider) =>
            {
                var sockets = (SocketsHttpHandler)handler;
                // A proxy would connect on the page's behalf, past the address check: connect directly.
                sockets.UseProxy = false;
                sockets.ConnectCallback = provider.GetRequiredService<GuardedConnector>().ConnectAsync;
            })
            .AddHttpMessageHandler(() => new RefusalObserver());
        return services;
    }
}
