using System;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Client.Json;
using IlluminatePerms.Client.Models;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Client;

// Alternate course request writes.
public sealed partial class AeriesClient
{
    private const string CourseRequests = "Student Scheduling Schedules (Course Requests)";

    /// <inheritdoc />
    [AeriesOperation(AeriesOperationIds.Scheduling.CreateStudentAlternateCourseRequest)]
    [RequiresGrant(CourseRequests, AeriesAccess.Insert)]
    public Task<AlternateCourseRequest> InsertAlternateCourseRequestAsync(int schoolCode, int studentId, AlternateCourseRequestInput request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return WriteRecordAsync(Operation(AeriesOperationIds.Scheduling.CreateStudentAlternateCourseRequest), Values(("SchoolCode", schoolCode), ("StudentID", studentId)), request, AeriesJsonContext.Default.AlternateCourseRequestInput, AeriesJsonContext.Default.AlternateCourseRequest, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation(AeriesOperationIds.Scheduling.UpdateStudentAlternateCourseRequest)]
    [RequiresGrant(CourseRequests, AeriesAccess.Update)]
    public Task<AlternateCourseRequest> UpdateAlternateCourseRequestAsync(int schoolCode, int studentId, int sequenceNumber, AlternateCourseRequestInput request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return WriteRecordAsync(Operation(AeriesOperationIds.Scheduling.UpdateStudentAlternateCourseRequest), Values(("SchoolCode", schoolCode), ("StudentID", studentId), ("SequenceNumber", sequenceNumber)), request, AeriesJsonContext.Default.AlternateCourseRequestInput, AeriesJsonContext.Default.AlternateCourseRequest, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation(AeriesOperationIds.Scheduling.DeleteStudentAlternateCourseRequest)]
    [RequiresGrant(CourseRequests, AeriesAccess.Delete)]
    public Task DeleteAlternateCourseRequestAsync(int schoolCode, int studentId, int sequenceNumber, CancellationToken cancellationToken = default)
        => DeleteRecordsAsync(Operation(AeriesOperationIds.Scheduling.DeleteStudentAlternateCourseRequest), Values(("SchoolCode", schoolCode), ("StudentID", studentId), ("SequenceNumber", sequenceNumber)), cancellationToken);
}
