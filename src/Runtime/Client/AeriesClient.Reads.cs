using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Client.Json;
using IlluminatePerms.Client.Models;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Client;

// One method per GET of AeriesContract, in contract order; ClientContractTests keeps them in step.
public sealed partial class AeriesClient
{
    /// <inheritdoc />
    [AeriesOperation("attendance.get_student_attendance")]
    [RequiresGrant("Attendance", AeriesAccess.Read)]
    public Task<IReadOnlyList<StudentAttendance>> GetAttendanceAsync(int schoolCode, int? studentId = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation("attendance.get_student_attendance");
        return CollectAsync(StreamAsync(operation, Values(("SchoolCode", schoolCode), ("StudentID", studentId)), null, AeriesJsonContext.Default.StudentAttendance, cancellationToken), cancellationToken);
    }

}
