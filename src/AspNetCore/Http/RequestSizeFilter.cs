using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IlluminatePerms.AspNetCore.Http;

/// <summary>
/// Bounds a request body by <see cref="AeriesCheckOptions.MaxRequestBodyBytes"/>: a declared length
/// above it is refused before anything is read, and a body sent without one (chunked) is cut off
/// by the server when it passes the limit; both answer 413.
/// </summary>
internal sealed class RequestSizeFilter : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var limit = http.RequestServices.GetRequiredService<IOptions<AeriesCheckOptions>>().Value.MaxRequestBodyBytes;
        if (http.Request.ContentLength > limit)
        {
            return TooLarge(limit);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(limit);
        }
    }

    private static IResult TooLarge(long limit)
        => Results.Problem(detail: $"The request is larger than {limit} bytes: send the base URL and the certificate only.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large");
}
