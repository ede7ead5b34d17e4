using System;
using System.Globalization;
using System.Threading;
using System.Threading.RateLimiting;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace IlluminatePerms.AspNetCore.Http;

/// <summary>
/// The rate limit of the page's checks: <see cref="AeriesCheckOptions.ChecksPerClient"/> per
/// <see cref="AeriesCheckOptions.RateLimitWindow"/> for each remote address (each check sends a
/// hundred requests to a district, so an unlimited page would be a way to flood one). It also marks
/// each request it was consulted for, so <see cref="RateLimitedFilter"/> can tell an app that forgot
/// <c>UseRateLimiter()</c>.
/// </summary>
internal sealed class CheckRateLimitPolicy(IOptions<AeriesCheckOptions> options) : IRateLimiterPolicy<string>
{
    /// <summary>The policy's name in the app's rate limiter options.</summary>
    public const string Name = "IlluminatePerms.AspNetCore.Check";

    /// <summary>The <see cref="HttpContext.Items"/> key set when the rate limiter middleware consulted this policy.</summary>
    public static readonly object ConsultedKey = new();

    /// <inheritdoc />
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = (rejected, _) =>
    {
        var response = rejected.HttpContext.Response;
        SecurityHeaders.Apply(response);
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.ContentType = "text/plain; charset=utf-8";
        return new ValueTask(response.WriteAsync("Too many checks from this address: wait a minute and try again.", CancellationToken.None));
    };

    /// <inheritdoc />
    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        httpContext.Items[ConsultedKey] = true;
        // Behind a reverse proxy this is the proxy unless the app applies forwarded headers first (PACKAGE.md).
        var client = httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var settings = options.Value;
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = settings.ChecksPerClient,
            Window = settings.RateLimitWindow,
            QueueLimit = 0,
        });
    }
}
