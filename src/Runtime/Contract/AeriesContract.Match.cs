using System;
using System.Linq;

namespace IlluminatePerms.Contract;

#if BUILDING_SOURCE_GENERATOR
internal static partial class AeriesContract
#else
public static partial class AeriesContract
#endif
{
    private const string ApiPrefix = "api/v5";

    // The most literal template wins, so "students/grade/{GradeLevel}" is never read as a StudentID;
    // among equals, contract order (the order is stable), as the mock and the proxy route.
    private static readonly Lazy<ContractRoute[]> Routes = new(() => Operations
        .Select(operation => new ContractRoute(operation))
        .OrderByDescending(route => route.LiteralCount)
        .ToArray());

    /// <summary>
    /// The operation a request calls, with its placeholders' values: the operation of <paramref name="method"/>
    /// whose path template <paramref name="path"/> fits, or null when none does. Literal segments compare without case, a
    /// placeholder takes any segment, a trailing optional placeholder may be left out; when several
    /// templates fit, the one with the most literal segments wins.
    /// </summary>
    /// <param name="method">The request's HTTP method, in any case.</param>
    /// <param name="path">
    /// The request's path, with or without the <c>/api/v5/</c> prefix (relative to the district's base
    /// URL, such as <c>/api/v5/schools/994/students?StartingRecord=1</c>); a query string or fragment is
    /// ignored.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="method"/> or <paramref name="path"/> is null.</exception>
    public static ContractMatch? Match(string method, string path)
    {
        if (method is null)
        {
            throw new ArgumentNullException(nameof(method));
        }

        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        var segments = ContractSegments(path);
        foreach (var route in Routes.Value)
        {
            if (string.Equals(route.Operation.Method, method, StringComparison.OrdinalIgnoreCase) && route.Match(segments) is { } match)
            {
                return match;
            }
        }

        return null;
    }

    /// <summary>The path's segments after <c>api/v5</c>, without the query string or fragment.</summary>
    private static string[] ContractSegments(string path)
    {
        var end = path.IndexOfAny(new[] { '?', '#' });
        var segments = (end < 0 ? path : path.Substring(0, end)).Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        var prefix = ApiPrefix.Split('/');
        var hasPrefix = segments.Length >= prefix.Length
            && prefix.Select((segment, i) => string.Equals(segment, segments[i], StringComparison.OrdinalIgnoreCase)).All(same => same);
        return hasPrefix ? segments.Skip(prefix.Length).ToArray() : segments;
    }
}
