using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Client.Models;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Client;

// Alternate course request writes (Scheduling-related article, "Alternate Course Requests - Create /
// Update / Delete"). None is repeated after a failure: read the requests back to know whether it happened.
public partial interface IAeriesClient
{
    /// <summary>
    /// Adds an alternate course request to a student and answers it, numbered by Aeries.
    /// <c>POST schools/{SchoolCode}/students/{StudentID}/alternatecourserequests</c> (Student Scheduling Schedules (Course Requests): Insert).
    /// </summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="studentId">The StudentID.</param>
    /// <param name="request">The course, and the place among the student's alternates (left out: last).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation(AeriesOperationIds.Scheduling.CreateStudentAlternateCourseRequest)]
    [RequiresGrant("Student Scheduling Schedules (Course Requests)", AeriesAccess.Insert)]
    Task<AlternateCourseRequest> InsertAlternateCourseRequestAsync(int schoolCode, int studentId, AlternateCourseRequestInput request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves an alternate course request to another place, or changes its course, and answers it.
    /// <c>PUT schools/{SchoolCode}/students/{StudentID}/alternatecourserequests/{SequenceNumber}</c> (Student Scheduling Schedules (Course Requests): Update).
    /// </summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="studentId">The StudentID.</param>
    /// <param name="sequenceNumber">The request's SequenceNumber.</param>
    /// <param name="request">What changes; null properties are not sent.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation(AeriesOperationIds.Scheduling.UpdateStudentAlternateCourseRequest)]
    [RequiresGrant("Student Scheduling Schedules (Course Requests)", AeriesAccess.Update)]
    Task<AlternateCourseRequest> UpdateAlternateCourseRequestAsync(int schoolCode, int studentId, int sequenceNumber, AlternateCourseRequestInput request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes an alternate course request (and its link to the course request it stands in for).
    /// <c>DELETE schools/{SchoolCode}/students/{StudentID}/alternatecourserequests/{SequenceNumber}</c> (Student Scheduling Schedules (Course Requests): Delete).
    /// </summary>
    /// <param name="schoolCode">The SchoolCode.</param>
    /// <param name="studentId">The StudentID.</param>
    /// <param name="sequenceNumber">The request's SequenceNumber.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation(AeriesOperationIds.Scheduling.DeleteStudentAlternateCourseRequest)]
    [RequiresGrant("Student Scheduling Schedules (Course Requests)", AeriesAccess.Delete)]
    Task DeleteAlternateCourseRequestAsync(int schoolCode, int studentId, int sequenceNumber, CancellationToken cancellationToken = default);
}
