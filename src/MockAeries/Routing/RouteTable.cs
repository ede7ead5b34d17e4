using System;
using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Grants;

namespace IlluminatePerms.MockAeries.Routing;

/// <summary>Finds the endpoint for a method and path, or says what is closest when none matches.</summary>
public sealed class RouteTable
{
    private readonly IReadOnlyList<Endpoint> endpoints;

    /// <summary>Creates the table.</summary>
    public RouteTable(IReadOnlyList<Endpoint> endpoints) => this.endpoints = endpoints;

    /// <summary>Every endpoint.</summary>
    public IReadOnlyList<Endpoint> Endpoints => endpoints;

    /// <summary>The endpoint for <paramref name="method"/> and <paramref name="path"/> (relative to <c>/api/v5/</c>).</summary>
    public RouteMatch Match(string method, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var pathMatched = false;
        foreach (var endpoint in endpoints)
        {
            if (endpoint.Template.TryMatch(segments, out var values))
            {
                if (string.Equals(endpoint.Method, method, StringComparison.OrdinalIgnoreCase))
                {
                    return RouteMatch.Found(endpoint, values);
                }

                pathMatched = true;
            }
        }

        return pathMatched ? RouteMatch.WrongMethod() : RouteMatch.None(Closest(method, path));
    }

    /// <summary>
    /// The endpoint whose template reads most like <paramref name="path"/>: each template's
    /// placeholders take the request's own segments, so only the literal parts are compared; on a
    /// tie, a route of the request's method wins.
    /// </summary>
    private string Closest(string method, string path)
    {
        var segments = path.ToLowerInvariant().Split('/', StringSplitOptions.RemoveEmptyEntries);
        var request = string.Join('/', segments);
        return endpoints
            .Select(e => (e.Template.Text, e.Method, Distance: EditDistance.Between(request, e.Template.Fill(segments).ToLowerInvariant())))
            .OrderBy(e => e.Distance)
            .ThenBy(e => string.Equals(e.Method, method, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(e => e.Text, StringComparer.Ordinal)
            .First().Text;
    }
}
