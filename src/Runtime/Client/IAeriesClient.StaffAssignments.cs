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
    /// Changes a certificated assignment, or creates it under that number when there is none (Aeries'
    /// upsert), and answers it. Fields left null keep their value; the end date is always written.
    /// <c>PUT staff/{StaffID}/assignments/certificated/{SequenceNumber}</c> (Staff Job Assignments: Update).
    /// </summary>
    /// <param name="staffId">The StaffID.</param>
    /// <param name="sequenceNumber">The assignment's SequenceNumber.</param>
    /// <param name="assignment">The new values.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation(AeriesOperationIds.Staff.UpdateStaffCertificatedAssignment)]
    [RequiresGrant("Staff Job Assignments", AeriesAccess.Update)]
    Task<StaffAssignment> UpdateCertificatedStaffAssignmentAsync(int staffId, int sequenceNumber, StaffAssignmentInput assignment, CancellationToken cancellationToken = default);

    /// <summary>
    /// Changes a classified assignment, or creates it under that number when there is none (Aeries'
    /// upsert), and answers it. Fields left null keep their value; the end date is always written.
    /// <c>PUT staff/{StaffID}/assignments/classified/{SequenceNumber}</c> (Staff Assignments (Classified): Update).
    /// </summary>
    /// <param name="staffId">The StaffID.</param>
    /// <param name="sequenceNumber">The assignment's SequenceNumber.</param>
    /// <param name="assignment">The new values.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation(AeriesOperationIds.Staff.UpdateStaffClassifiedAssignment)]
    [RequiresGrant("Staff Assignments (Classified)", AeriesAccess.Update)]
    Task<StaffAssignment> UpdateClassifiedStaffAssignmentAsync(int staffId, int sequenceNumber, StaffAssignmentInput assignment, CancellationToken cancellationToken = default);

    /// <summary>Deletes one certificated assignment. <c>DELETE staff/{StaffID}/assignments/certificated/{SequenceNumber}</c> (Staff Job Assignments: Delete).</summary>
    /// <param name="staffId">The StaffID.</param>
    /// <param name="sequenceNumber">The assignment's SequenceNumber.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation(AeriesOperationIds.Staff.DeleteStaffCertificatedAssignment)]
    [RequiresGrant("Staff Job Assignments", AeriesAccess.Delete)]
    Task DeleteCertificatedStaffAssignmentAsync(int staffId, int sequenceNumber, CancellationToken cancellationToken = default);

    /// <summary>Deletes one classified assignment. <c>DELETE staff/{StaffID}/assignments/classified/{SequenceNumber}</c> (Staff Assignments (Classified): Delete).</summary>
    /// <param name="staffId">The StaffID.</param>
    /// <param name="sequenceNumber">The assignment's SequenceNumber.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation(AeriesOperationIds.Staff.DeleteStaffClassifiedAssignment)]
    [RequiresGrant("Staff Assignments (Classified)", AeriesAccess.Delete)]
    Task DeleteClassifiedStaffAssignmentAsync(int staffId, int sequenceNumber, CancellationToken cancellationToken = default);

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

    /// <summary>
    /// Deletes a staff member's certificated assignments that start on or after a day.
    /// <c>DELETE staff/{StaffID}/assignments/startdate/{year}/{month}/{day}/certificated</c> (Staff Job Assignments: Delete).
    /// </summary>
    /// <param name="staffId">The StaffID.</param>
    /// <param name="startDate">The first start date deleted.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation(AeriesOperationIds.Staff.DeleteStaffCertificatedAssignmentsFromDate)]
    [RequiresGrant("Staff Job Assignments", AeriesAccess.Delete)]
    Task DeleteCertificatedStaffAssignmentsFromDateAsync(int staffId, DateOnly startDate, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes a staff member's classified assignments that start on or after a day.
    /// <c>DELETE staff/{StaffID}/assignments/startdate/{year}/{month}/{day}/classified</c> (Staff Assignments (Classified): Delete).
    /// </summary>
    /// <param name="staffId">The StaffID.</param>
    /// <param name="startDate">The first start date deleted.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [AeriesOperation(AeriesOperationIds.Staff.DeleteStaffClassifiedAssignmentsFromDate)]
    [RequiresGrant("Staff Assignments (Classified)", AeriesAccess.Delete)]
    Task DeleteClassifiedStaffAssignmentsFromDateAsync(int staffId, DateOnly startDate, CancellationToken cancellationToken = default);
}
