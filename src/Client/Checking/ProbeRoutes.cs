using System;
using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Checking;

/// <summary>
/// The documented reads that can show whether a certificate reads an area, in the order the checker
/// tries them, and the forms of a read that list a school's records without a person's ID. A narrow
/// certificate may lack the grant that reveals the identifier an area's cheapest read needs; another
/// documented read of the same area, or the "omitted or 0 means all" form of it, still answers.
/// </summary>
internal static class ProbeRoutes
{
    private static readonly IReadOnlyList<AeriesOperation>[] Routes = AreaCatalog.All.Select(Build).ToArray();

    /// <summary>
    /// The reads of <paramref name="area"/> (GETs without side effects that need exactly Read on it):
    /// its probe first, then the others by how many identifiers they need, whole-school reads last.
    /// Empty when the area has no probe.
    /// </summary>
    public static IReadOnlyList<AeriesOperation> For(AeriesArea area) => Routes[area.Order];

    /// <summary>
    /// The values that make <paramref name="operation"/> list every record of a school without
    /// <paramref name="identifier"/>: the identifier left out where it is the optional trailing
    /// placeholder, or 0 where the article says 0 asks for all; null when the operation needs any
    /// other identifier, or cannot do without this one. SchoolCode is left to the caller.
    /// </summary>
    public static Dictionary<string, string>? ListingWithout(AeriesOperation operation, string identifier)
    {
        // Every placeholder but SchoolCode must be the identifier, in a form that may go without it; a
        // read with no identifier at all lists a school's records too (e.g. a school's authorizations).
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in operation.Parameters.Where(name => name != "SchoolCode"))
        {
            if (name != identifier)
            {
                return null;
            }

            if (name == operation.OptionalParameter)
            {
                continue;
            }

            if (name != operation.AllRecordsParameter || !operation.ZeroMeansAll)
            {
                return null;
            }

            values[name] = "0";
        }

        return values;
    }

    private static IReadOnlyList<AeriesOperation> Build(AeriesArea area)
    {
        if (AeriesContract.ProbeFor(area) is not { } probe)
        {
            return Array.Empty<AeriesOperation>();
        }

        var others = AeriesContract.ForArea(area)
            .Where(o => !ReferenceEquals(o, probe) && o.IsReadOf(area))
            .OrderBy(o => o.ReturnsWholeSchool)
            .ThenBy(o => o.Parameters.Count(p => p != "SchoolCode" && p != o.OptionalParameter));
        return new[] { probe }.Concat(others).ToArray();
    }
}
