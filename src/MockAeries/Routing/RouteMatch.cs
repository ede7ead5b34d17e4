using System.Collections.Generic;

namespace IlluminatePerms.MockAeries.Routing;

/// <summary>The result of looking up a route.</summary>
public sealed record RouteMatch(Endpoint? Endpoint, IReadOnlyDictionary<string, string> Values, bool MethodNotAllowed, string? ClosestRoute)
{
    private static readonly IReadOnlyDictionary<string, string> NoValues = new Dictionary<string, string>();

    /// <summary>A matching endpoint.</summary>
    public static RouteMatch Found(Endpoint endpoint, IReadOnlyDictionary<string, string> values) => new(endpoint, values, false, null);

    /// <summary>The path exists but not for this method.</summary>
    public static RouteMatch WrongMethod() => new(null, NoValues, true, null);

    /// <summary>No endpoint has this path.</summary>
    public static RouteMatch None(string closest) => new(null, NoValues, false, closest);
}
