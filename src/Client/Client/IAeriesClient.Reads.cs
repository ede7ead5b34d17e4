using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Client.Models;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Client;

// The reads src/ClientGenerator does not write from the contract's rows: the whole attendance answer
// collected from its stream. ClientContractTests keeps every GET of the contract with a method.
public partial interface IAeriesClient
{
    /// <summary>Attendance of a student, or of every student of the school, read record by record into one list: no whole-answer cap (a school's is tens of megabytes), each record capped as in <see cref="StreamAttendanceAsync"/>, which reads them without holding them all. <c>GET schools/{SchoolCode}/attendance/{StudentID?}</c> (Attendance: Read).</summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="studentId">The StudentID (omitted: all).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation(AeriesOperationIds.Attendance.GetStudentAttendance)]
    [RequiresGrant("Attendance", AeriesAccess.Read)]
    Task<IReadOnlyList<StudentAttendance>> GetAttendanceAsync(int schoolCode, int? studentId = null, CancellationToken cancellationToken = default);
}
