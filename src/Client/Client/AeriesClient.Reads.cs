using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Client.Json;
using IlluminatePerms.Client.Models;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Client;

// The reads src/ClientGenerator does not write from the contract's rows: the whole attendance answer
// collected from its stream. ClientContractTests keeps every GET of the contract with a method.
public sealed partial class AeriesClient
{
    /// <inheritdoc />
    [AeriesOperation(AeriesOperationIds.Attendance.GetStudentAttendance)]
    [RequiresGrant("Attendance", AeriesAccess.Read)]
    public Task<IReadOnlyList<StudentAttendance>> GetAttendanceAsync(int schoolCode, int? studentId = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation(AeriesOperationIds.Attendance.GetStudentAttendance);
        return CollectAsync(StreamAsync(operation, Values(("SchoolCode", schoolCode), ("StudentID", studentId)), null, AeriesJsonContext.Default.StudentAttendance, cancellationToken), cancellationToken);
    }
}
