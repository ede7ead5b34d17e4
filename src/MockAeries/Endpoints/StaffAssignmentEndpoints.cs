using System;
using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Data;
using IlluminatePerms.MockAeries.Http;
using IlluminatePerms.MockAeries.Security;

namespace IlluminatePerms.MockAeries.Endpoints;

/// <summary>
/// A staff member's assignments (Staff-related article, "Staff Assignments"): certificated rows are
/// Staff Job Assignments, classified rows Staff Assignments (Classified). Reads of both types show
/// the rows the certificate may see; writes need the level on the area of the row they change.
/// </summary>
internal static class StaffAssignmentEndpoints
{
    public static void Register(HandlerMap map)
    {
        var json = AeriesJson.Context;
        map.Add(AeriesOperationIds.Staff.GetStaffAssignments, c => Respond.With(c, Visible(c, All(c)), json.ListStaffAssignment));
        map.Add(AeriesOperationIds.Staff.GetStaffCertificatedAssignments, c => Respond.With(c, OneOrAll(c, StaffAssignmentTypes.Certificated), json.ListStaffAssignment));
        map.Add(AeriesOperationIds.Staff.GetStaffClassifiedAssignments, c => Respond.With(c, OneOrAll(c, StaffAssignmentTypes.Classified), json.ListStaffAssignment));
        map.Add(AeriesOperationIds.Staff.GetStaffAssignmentsDate, c => Respond.With(c, Visible(c, EffectiveOn(c, All(c))), json.ListStaffAssignment));
        map.Add(AeriesOperationIds.Staff.GetStaffCertificatedAssignmentsDate, c => Respond.With(c, EffectiveOn(c, OfType(c, StaffAssignmentTypes.Certificated)), json.ListStaffAssignment));
        map.Add(AeriesOperationIds.Staff.GetStaffClassifiedAssignmentsDate, c => Respond.With(c, EffectiveOn(c, OfType(c, StaffAssignmentTypes.Classified)), json.ListStaffAssignment));
        map.Add(AeriesOperationIds.Staff.CreateStaffAssignment, c => Respond.With(c, Insert(c), json.StaffAssignment));
        map.Add(AeriesOperationIds.Staff.UpdateStaffCertificatedAssignment, c => Upsert(c, StaffAssignmentTypes.Certificated));
        map.Add(AeriesOperationIds.Staff.UpdateStaffClassifiedAssignment, c => Upsert(c, StaffAssignmentTypes.Classified));
        map.Add(AeriesOperationIds.Staff.DeleteStaffCertificatedAssignment, c => DeleteOne(c, StaffAssignmentTypes.Certificated));
        map.Add(AeriesOperationIds.Staff.DeleteStaffClassifiedAssignment, c => DeleteOne(c, StaffAssignmentTypes.Classified));
        map.Add(AeriesOperationIds.Staff.DeleteStaffAssignmentsFromDate, c => DeleteFrom(c, type: null));
        map.Add(AeriesOperationIds.Staff.DeleteStaffCertificatedAssignmentsFromDate, c => DeleteFrom(c, StaffAssignmentTypes.Certificated));
        map.Add(AeriesOperationIds.Staff.DeleteStaffClassifiedAssignmentsFromDate, c => DeleteFrom(c, StaffAssignmentTypes.Classified));
    }

    private static IReadOnlyList<StaffAssignment> All(ApiContext context) => DerivedRecords.AssignmentsOf(context.Data, Lookup.Staff(context));

    private static List<StaffAssignment> OfType(ApiContext context, string type) => All(context).Where(a => a.AssignmentType == type).ToList();

    private static List<StaffAssignment> Visible(ApiContext context, IEnumerable<StaffAssignment> rows)
        => RowAccess.Visible(context, rows.Select(a => (a, DerivedRecords.AreaOf(a, AeriesAccess.Read))));

    /// <summary>The assignments of one type; one when SequenceNumber is given (404 when there is none).</summary>
    private static List<StaffAssignment> OneOrAll(ApiContext context, string type)
    {
        var all = OfType(context, type);
        if (context.OptionalInt("SequenceNumber") is not { } sequence)
        {
            return all;
        }

        var one = all.Where(a => a.SequenceNumber == sequence).ToList();
        return one.Count > 0 ? one : throw ApiProblem.NotFound($"Staff member {context.Int("StaffID")} has no {type} assignment {sequence}.");
    }

    /// <summary>The assignments in effect on the path's date: started on or before it, not ended before it.</summary>
    private static List<StaffAssignment> EffectiveOn(ApiContext context, IEnumerable<StaffAssignment> rows)
    {
        var date = PathDate(context);
        return rows.Where(a => a.StartDate.Date <= date && (a.EndDate is null || a.EndDate.Value.Date >= date)).ToList();
    }

    private static StaffAssignment Insert(ApiContext context)
    {
        var input = context.Body(AeriesJson.Context.StaffAssignmentInput);
        var type = TypeOf(input.AssignmentType);
        Require(context, type, AeriesAccess.Insert);
        return Write(context, list =>
        {
            var sequence = list.Where(a => a.AssignmentType == type).Select(a => a.SequenceNumber).DefaultIfEmpty(0).Max() + 1;
            var made = Completed(context, Blank(type, context.Int("StaffID"), sequence), input);
            list.Add(made);
            return made;
        });
    }

    /// <summary>PUT is an upsert (article): 200 when it changed the assignment, 201 when it created it. The path's type wins over the body's.</summary>
    private static ApiResponse Upsert(ApiContext context, string type)
    {
        var sequence = context.Int("SequenceNumber");
        var input = context.Body(AeriesJson.Context.StaffAssignmentInput);
        var (assignment, created) = Write(context, list =>
        {
            var index = list.FindIndex(a => a.AssignmentType == type && a.SequenceNumber == sequence);
            var changed = Completed(context, index >= 0 ? list[index] : Blank(type, context.Int("StaffID"), sequence), input);
            if (index >= 0)
            {
                list[index] = changed;
            }
            else
            {
                list.Add(changed);
            }

            return (changed, index < 0);
        });
        return ApiResponse.Json(assignment, AeriesJson.Context.StaffAssignment, created ? 201 : context.SuccessStatus);
    }

    private static ApiResponse DeleteOne(ApiContext context, string type)
    {
        var sequence = context.Int("SequenceNumber");
        Write(context, list => list.RemoveAll(a => a.AssignmentType == type && a.SequenceNumber == sequence) == 0
            ? throw ApiProblem.NotFound($"Staff member {context.Int("StaffID")} has no {type} assignment {sequence}.")
            : true);
        return ApiResponse.Empty(context.SuccessStatus);
    }

    /// <summary>
    /// Deletes the assignments starting on or after the path's date (of one type, or of both). Both
    /// types need each one's Delete: nothing is deleted when a row of the other area is refused.
    /// [assumed] A date with nothing to delete still answers 204.
    /// </summary>
    private static ApiResponse DeleteFrom(ApiContext context, string? type)
    {
        var date = PathDate(context);
        Write(context, list =>
        {
            var doomed = list.Where(a => (type is null || a.AssignmentType == type) && a.StartDate.Date >= date).ToList();
            foreach (var assignment in doomed)
            {
                Require(context, assignment.AssignmentType, AeriesAccess.Delete);
            }

            return list.RemoveAll(doomed.Contains);
        });
        return ApiResponse.Empty(context.SuccessStatus);
    }

    private static T Write<T>(ApiContext context, Func<List<StaffAssignment>, T> write)
    {
        var staff = Lookup.Staff(context);
        return context.Data.Writes.WriteList(RecordKinds.StaffAssignments, staff.ID, () => DerivedRecords.AssignmentsOf(context.Data, staff), write);
    }

    private static void Require(ApiContext context, string type, AeriesAccess access)
    {
        var grant = DerivedRecords.AreaOf(Blank(type, 0, 0), access);
        if (!context.Has(grant))
        {
            throw context.MissingPermission(grant);
        }
    }

    /// <summary>"certificated" or "classified" in any letter case (the article's only values); 400 otherwise.</summary>
    private static string TypeOf(string? text)
        => string.Equals(text, StaffAssignmentTypes.Certificated, StringComparison.OrdinalIgnoreCase) ? StaffAssignmentTypes.Certificated
            : string.Equals(text, StaffAssignmentTypes.Classified, StringComparison.OrdinalIgnoreCase) ? StaffAssignmentTypes.Classified
            : throw ApiProblem.BadRequest("AssignmentType is required: \"certificated\" or \"classified\".");

    private static DateTime PathDate(ApiContext context)
    {
        try
        {
            return new DateTime(context.Int("year"), context.Int("month"), context.Int("day"));
        }
        catch (ArgumentOutOfRangeException)
        {
            throw ApiProblem.BadRequest($"{context.Text("year")}/{context.Text("month")}/{context.Text("day")} is not a date.");
        }
    }

    private static StaffAssignment Blank(string type, int staffId, int sequence)
        => new(type, staffId, sequence, string.Empty, 0, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, 0, DateTime.MinValue, null);

    /// <summary>
    /// The assignment with the body applied: a field left out or null keeps its value, except EndDate,
    /// which the article says is set to null when left out. A school that does not exist is a business rule.
    /// </summary>
    private static StaffAssignment Completed(ApiContext context, StaffAssignment current, StaffAssignmentInput input)
    {
        var school = input.SchoolCode ?? current.SchoolCode;
        if (!context.Data.SchoolIndex.ContainsKey(school))
        {
            throw school == 0 ? ApiProblem.BadRequest("SchoolCode is required.") : ApiProblem.BusinessRule($"School {school} does not exist.");
        }

        var start = input.StartDate ?? current.StartDate;
        if (start == DateTime.MinValue)
        {
            throw ApiProblem.BadRequest("StartDate is required.");
        }

        if (input.EndDate is { } end && end < start)
        {
            throw ApiProblem.BadRequest("EndDate is before StartDate.");
        }

        return current with
        {
            JobClassificationCode = input.JobClassificationCode ?? input.JobClassification ?? current.JobClassificationCode,
            FullTimePercentage = input.FullTimePercentage ?? current.FullTimePercentage,
            NonClassroomBasedJobAssignmentCode1 = input.NonClassroomBasedJobAssignmentCode1 ?? input.NonClassroomBasedJobAssignment1 ?? current.NonClassroomBasedJobAssignmentCode1,
            NonClassroomBasedJobAssignmentCode2 = input.NonClassroomBasedJobAssignmentCode2 ?? input.NonClassroomBasedJobAssignment2 ?? current.NonClassroomBasedJobAssignmentCode2,
            NonClassroomBasedJobAssignmentCode3 = input.NonClassroomBasedJobAssignmentCode3 ?? input.NonClassroomBasedJobAssignment3 ?? current.NonClassroomBasedJobAssignmentCode3,
            NonClassroomBasedJobAssignmentCode4 = input.NonClassroomBasedJobAssignmentCode4 ?? input.NonClassroomBasedJobAssignment4 ?? current.NonClassroomBasedJobAssignmentCode4,
            NonClassroomBasedJobAssignmentCode5 = input.NonClassroomBasedJobAssignmentCode5 ?? input.NonClassroomBasedJobAssignment5 ?? current.NonClassroomBasedJobAssignmentCode5,
            NonClassroomBasedJobAssignmentCode6 = input.NonClassroomBasedJobAssignmentCode6 ?? input.NonClassroomBasedJobAssignment6 ?? current.NonClassroomBasedJobAssignmentCode6,
            NonClassroomBasedJobAssignmentCode7 = input.NonClassroomBasedJobAssignmentCode7 ?? input.NonClassroomBasedJobAssignment7 ?? current.NonClassroomBasedJobAssignmentCode7,
            SchoolCode = school,
            StartDate = start,
            EndDate = input.EndDate,
        };
    }
}
