using System.Collections.Generic;

namespace IlluminatePerms.MockAeries.Routing;

/// <summary>The result of looking up a route.</summary>
internal sealed record RouteMatch(Route? Route, IReadOnlyDictionary<string, string> Values, bool MethodNotAllowed, string? ClosestRoute)
{
    private static readonly IReadOnlyDictionary<string, string> NoValues = new Dictionary<string, string>();

    public static RouteMatch Found(Route route, IReadOnlyDictionary<string, string> values) => new(route, values, false, null);

    public static RouteMatch WrongMethod() => new(null, NoValues, true, null);

    public static RouteMatch None(string closest) => new(null, NoValues, false, closest);
}
