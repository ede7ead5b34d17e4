using System.Linq;
using IlluminatePerms.MockAeries.Data;
using IlluminatePerms.MockAeries.Http;

namespace IlluminatePerms.MockAeries.Endpoints;

/// <summary>The numbered records of a student: activities and awards, authorizations, and course requests (with the school-wide reads); alternates are <see cref="AlternateCourseRequestEndpoints"/>.</summary>
internal static class StudentRecordEndpoints
{
    public static void Register(HandlerMap map)
    {
        var json = AeriesJson.Context;
        var activities = new SequencedRecords<Activity, ActivityInput>
        {
            Kind = RecordKinds.Activities,
            Current = DerivedRecords.ActivitiesOf,
            Sequence = a => a.SequenceNumber,
            Create = (c, s, n, input) => new Activity(s.StudentID, n, Required(input.ActivityCode, "ActivityCode"), input.Description ?? string.Empty, input.StartDate ?? c.Data.SchoolIndex[s.SchoolCode].Terms[0].StartDate),
            Update = (_, a, input) => a with { ActivityCode = input.ActivityCode ?? a.ActivityCode, Description = input.Description ?? a.Description, StartDate = input.StartDate ?? a.StartDate },
            One = json.Activity,
            Many = json.ListActivity,
            Input = json.ActivityInput,
        };
        map.Add("students.get_school_activities", c => Respond.With(c, Lookup.StudentsOf(c).SelectMany(s => DerivedRecords.ActivitiesOf(c.Data, s)).ToList(), json.ListActivity));
        map.Add("students.get_school_activities_code", c => Respond.With(c, Lookup.StudentsOf(c).SelectMany(s => DerivedRecords.ActivitiesOf(c.Data, s)).Where(a => a.ActivityCode == c.Text("ActivityCode")).ToList(), json.ListActivity));
        map.Add("students.get_student_activities", activities.Read);
        map.Add("students.get_student_activities_code", c => Respond.With(c, DerivedRecords.ActivitiesOf(c.Data, Lookup.Student(c, Lookup.School(c).SchoolCode)).Where(a => a.ActivityCode == c.Text("ActivityCode")).ToList(), json.ListActivity));
        map.Add("students.create_student_activity", activities.Insert);
        map.Add("students.update_student_activity", activities.Change);
        map.Add("students.delete_student_activity", activities.Delete);

        var authorizations = new SequencedRecords<Authorization, AuthorizationInput>
        {
            Kind = RecordKinds.Authorizations,
            Current = DerivedRecords.AuthorizationsOf,
            Sequence = a => a.SequenceNumber,
            Create = (_, s, n, input) => new Authorization(s.StudentID, n, Required(input.AuthorizationCode, "AuthorizationCode"), input.Description ?? string.Empty, input.ExpirationDate),
            Update = (_, a, input) => a with { AuthorizationCode = input.AuthorizationCode ?? a.AuthorizationCode, Description = input.Description ?? a.Description, ExpirationDate = input.ExpirationDate ?? a.ExpirationDate },
            One = json.Authorization,
            Many = json.ListAuthorization,
            Input = json.AuthorizationInput,
        };
        map.Add("students.get_school_authorizations", c => Respond.With(c, Lookup.StudentsOf(c).SelectMany(s => DerivedRecords.AuthorizationsOf(c.Data, s)).ToList(), json.ListAuthorization));
        map.Add("students.get_student_authorizations", authorizations.Read);
        map.Add("students.create_student_authorization", authorizations.Insert);
        map.Add("students.update_student_authorization", authorizations.Change);
        map.Add("students.delete_student_authorization", authorizations.Delete);

        var requests = new SequencedRecords<CourseRequest, CourseRequestInput>
        {
            Kind = RecordKinds.CourseRequests,
            Current = (d, s) => DerivedRecords.CourseRequestsOf(d, s),
            Sequence = r => r.SequenceNumber,
            Create = (c, s, n, input) => Requested(new CourseRequest(s.StudentID, s.SchoolCode, n, Course(c, input.CourseID), n), input),
            Update = (c, r, input) => Requested(r with { CourseID = input.CourseID is null ? r.CourseID : Course(c, input.CourseID) }, input),
            One = json.CourseRequest,
            Many = json.ListCourseRequest,
            Input = json.CourseRequestInput,
            UpdateCreates = true,
        };
        map.Add("scheduling.get_school_course_requests", c => Respond.With(c, Paging.Apply(c, Lookup.StudentsOf(c)).SelectMany(s => DerivedRecords.CourseRequestsOf(c.Data, s)).ToList(), json.ListCourseRequest));
        map.Add("scheduling.get_student_course_requests", requests.Read);
        map.Add("scheduling.get_student_course_requests_sn", requests.Read);
        map.Add("scheduling.create_student_course_request", requests.Insert);
        map.Add("scheduling.update_student_course_request", requests.Change);
        map.Add("scheduling.delete_student_course_request", requests.Delete);
    }

    /// <summary>The request with the body's fields; those the body leaves out stay as they were (the article's update rule).</summary>
    private static CourseRequest Requested(CourseRequest request, CourseRequestInput input) => request with
    {
        SectionNumber = input.SectionNumber ?? request.SectionNumber,
        PreferredTeacherNumber = input.PreferredTeacherNumber ?? request.PreferredTeacherNumber,
        RejectCode = input.RejectCode ?? request.RejectCode,
        AlternateTag = input.AlternateTag ?? request.AlternateTag,
        ActualPrimaryCourseID = input.AlternateTag == "X" ? input.ActualPrimaryCourseID ?? request.ActualPrimaryCourseID : request.ActualPrimaryCourseID,
        PermanentLockCode = input.PermanentLockCode ?? request.PermanentLockCode,
    };

    private static string Required(string? value, string name)
        => string.IsNullOrWhiteSpace(value) ? throw ApiProblem.BadRequest($"{name} is required.") : value;

    private static string Course(ApiContext context, string? id)
        => id is not null && context.Data.CourseIndex.ContainsKey(id) ? id : throw ApiProblem.BusinessRule($"Course '{id}' does not exist.");
}
