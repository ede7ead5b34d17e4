using System;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Client.Models;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Client;

// Staff assignment writes (Staff-related article, "Staff Assignments - Create / Update / Delete"). One
// method per assignment type: certificated rows are Staff Job Assignments, classified rows Staff
// Assignments (Classified), so each method declares the one area its rows are of. None is repeated
// after a failure: read the assignments back to know whether it happened.
public partial interface IAeriesClient
{
    /// <summary>
    /// Adds a certificated assignment to a staff member and answers it, numbered by Aeries.
    /// <c>POST staff/{StaffID}/assignments</c> with AssignmentType "certificated" (Staff Job Assignments: Insert).
    /// </summary>
    /// <param name="staffId">The StaffID.</param>
    /// <param name="assignment">The assignment's fields.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation(AeriesOperationIds.Staff.CreateStaffAssignment)]
    [RequiresGrant("Staff Job Assignments", AeriesAccess.Insert)]
    Task<StaffAssignment> InsertCertificatedStaffAssignmentAsync(int staffId, StaffAssignmentInput assignment, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds a classified assignment to a staff member and answers it, numbered by Aeries.
    /// <c>POST staff/{StaffID}/assignments</c> with AssignmentType "classified" (Staff Assignments (Classified): Insert).
    /// </summary>
    /// <param name="staffId">The StaffID.</param>
    /// <param name="assignment">The assignment's fields (the non-classroom codes do not apply).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation(AeriesOperationIds.Staff.CreateStaffAssignment)]
    [RequiresGrant("Staff Assignments (Classified)", AeriesAccess.Insert)]
    Task<StaffAssignment> InsertClassifiedStaffAssignmentAsync(int staffId, StaffAssignmentInput assignment, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes a staff member's assignments of both types that start on or after a day (e.g. all of
    /// this school year's), which needs Delete on both areas.
    /// <c>DELETE staff/{StaffID}/assignments/startdate/{year}/{month}/{day}</c> (Staff Job Assignments: Delete; Staff Assignments (Classified): Delete).
    /// </summary>
    /// <param name="staffId">The StaffID.</param>
    /// <param name="startDate">The first start date deleted.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation(AeriesOperationIds.Staff.DeleteStaffAssignmentsFromDate)]
    [RequiresGrant("Staff Job Assignments", AeriesAccess.Delete)]
    [RequiresGrant("Staff Assignments (Classified)", AeriesAccess.Delete)]
    Task DeleteStaffAssignmentsFromDateAsync(int staffId, DateOnly startDate, CancellationToken cancellationToken = default);
}
