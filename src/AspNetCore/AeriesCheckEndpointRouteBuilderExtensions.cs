using System;
using IlluminatePerms.AspNetCore.Checking;
using IlluminatePerms.AspNetCore.Endpoints;
using IlluminatePerms.AspNetCore.Http;
using IlluminatePerms.Spec;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace IlluminatePerms.AspNetCore;

/// <summary>Maps the Aeries certificate check page and its JSON API.</summary>
public static class AeriesCheckEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Adds, under <paramref name="path"/>: the page (GET), where a district admin pastes the Aeries
    /// address and the certificate and sees what to tick; its form (POST <c>check</c>, with an
    /// anti-forgery token); and the JSON API (POST <c>api/check</c>, <c>application/json</c> only),
    /// which answers the check report of <c>illuminate-perms check --format json</c>.
    /// Needs <see cref="AeriesCheckServiceCollectionExtensions.AddAeriesCheck"/> and <c>app.UseRateLimiter()</c>.
    /// </summary>
    /// <param name="endpoints">The app.</param>
    /// <param name="path">Where the page goes, e.g. "/" or "/onboarding/aeries".</param>
    /// <param name="spec">The permission spec the certificate is checked against (free of errors).</param>
    /// <param name="specName">How reports name the spec; by default after its product.</param>
    /// <returns>The group of the page's endpoints, to add conventions (authorization, say) to.</returns>
    /// <exception cref="InvalidOperationException">AddAeriesCheck was not called.</exception>
    /// <exception cref="ArgumentException">The spec has errors.</exception>
    public static RouteGroupBuilder MapAeriesCheck(this IEndpointRouteBuilder endpoints, string path, PermissionSpec spec, string? specName = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(spec);
        if (endpoints.ServiceProvider.GetService<PageCheck>() is null)
        {
            throw new InvalidOperationException("MapAeriesCheck needs builder.Services.AddAeriesCheck() first.");
        }

        if (spec.HasErrors)
        {
            throw new ArgumentException("The permission spec has errors; fix them before serving a check against it.", nameof(spec));
        }

        var trimmed = path.Trim('/');
        var site = new CheckSite(spec, specName ?? $"{spec.ProductName ?? "the product"}'s permission spec", trimmed.Length == 0 ? "" : "/" + trimmed);
        var group = endpoints.MapGroup(site.Prefix.Length == 0 ? "/" : site.Prefix);
        group.AddEndpointFilter<SecurityHeaders>();
        group.MapGet("/", (HttpContext http, IAntiforgery antiforgery) => PageEndpoint.Page(http, antiforgery, site));
        group.MapGet("/assets/check.js", AssetEndpoint.ScriptFile);
        group.MapGet("/assets/check.css", AssetEndpoint.StyleFile);

        var checks = group.MapGroup("/")
            .RequireRateLimiting(CheckRateLimitPolicy.Name)
            .AddEndpointFilter<RateLimitedFilter>()
            .AddEndpointFilter<RequestSizeFilter>();
        checks.MapPost("/check", (HttpContext http, IAntiforgery antiforgery, PageCheck check) => FormCheckEndpoint.HandleAsync(http, antiforgery, check, site));
        checks.MapPost("/api/check", (HttpContext http, PageCheck check) => ApiCheckEndpoint.HandleAsync(http, check, site));
        return group;
    }
}
