using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace IlluminatePerms.AspNetCore.Http;

/// <summary>
/// The headers every answer of the page carries: a content security policy that runs only the
/// page's own script file (no inline script, no other origin), no framing, no MIME sniffing, no
/// referrer, and no caching of pages that hold an anti-forgery token or a result.
/// </summary>
internal sealed class SecurityHeaders : IEndpointFilter
{
    /// <summary>The policy: the page's own files and requests only; nothing inline, nothing framed, forms posted only to itself.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>Sets the headers on <paramref name="response"/>.</summary>
    public static void Apply(HttpResponse response)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
        headers.CacheControl = "no-store";
    }

    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        Apply(context.HttpContext.Response);
        return next(context);
    }
}
