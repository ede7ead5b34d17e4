using System;
using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Grants;

namespace IlluminatePerms.MockAeries.Endpoints;

/// <summary>The grants that open an endpoint, written by area name (checked against the catalog on start).</summary>
internal static class Allow
{
    public static readonly IReadOnlyList<Grant> Anyone = Array.Empty<Grant>();

    /// <summary>Read on any one of <paramref name="areas"/>.</summary>
    public static IReadOnlyList<Grant> Read(params string[] areas) => areas.Select(area => new Grant(area, AeriesAccess.Read)).ToArray();

    /// <summary><paramref name="access"/> on <paramref name="area"/>.</summary>
    public static IReadOnlyList<Grant> To(string area, AeriesAccess access) => new[] { new Grant(area, access) };
}
