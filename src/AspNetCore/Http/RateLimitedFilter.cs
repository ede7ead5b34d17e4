using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace IlluminatePerms.AspNetCore.Http;

/// <summary>
/// Fails closed when the app forgot <c>app.UseRateLimiter()</c>: without the middleware the rate
/// limit metadata does nothing, and a check endpoint must not run unlimited.
/// </summary>
internal sealed class RateLimitedFilter : IEndpointFilter
{
    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        => context.HttpContext.Items.ContainsKey(CheckRateLimitPolicy.ConsultedKey)
            ? next(context)
            : ValueTask.FromResult<object?>(Results.Problem(
                detail: "The check page is not rate limited: the site must call app.UseRateLimiter() (after routing) for IlluminatePerms.AspNetCore's checks to run.",
                statusCode: StatusCodes.Status500InternalServerError,
                title: "Check page misconfigured"));
}
