using System.Linq;
using IlluminatePerms.Contract;
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
            Create = (_, s, n, input) => new Activity(
                s.StudentID, n, input.DateEntered, input.TypeCode ?? string.Empty, Required(input.ActivityOrAwardCode, "ActivityOrAwardCode"), input.Name ?? string.Empty,
                input.StartDate, input.EndDate, input.Hours ?? 0m, input.ReasonCode ?? string.Empty, input.SeasonCode ?? string.Empty, input.StatusCode ?? string.Empty,
                input.TransportationDate, input.TransportationStatusCode ?? string.Empty, input.CareerPathwayCode ?? string.Empty, input.Comment ?? string.Empty),

            // The article: StartDate, EndDate and TransportationDate left out of an update are set to null; other fields keep their value.
            Update = (_, a, input) => a with
            {
                DateEntered = input.DateEntered ?? a.DateEntered,
                TypeCode = input.TypeCode ?? a.TypeCode,
                ActivityOrAwardCode = input.ActivityOrAwardCode ?? a.ActivityOrAwardCode,
                Name = input.Name ?? a.Name,
                StartDate = input.StartDate,
                EndDate = input.EndDate,
                Hours = input.Hours ?? a.Hours,
                ReasonCode = input.ReasonCode ?? a.ReasonCode,
                SeasonCode = input.SeasonCode ?? a.SeasonCode,
                StatusCode = input.StatusCode ?? a.StatusCode,
                TransportationDate = input.TransportationDate,
                TransportationStatusCode = input.TransportationStatusCode ?? a.TransportationStatusCode,
                CareerPathwayCode = input.CareerPathwayCode ?? a.CareerPathwayCode,
                Comment = input.Comment ?? a.Comment,
            },
            One = json.Activity,
            Many = json.ListActivity,
            Input = json.ActivityInput,
            UpdateCreates = true,
            CreatingNeedsInsert = true,
        };
        map.Add(AeriesOperationIds.Students.GetSchoolActivities, c => Respond.With(c, Lookup.StudentsOf(c).SelectMany(s => DerivedRecords.ActivitiesOf(c.Data, s)).ToList(), json.ListActivity));
        map.Add(AeriesOperationIds.Students.GetSchoolActivitiesCode, c => Respond.With(c, Lookup.StudentsOf(c).SelectMany(s => DerivedRecords.ActivitiesOf(c.Data, s)).Where(a => a.ActivityOrAwardCode == c.Text("ActivityCode")).ToList(), json.ListActivity));
        map.Add(AeriesOperationIds.Students.GetStudentActivities, activities.Read);
        map.Add(AeriesOperationIds.Students.GetStudentActivitiesCode, c => Respond.With(c, DerivedRecords.ActivitiesOf(c.Data, Lookup.Student(c, Lookup.School(c).SchoolCode)).Where(a => a.ActivityOrAwardCode == c.Text("ActivityCode")).ToList(), json.ListActivity));
        map.Add(AeriesOperationIds.Students.CreateStudentActivity, activities.Insert);
        map.Add(AeriesOperationIds.Students.UpdateStudentActivity, activities.Change);
        map.Add(AeriesOperationIds.Students.DeleteStudentActivity, activities.Delete);

        var authorizations = new SequencedRecords<Authorization, AuthorizationInput>
        {
            Kind = RecordKinds.Authorizations,
            Current = DerivedRecords.AuthorizationsOf,
            Sequence = a => a.SequenceNumber,
            Create = (_, s, n, input) => new Authorization(
                s.StudentID, s.SchoolCode, n, input.DateEntered, input.TypeCode ?? string.Empty, input.MiscCode ?? string.Empty, input.StatusCode ?? string.Empty,
                input.StatusDate, input.EffectiveEndDate, input.Comment ?? string.Empty, input.TestAdministration ?? string.Empty, input.Source ?? string.Empty),
            Update = (_, a, input) => a with
            {
                DateEntered = input.DateEntered ?? a.DateEntered,
                TypeCode = input.TypeCode ?? a.TypeCode,
                MiscCode = input.MiscCode ?? a.MiscCode,
                Status = input.StatusCode ?? a.Status,
                StatusDate = input.StatusDate ?? a.StatusDate,
                EffectiveEndDate = input.EffectiveEndDate ?? a.EffectiveEndDate,
                Comment = input.Comment ?? a.Comment,
                TestAdministration = input.TestAdministration ?? a.TestAdministration,
                Source = input.Source ?? a.Source,
            },
            One = json.Authorization,
            Many = json.ListAuthorization,
            Input = json.AuthorizationInput,
            UpdateCreates = true,
            CreatingNeedsInsert = true,
        };
        map.Add(AeriesOperationIds.Students.GetSchoolAuthorizations, c => Respond.With(c, Lookup.StudentsOf(c).SelectMany(s => DerivedRecords.AuthorizationsOf(c.Data, s)).ToList(), json.ListAuthorization));
        map.Add(AeriesOperationIds.Students.GetStudentAuthorizations, authorizations.Read);
        map.Add(AeriesOperationIds.Students.CreateStudentAuthorization, authorizations.Insert);
        map.Add(AeriesOperationIds.Students.UpdateStudentAuthorization, authorizations.Change);
        map.Add(AeriesOperationIds.Students.DeleteStudentAuthorization, authorizations.Delete);

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
        map.Add(AeriesOperationIds.Scheduling.GetSchoolCourseRequests, c => Respond.With(c, Paging.Apply(c, Lookup.StudentsOf(c)).SelectMany(s => DerivedRecords.CourseRequestsOf(c.Data, s)).ToList(), json.ListCourseRequest));
        map.Add(AeriesOperationIds.Scheduling.GetStudentCourseRequests, requests.Read);
        map.Add(AeriesOperationIds.Scheduling.GetStudentCourseRequestsSn, requests.Read);
        map.Add(AeriesOperationIds.Scheduling.CreateStudentCourseRequest, requests.Insert);
        map.Add(AeriesOperationIds.Scheduling.UpdateStudentCourseRequest, requests.Change);
        map.Add(AeriesOperationIds.Scheduling.DeleteStudentCourseRequest, requests.Delete);
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
