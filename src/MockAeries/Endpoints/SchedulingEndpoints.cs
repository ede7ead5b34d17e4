using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.MockAeries.Data;
using IlluminatePerms.MockAeries.Http;
using IlluminatePerms.MockAeries.Routing;

namespace IlluminatePerms.MockAeries.Endpoints;

/// <summary>Courses, the master schedule, rosters and next year's scheduling.</summary>
internal static class SchedulingEndpoints
{
    public static IEnumerable<Endpoint> All()
    {
        var json = AeriesJson.Context;
        yield return new Endpoint("GET", "courses", Allow.Read("Course Data"), c => ApiResponse.Json(c.Data.Courses, json.ListCourse));
        yield return new Endpoint("GET", "courses/{CourseID}", Allow.Read("Course Data"), c => ApiResponse.Json(Course(c), json.Course));
        yield return new Endpoint("GET", "schools/{SchoolCode}/sections", Allow.Read("Master Schedule"), c => ApiResponse.StoredArray(c.Data.SectionsBySchool[Lookup.School(c).SchoolCode], json.Section));
        yield return new Endpoint("GET", "schools/{SchoolCode}/sections/{SectionNumber}", Allow.Read("Master Schedule"), c => ApiResponse.Json(Lookup.Section(c), json.Section));
        yield return new Endpoint("GET", "schools/{SchoolCode}/sections/{SectionNumber}/students", Allow.Read("Classes"), c => ApiResponse.Json(Roster(c), json.ListRosterEntry));
        yield return new Endpoint("GET", "schools/{SchoolCode}/scheduling/sections", Allow.Read("Schedule Master Schedule"), c => ApiResponse.StoredArray(c.Data.SectionsBySchool[Lookup.School(c).SchoolCode], json.Section));
        yield return new Endpoint("GET", "schools/{SchoolCode}/scheduling/courserequests", Allow.Read("Student Scheduling Schedules (Course Requests)"), c => ApiResponse.Json(Requests(c), json.ListCourseRequest));
    }

    private static Course Course(ApiContext context)
    {
        var id = context.Text("CourseID");
        return context.Data.CoursesById.TryGetValue(id, out var course) ? course : throw ApiProblem.NotFound($"Course {id} does not exist.");
    }

    private static List<RosterEntry> Roster(ApiContext context)
    {
        var section = Lookup.Section(context);
        var started = context.Data.SchoolsByCode[section.SchoolCode].Terms[0].StartDate;
        return context.Data.Rosters[(section.SchoolCode, section.SectionNumber)]
            .Select(id => new RosterEntry(section.SchoolCode, section.SectionNumber, id, section.Period, started))
            .ToList();
    }

    private static List<CourseRequest> Requests(ApiContext context)
        => Paging.Apply(context, Lookup.StudentsOf(context).SelectMany(s => Enumerable.Range(1, 3).Select(p =>
            new CourseRequest(s.StudentID, s.SchoolCode, context.Data.Courses[(s.StudentNumber + p * 5) % context.Data.Courses.Count].ID, p))));
}
