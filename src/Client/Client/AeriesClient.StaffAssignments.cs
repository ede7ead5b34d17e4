using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Client.Json;
using IlluminatePerms.Client.Models;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Client;

// Staff assignment writes. The type is the method's, never the caller's body's: it decides the area,
// so the grant each method declares is the one Aeries checks.
public sealed partial class AeriesClient
{
    private const string JobAssignments = "Staff Job Assignments";
    private const string ClassifiedAssignments = "Staff Assignments (Classified)";

    /// <inheritdoc />
    [AeriesOperation("staff.create_staff_assignment")]
    [RequiresGrant(JobAssignments, AeriesAccess.Insert)]
    public Task<StaffAssignment> InsertCertificatedStaffAssignmentAsync(int staffId, StaffAssignmentInput assignment, CancellationToken cancellationToken = default)
        => InsertStaffAssignmentAsync(staffId, StaffAssignment.Certificated, JobAssignments, assignment, cancellationToken);

    /// <inheritdoc />
    [AeriesOperation("staff.create_staff_assignment")]
    [RequiresGrant(ClassifiedAssignments, AeriesAccess.Insert)]
    public Task<StaffAssignment> InsertClassifiedStaffAssignmentAsync(int staffId, StaffAssignmentInput assignment, CancellationToken cancellationToken = default)
        => InsertStaffAssignmentAsync(staffId, StaffAssignment.Classified, ClassifiedAssignments, assignment, cancellationToken);

    /// <inheritdoc />
    [AeriesOperation("staff.update_staff_certificated_assignment")]
    [RequiresGrant(JobAssignments, AeriesAccess.Update)]
    public Task<StaffAssignment> UpdateCertificatedStaffAssignmentAsync(int staffId, int sequenceNumber, StaffAssignmentInput assignment, CancellationToken cancellationToken = default)
        => UpdateStaffAssignmentAsync("staff.update_staff_certificated_assignment", staffId, sequenceNumber, assignment, cancellationToken);

    /// <inheritdoc />
    [AeriesOperation("staff.update_staff_classified_assignment")]
    [RequiresGrant(ClassifiedAssignments, AeriesAccess.Update)]
    public Task<StaffAssignment> UpdateClassifiedStaffAssignmentAsync(int staffId, int sequenceNumber, StaffAssignmentInput assignment, CancellationToken cancellationToken = default)
        => UpdateStaffAssignmentAsync("staff.update_staff_classified_assignment", staffId, sequenceNumber, assignment, cancellationToken);

    /// <inheritdoc />
    [AeriesOperation("staff.delete_staff_certificated_assignment")]
    [RequiresGrant(JobAssignments, AeriesAccess.Delete)]
    public Task DeleteCertificatedStaffAssignmentAsync(int staffId, int sequenceNumber, CancellationToken cancellationToken = default)
        => DeleteRecordsAsync(Operation("staff.delete_staff_certificated_assignment"), Values(("StaffID", staffId), ("SequenceNumber", sequenceNumber)), cancellationToken);

    /// <inheritdoc />
    [AeriesOperation("staff.delete_staff_classified_assignment")]
    [RequiresGrant(ClassifiedAssignments, AeriesAccess.Delete)]
    public Task DeleteClassifiedStaffAssignmentAsync(int staffId, int sequenceNumber, CancellationToken cancellationToken = default)
        => DeleteRecordsAsync(Operation("staff.delete_staff_classified_assignment"), Values(("StaffID", staffId), ("SequenceNumber", sequenceNumber)), cancellationToken);

    /// <inheritdoc />
    [AeriesOperation("staff.delete_staff_assignments_from_date")]
    [RequiresGrant(JobAssignments, AeriesAccess.Delete)]
    [RequiresGrant(ClassifiedAssignments, AeriesAccess.Delete)]
    public Task DeleteStaffAssignmentsFromDateAsync(int staffId, DateOnly startDate, CancellationToken cancellationToken = default)
    {
        // The operation's own grant is the certificated one; the classified rows need theirs too.
        var classified = new Grant(ClassifiedAssignments, AeriesAccess.Delete);
        if (options.Guard is { } guard && !guard.Contains(classified))
        {
            throw new Errors.MissingGrantException("staff.delete_staff_assignments_from_date", classified);
        }

        return DeleteRecordsAsync(Operation("staff.delete_staff_assignments_from_date"), StaffDate(staffId, startDate), cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation("staff.delete_staff_certificated_assignments_from_date")]
    [RequiresGrant(JobAssignments, AeriesAccess.Delete)]
    public Task DeleteCertificatedStaffAssignmentsFromDateAsync(int staffId, DateOnly startDate, CancellationToken cancellationToken = default)
        => DeleteRecordsAsync(Operation("staff.delete_staff_certificated_assignments_from_date"), StaffDate(staffId, startDate), cancellationToken);

    /// <inheritdoc />
    [AeriesOperation("staff.delete_staff_classified_assignments_from_date")]
    [RequiresGrant(ClassifiedAssignments, AeriesAccess.Delete)]
    public Task DeleteClassifiedStaffAssignmentsFromDateAsync(int staffId, DateOnly startDate, CancellationToken cancellationToken = default)
        => DeleteRecordsAsync(Operation("staff.delete_staff_classified_assignments_from_date"), StaffDate(staffId, startDate), cancellationToken);

    private static System.Collections.Generic.Dictionary<string, string> StaffDate(int staffId, DateOnly date)
        => Values(("StaffID", staffId), ("year", date.Year), ("month", date.Month), ("day", date.Day));

    private Task<StaffAssignment> InsertStaffAssignmentAsync(int staffId, string type, string area, StaffAssignmentInput assignment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        var body = JsonSerializer.SerializeToNode(assignment, AeriesJsonContext.Default.StaffAssignmentInput)!.AsObject();
        body["AssignmentType"] = type;
        // The body's type decides the area Aeries checks, so the guard checks that area, not the operation's first.
        return WriteRecordAsync(Operation("staff.create_staff_assignment"), Values(("StaffID", staffId)), body, AeriesJsonContext.Default.JsonObject, AeriesJsonContext.Default.StaffAssignment, cancellationToken, new Grant(area, AeriesAccess.Insert));
    }

    private Task<StaffAssignment> UpdateStaffAssignmentAsync(string operationId, int staffId, int sequenceNumber, StaffAssignmentInput assignment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        return WriteRecordAsync(Operation(operationId), Values(("StaffID", staffId), ("SequenceNumber", sequenceNumber)), assignment, AeriesJsonContext.Default.StaffAssignmentInput, AeriesJsonContext.Default.StaffAssignment, cancellationToken);
    }
}
