using System;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Client.Json;
using IlluminatePerms.Client.Models;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Client;

// Alternate course request writes.
public sealed partial class AeriesClient
{
    private const string CourseRequests = "Student Scheduling Schedules (Course Requests)";

    /// <inheritdoc />
    [AeriesOperation("scheduling.create_student_alternate_course_request")]
    [RequiresGrant(CourseRequests, AeriesAccess.Insert)]
    public Task<AlternateCourseRequest> InsertAlternateCourseRequestAsync(int schoolCode, int studentId, AlternateCourseRequestInput request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return WriteRecordAsync(Operation("scheduling.create_student_alternate_course_request"), Values(("SchoolCode", schoolCode), ("StudentID", studentId)), request, AeriesJsonContext.Default.AlternateCourseRequestInput, AeriesJsonContext.Default.AlternateCourseRequest, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("scheduling.update_student_alternate_course_request")]
    [RequiresGrant(CourseRequests, AeriesAccess.Update)]
    public Task<AlternateCourseRequest> UpdateAlternateCourseRequestAsync(int schoolCode, int studentId, int sequenceNumber, AlternateCourseRequestInput request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return WriteRecordAsync(Operation("scheduling.update_student_alternate_course_request"), Values(("SchoolCode", schoolCode), ("StudentID", studentId), ("SequenceNumber", sequenceNumber)), request, AeriesJsonContext.Default.AlternateCourseRequestInput, AeriesJsonContext.Default.AlternateCourseRequest, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("scheduling.delete_student_alternate_course_request")]
    [RequiresGrant(CourseRequests, AeriesAccess.Delete)]
    public Task DeleteAlternateCourseRequestAsync(int schoolCode, int studentId, int sequenceNumber, CancellationToken cancellationToken = default)
        => DeleteRecordsAsync(Operation("scheduling.delete_student_alternate_course_request"), Values(("SchoolCode", schoolCode), ("StudentID", studentId), ("SequenceNumber", sequenceNumber)), cancellationToken);
}
