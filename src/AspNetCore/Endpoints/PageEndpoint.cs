using IlluminatePerms.AspNetCore.Http;
using IlluminatePerms.AspNetCore.Rendering;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace IlluminatePerms.AspNetCore.Endpoints;

/// <summary>GET of the page: the form with a fresh anti-forgery token, and a result when one is given.</summary>
internal static class PageEndpoint
{
    /// <summary>The page as an answer.</summary>
    public static IResult Page(HttpContext http, IAntiforgery antiforgery, CheckSite site, string? result = null)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        // The token code sets its own X-Frame-Options (SAMEORIGIN): this page is framed by no one.
        SecurityHeaders.Apply(http.Response);
        var html = PageHtml.Render(http.Request.PathBase + site.Prefix, tokens.FormFieldName, tokens.RequestToken!, result);
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
