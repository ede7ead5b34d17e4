using System;
using System.Collections.Generic;
using System.Threading;
using IlluminatePerms.Client.Models;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Client;

// Whole-school reads as streams: records arrive one at a time, so a school of any size fits in memory.
// Each record is capped (AeriesClientOptions.MaxRecordBytes), their number too (MaxStreamedRecords),
// and the whole answer must arrive within AttemptTimeout: read it promptly, or collect it first.
public partial interface IAeriesClient
{
    /// <summary>
    /// Attendance of every student of the school, one record per student as it arrives: Aeries
    /// documents no paging for it, and a school's year of attendance is tens of megabytes.
    /// <c>GET schools/{SchoolCode}/attendance</c> (Attendance: Read).
    /// </summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="startDate">First day to include (Aeries' StartDate); null: Aeries' default.</param>
    /// <param name="endDate">Last day to include (Aeries' EndDate); null: Aeries' default.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="Errors.AeriesRecordTooLargeException">A record was larger than <see cref="AeriesClientOptions.MaxRecordBytes"/>.</exception>
    /// <exception cref="Errors.AeriesUnexpectedAnswerException">The answer held more than <see cref="AeriesClientOptions.MaxStreamedRecords"/> records.</exception>
    [AeriesOperation(AeriesOperationIds.Attendance.GetStudentAttendance)]
    [RequiresGrant("Attendance", AeriesAccess.Read)]
    IAsyncEnumerable<StudentAttendance> StreamAttendanceAsync(int schoolCode, DateOnly? startDate = null, DateOnly? endDate = null, CancellationToken cancellationToken = default);
}
