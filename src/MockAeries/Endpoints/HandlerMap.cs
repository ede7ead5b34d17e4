using System;
using System.Collections.Generic;
using IlluminatePerms.MockAeries.Http;

namespace IlluminatePerms.MockAeries.Endpoints;

/// <summary>The mock's handler of each contract operation, by operation id (the route table pairs them with the contract).</summary>
internal sealed class HandlerMap
{
    private readonly Dictionary<string, Func<ApiContext, ApiResponse>> handlers = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, Func<ApiContext, ApiResponse>> Handlers => handlers;

    /// <summary>Every handler; <paramref name="systemInfo"/> answers <c>GET systeminfo</c> for a requested DatabaseYear (null: none or not a number).</summary>
    public static HandlerMap Create(Func<int?, Data.SystemInfo> systemInfo)
    {
        var map = new HandlerMap();
        SchoolEndpoints.Register(map, systemInfo);
        StudentEndpoints.Register(map);
        StudentWriteEndpoints.Register(map);
        StudentRecordEndpoints.Register(map);
        AlternateCourseRequestEndpoints.Register(map);
        GradeEndpoints.Register(map);
        AttendanceEndpoints.Register(map);
        StaffEndpoints.Register(map);
        StaffAssignmentEndpoints.Register(map);
        SchedulingEndpoints.Register(map);
        GradebookEndpoints.Register(map);
        return map;
    }

    /// <summary>Adds the handler of <paramref name="operationId"/>; one handler per operation.</summary>
    public void Add(string operationId, Func<ApiContext, ApiResponse> handler) => handlers.Add(operationId, handler);
}
