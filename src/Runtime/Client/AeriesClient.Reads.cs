using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Client.Json;
using IlluminatePerms.Client.Models;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Client;

// One method per GET of AeriesContract, in contract order; ClientContractTests keeps them in step.
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
