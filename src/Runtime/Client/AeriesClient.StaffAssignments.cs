using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Client.Json;
using IlluminatePerms.Client.Models;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Client;

// Staff assignment writes. The type is the method's, never the caller's body's: it decides the area,
// so the grant each method declares is the one Aeries checks.
public sealed partial class AeriesClient
{
    private const string JobAssignments = "Staff Job Assignments";
    private const string ClassifiedAssignments = "Staff Assignments (Classified)";

    /// <inheritdoc />
    [AeriesOperation(AeriesOperationIds.Staff.CreateStaffAssignment)]
    [RequiresGrant(JobAssignments, AeriesAccess.Insert)]
    public Task<StaffAssignment> InsertCertificatedStaffAssignmentAsync(int staffId, StaffAssignmentInput assignment, CancellationToken cancellationToken = default)
        => InsertStaffAssignmentAsync(staffId, StaffAssignment.Certificated, JobAssignments, assignment, cancellationToken);

    /// <inheritdoc />
    [AeriesOperation(AeriesOperationIds.Staff.CreateStaffAssignment)]
    [RequiresGrant(ClassifiedAssignments, AeriesAccess.Insert)]
    public Task<StaffAssignment> InsertClassifiedStaffAssignmentAsync(int staffId, StaffAssignmentInput assignment, CancellationToken cancellationToken = default)
        => InsertStaffAssignmentAsync(staffId, StaffAssignment.Classified, ClassifiedAssignments, assignment, cancellationToken);

    /// <inheritdoc />
    [AeriesOperation(AeriesOperationIds.Staff.UpdateStaffCertificatedAssignment)]
    [RequiresGrant(JobAssignments, AeriesAccess.Update)]
    public Task<StaffAssignment> UpdateCertificatedStaffAssignmentAsync(int staffId, int sequenceNumber, StaffAssignmentInput assignment, CancellationToken cancellationToken = default)
        => UpdateStaffAssignmentAsync(AeriesOperationIds.Staff.UpdateStaffCertificatedAssignment, staffId, sequenceNumber, assignment, cancellationToken);

    /// <inheritdoc />
    [AeriesOperation(AeriesOperationIds.Staff.UpdateStaffClassifiedAssignment)]
    [RequiresGrant(ClassifiedAssignments, AeriesAccess.Update)]
    public Task<StaffAssignment> UpdateClassifiedStaffAssignmentAsync(int staffId, int sequenceNumber, StaffAssignmentInput assignment, CancellationToken cancellationToken = default)
        => UpdateStaffAssignmentAsync(AeriesOperationIds.Staff.UpdateStaffClassifiedAssignment, staffId, sequenceNumber, assignment, cancellationToken);

    /// <inheritdoc />
    [AeriesOperation(AeriesOperationIds.Staff.DeleteStaffCertificatedAssignment)]
    [RequiresGrant(JobAssignments, AeriesAccess.Delete)]
    public Task DeleteCertificatedStaffAssignmentAsync(int staffId, int sequenceNumber, CancellationToken cancellationToken = default)
        => DeleteRecordsAsync(Operation(AeriesOperationIds.Staff.DeleteStaffCertificatedAssignment), Values(("StaffID", staffId), ("SequenceNumber", sequenceNumber)), cancellationToken);

    /// <inheritdoc />
    [AeriesOperation(AeriesOperationIds.Staff.DeleteStaffClassifiedAssignment)]
    [RequiresGrant(ClassifiedAssignments, AeriesAccess.Delete)]
    public Task DeleteClassifiedStaffAssignmentAsync(int staffId, int sequenceNumber, CancellationToken cancellationToken = default)
        => DeleteRecordsAsync(Operation(AeriesOperationIds.Staff.DeleteStaffClassifiedAssignment), Values(("StaffID", staffId), ("SequenceNumber", sequenceNumber)), cancellationToken);

    /// <inheritdoc />
    [AeriesOperation(AeriesOperationIds.Staff.DeleteStaffAssignmentsFromDate)]
    [RequiresGrant(JobAssignments, AeriesAccess.Delete)]
    [RequiresGrant(ClassifiedAssignments, AeriesAccess.Delete)]
    public Task DeleteStaffAssignmentsFromDateAsync(int staffId, DateOnly startDate, CancellationToken cancellationToken = default)
    {
        // The operation's own grant is the certificated one; the classified rows need theirs too.
        var classified = new Grant(ClassifiedAssignments, AeriesAccess.Delete);
        if (options.Guard is { } guard && !guard.Contains(classified))
        {
            throw new Errors.MissingGrantException(AeriesOperationIds.Staff.DeleteStaffAssignmentsFromDate, classified);
        }

        return DeleteRecordsAsync(Operation(AeriesOperationIds.Staff.DeleteStaffAssignmentsFromDate), StaffDate(staffId, startDate), cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation(AeriesOperationIds.Staff.DeleteStaffCertificatedAssignmentsFromDate)]
    [RequiresGrant(JobAssignments, AeriesAccess.Delete)]
    public Task DeleteCertificatedStaffAssignmentsFromDateAsync(int staffId, DateOnly startDate, CancellationToken cancellationToken = default)
        => DeleteRecordsAsync(Operation(AeriesOperationIds.Staff.DeleteStaffCertificatedAssignmentsFromDate), StaffDate(staffId, startDate), cancellationToken);

    /// <inheritdoc />
    [AeriesOperation(AeriesOperationIds.Staff.DeleteStaffClassifiedAssignmentsFromDate)]
    [RequiresGrant(ClassifiedAssignments, AeriesAccess.Delete)]
    public Task DeleteClassifiedStaffAssignmentsFromDateAsync(int staffId, DateOnly startDate, CancellationToken cancellationToken = default)
        => DeleteRecordsAsync(Operation(AeriesOperationIds.Staff.DeleteStaffClassifiedAssignmentsFromDate), StaffDate(staffId, startDate), cancellationToken);

    private static System.Collections.Generic.Dictionary<string, string> StaffDate(int staffId, DateOnly date)
        => Values(("StaffID", staffId), ("year", date.Year), ("month", date.Month), ("day", date.Day));

    private Task<StaffAssignment> InsertStaffAssignmentAsync(int staffId, string type, string area, StaffAssignmentInput assignment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        var body = JsonSerializer.SerializeToNode(assignment, AeriesJsonContext.Default.StaffAssignmentInput)!.AsObject();
        body["AssignmentType"] = type;
        // The body's type decides the area Aeries checks, so the guard checks that area, not the operation's first.
        return WriteRecordAsync(Operation(AeriesOperationIds.Staff.CreateStaffAssignment), Values(("StaffID", staffId)), body, AeriesJsonContext.Default.JsonObject, AeriesJsonContext.Default.StaffAssignment, cancellationToken, new Grant(area, AeriesAccess.Insert));
    }

    private Task<StaffAssignment> UpdateStaffAssignmentAsync(string operationId, int staffId, int sequenceNumber, StaffAssignmentInput assignment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        return WriteRecordAsync(Operation(operationId), Values(("StaffID", staffId), ("SequenceNumber", sequenceNumber)), assignment, AeriesJsonContext.Default.StaffAssignmentInput, AeriesJsonContext.Default.StaffAssignment, cancellationToken);
    }
}
