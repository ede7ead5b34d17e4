using System;
using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Contract;
using IlluminatePerms.MockAeries.Routing;

namespace IlluminatePerms.Cli.Commands.Proxy;

/// <summary>
/// Finds the contract operation of a proxied request by method and path, as the mock routes it: the
/// template with the most literal segments wins (so <c>students/grade/{GradeLevel}</c> is never read
/// as a StudentID). The template reader is the mock's own, compiled in as linked source.
/// </summary>
internal sealed class OperationMatcher
{
    private const string ApiPrefix = "api/v5/";

    private readonly (AeriesOperation Operation, RouteTemplate Template)[] routes = AeriesContract.All
        .Select(o => (o, new RouteTemplate(o.PathTemplate)))
        .OrderByDescending(r => r.Item2.LiteralCount)
        .ToArray();

    /// <summary>
    /// The operation <paramref name="method"/> <paramref name="path"/> calls and its placeholders' values;
    /// null when the path is not under <c>api/v5/</c> or no operation of that method matches it.
    /// </summary>
    /// <param name="method">The request's method.</param>
    /// <param name="path">The request's path relative to the district's base URL (e.g. <c>api/v5/schools/994</c>).</param>
    public OperationMatch? Match(string method, string path)
    {
        var relative = path.TrimStart('/');
        if (!relative.StartsWith(ApiPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var segments = relative[ApiPrefix.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries);
        foreach (var (operation, template) in routes)
        {
            if (string.Equals(operation.Method, method, StringComparison.OrdinalIgnoreCase) && template.TryMatch(segments, out var values))
            {
                return new OperationMatch(operation, values);
            }
        }

        return null;
    }
}
