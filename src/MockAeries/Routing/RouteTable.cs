using System;
using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Http;

namespace IlluminatePerms.MockAeries.Routing;

/// <summary>
/// The contract's operations with the mock's handlers. Every operation of
/// <see cref="AeriesContract.All"/> must have a handler: a contract operation the mock cannot serve
/// stops it at start, never a silent 404 later.
/// </summary>
internal sealed class RouteTable
{
    private readonly Route[] routes;

    // The routes a path of n segments can match, in precedence order: most requests try a handful.
    private readonly Route[][] bySegmentCount;

    public RouteTable(IEnumerable<AeriesOperation> operations, IReadOnlyDictionary<string, Func<ApiContext, ApiResponse>> handlers)
    {
        var missing = operations.Where(o => !handlers.ContainsKey(o.Id)).Select(o => o.Id).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"The mock has no handler for the contract operations {string.Join(", ", missing)}.");
        }

        var unknown = handlers.Keys.Except(operations.Select(o => o.Id)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"The mock has handlers for operations the contract does not have: {string.Join(", ", unknown)}.");
        }

        // The most literal template wins, so "students/grade/{GradeLevel}" is never read as a StudentID.
        routes = operations.Select(o => new Route(o, handlers[o.Id])).OrderByDescending(r => r.Template.LiteralCount).ToArray();
        var longest = routes.Max(r => r.Template.SegmentCount);
        bySegmentCount = Enumerable.Range(0, longest + 2)
            .Select(n => routes.Where(r => r.Template.SegmentCount == n || (r.Template.LastIsOptional && r.Template.SegmentCount == n + 1)).ToArray())
            .ToArray();
    }

    public IReadOnlyList<Route> Routes => routes;

    /// <summary>The route for <paramref name="method"/> and <paramref name="path"/> (relative to <c>/api/v5/</c>).</summary>
    public RouteMatch Match(string method, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var pathMatched = false;
        foreach (var route in segments.Length < bySegmentCount.Length ? bySegmentCount[segments.Length] : System.Array.Empty<Route>())
        {
            if (route.Template.TryMatch(segments, out var values))
            {
                if (string.Equals(route.Operation.Method, method, StringComparison.OrdinalIgnoreCase))
                {
                    return RouteMatch.Found(route, values);
                }

                pathMatched = true;
            }
        }

        return pathMatched ? RouteMatch.WrongMethod() : RouteMatch.None(Closest(method, path));
    }

    /// <summary>
    /// The route whose template reads most like <paramref name="path"/>: each template's placeholders
    /// take the request's own segments, so only the literal parts are compared; on a tie, a route of
    /// the request's method wins.
    /// </summary>
    private string Closest(string method, string path)
    {
        var segments = path.ToLowerInvariant().Split('/', StringSplitOptions.RemoveEmptyEntries);
        var request = string.Join('/', segments);
        return routes
            .Select(r => (r.Template.Text, r.Operation.Method, Distance: EditDistance.Between(request, r.Template.Fill(segments).ToLowerInvariant())))
            .OrderBy(r => r.Distance)
            .ThenBy(r => string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(r => r.Text, StringComparer.Ordinal)
            .First().Text;
    }
}
