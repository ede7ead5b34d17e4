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
}
