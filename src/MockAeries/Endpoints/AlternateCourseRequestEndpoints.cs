using System;
using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Contract;
using IlluminatePerms.MockAeries.Data;
using IlluminatePerms.MockAeries.Http;

namespace IlluminatePerms.MockAeries.Endpoints;

/// <summary>
/// A student's alternate course requests (Scheduling-related article, "Student Alternate Course
/// Requests" and "Alternate Course Requests - Create / Update / Delete"): reads for the school and
/// for one student (by ID or number, all or one), and writes that place a request among the others.
/// </summary>
internal static class AlternateCourseRequestEndpoints
{
    /// <summary>The gap between two generated sort keys, as in the article's example (1, 9, 17).</summary>
    private const decimal Spacing = 8m;

    public static void Register(HandlerMap map)
    {
        var json = AeriesJson.Context;
        map.Add(AeriesOperationIds.Scheduling.GetSchoolAlternateCourseRequests, c => Respond.With(c, Paging.Apply(c, Lookup.StudentsOf(c)).SelectMany(s => Of(c.Data, s)).ToList(), json.ListAlternateCourseRequest));
        map.Add(AeriesOperationIds.Scheduling.GetStudentAlternateCourseRequests, Read);
        map.Add(AeriesOperationIds.Scheduling.GetStudentAlternateCourseRequestsSn, Read);
        map.Add(AeriesOperationIds.Scheduling.CreateStudentAlternateCourseRequest, Insert);
        map.Add(AeriesOperationIds.Scheduling.UpdateStudentAlternateCourseRequest, Update);
        map.Add(AeriesOperationIds.Scheduling.DeleteStudentAlternateCourseRequest, Delete);
    }

    /// <summary>
    /// The student's alternates in their order (by sort key) as writes left them; two generated ones otherwise.
    /// [assumed] Reads list them in that order: the article's example is in both orders at once.
    /// </summary>
    public static IReadOnlyList<AlternateCourseRequest> Of(AeriesDataSet data, Student student)
        => DerivedRecords.Current(data, RecordKinds.AlternateCourseRequests, student.StudentID, () => Generated(data, student)).OrderBy(r => r.PrioritySortOrder).ToList();

    private static IEnumerable<AlternateCourseRequest> Generated(AeriesDataSet data, Student student)
        => Enumerable.Range(1, 2).Select(p => new AlternateCourseRequest(student.StudentID, student.SchoolCode, p, data.CourseList[(student.StudentNumber + p * 11) % data.CourseList.Count].ID, 1 + (p - 1) * Spacing));

    private static ApiResponse Read(ApiContext context)
    {
        var requests = Of(context.Data, StudentOf(context));
        if (context.OptionalInt("SequenceNumber") is not { } sequence)
        {
            return Respond.With(context, requests.ToList(), AeriesJson.Context.ListAlternateCourseRequest);
        }

        var one = requests.FirstOrDefault(r => r.SequenceNumber == sequence) ?? throw NotFound(context, sequence);
        return Respond.With(context, new List<AlternateCourseRequest> { one }, AeriesJson.Context.ListAlternateCourseRequest);
    }

    /// <summary>The next SequenceNumber, placed where RelativePrioritySortOrder says (last when left out).</summary>
    private static ApiResponse Insert(ApiContext context)
    {
        var student = StudentOf(context);
        var input = context.Body(AeriesJson.Context.AlternateCourseRequestInput);
        var course = Course(context, input.CourseID ?? throw ApiProblem.BadRequest("CourseID is required."));
        var made = Write(context, student, list =>
        {
            var sequence = list.Count == 0 ? 1 : list.Max(r => r.SequenceNumber) + 1;
            var request = new AlternateCourseRequest(student.StudentID, student.SchoolCode, sequence, course, 0m);
            return Placed(list, request, Place(input));
        });
        return Respond.With(context, made, AeriesJson.Context.AlternateCourseRequest);
    }

    /// <summary>
    /// Moves and/or changes the course of a request. [module] An unknown SequenceNumber is created
    /// (201), as Aeries' PowerShell module accepts 201 from this PUT; the article does not say.
    /// </summary>
    private static ApiResponse Update(ApiContext context)
    {
        var student = StudentOf(context);
        var sequence = context.Int("SequenceNumber");
        var input = context.Body(AeriesJson.Context.AlternateCourseRequestInput);
        var place = Place(input);
        var course = input.CourseID is null ? null : Course(context, input.CourseID);
        var (request, created) = Write(context, student, list =>
        {
            var current = list.FirstOrDefault(r => r.SequenceNumber == sequence);
            if (current is null)
            {
                var made = new AlternateCourseRequest(student.StudentID, student.SchoolCode, sequence, course ?? throw ApiProblem.BadRequest("CourseID is required."), 0m);
                return (Placed(list, made, place), true);
            }

            var changed = current with { CourseID = course ?? current.CourseID };
            if (place is null)
            {
                list[list.IndexOf(current)] = changed;
                return (changed, false);
            }

            list.Remove(current);
            return (Placed(list, changed, place), false);
        });
        return ApiResponse.Json(request, AeriesJson.Context.AlternateCourseRequest, created ? 201 : context.SuccessStatus);
    }

    private static ApiResponse Delete(ApiContext context)
    {
        var sequence = context.Int("SequenceNumber");
        Write(context, StudentOf(context), list => list.RemoveAll(r => r.SequenceNumber == sequence) == 0 ? throw NotFound(context, sequence) : true);
        return ApiResponse.Empty(context.SuccessStatus);
    }

    /// <summary>
    /// Adds <paramref name="request"/> to <paramref name="list"/> at <paramref name="place"/> (1-based
    /// among the others in sort order; null or past the end: last) with a sort key between its
    /// neighbours', as Aeries squeezes one in without renumbering the others.
    /// </summary>
    private static AlternateCourseRequest Placed(List<AlternateCourseRequest> list, AlternateCourseRequest request, int? place)
    {
        var ordered = list.OrderBy(r => r.PrioritySortOrder).ToList();
        var index = Math.Min((place ?? int.MaxValue) - 1, ordered.Count);
        var before = index > 0 ? ordered[index - 1].PrioritySortOrder : 0m;
        var key = index < ordered.Count ? (before + ordered[index].PrioritySortOrder) / 2 : before + Spacing;
        var placed = request with { PrioritySortOrder = key };
        list.Add(placed);
        return placed;
    }

    /// <summary>The body's place; 0 or less is refused (the article: 0 is invalid).</summary>
    private static int? Place(AlternateCourseRequestInput input)
        => input.RelativePrioritySortOrder is { } place && place < 1
            ? throw ApiProblem.BadRequest($"RelativePrioritySortOrder must be 1 or more, not {place}.")
            : input.RelativePrioritySortOrder;

    private static string Course(ApiContext context, string id)
        => context.Data.CourseIndex.ContainsKey(id) ? id : throw ApiProblem.BusinessRule($"Course '{id}' does not exist.");

    private static Student StudentOf(ApiContext context)
        => context.HasValue("StudentNumber")
            ? Lookup.StudentsOf(context).FirstOrDefault(s => s.StudentNumber == context.Int("StudentNumber")) ?? throw ApiProblem.NotFound($"Student number {context.Int("StudentNumber")} does not exist.")
            : Lookup.Student(context, Lookup.School(context).SchoolCode);

    private static T Write<T>(ApiContext context, Student student, Func<List<AlternateCourseRequest>, T> write)
        => context.Data.Writes.WriteList(RecordKinds.AlternateCourseRequests, student.StudentID, () => Generated(context.Data, student), write);

    private static ApiProblem NotFound(ApiContext context, int sequence)
        => ApiProblem.NotFound($"Student {context.OptionalText("StudentID") ?? context.OptionalText("StudentNumber")} has no alternate course request {sequence}.");
}
