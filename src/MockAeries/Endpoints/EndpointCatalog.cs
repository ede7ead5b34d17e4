using System;
using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.MockAeries.Data;
using IlluminatePerms.MockAeries.Routing;

namespace IlluminatePerms.MockAeries.Endpoints;

/// <summary>Every endpoint of the mock.</summary>
public static class EndpointCatalog
{
    /// <summary>All endpoints; <paramref name="systemInfo"/> answers <c>GET systeminfo</c>.</summary>
    public static IReadOnlyList<Endpoint> Create(Func<SystemInfo> systemInfo)
        => SchoolEndpoints.All(systemInfo)
            .Concat(StudentEndpoints.All())
            .Concat(StaffEndpoints.All())
            .Concat(SchedulingEndpoints.All())
            .Concat(GradebookEndpoints.All())
            .ToList();
}
