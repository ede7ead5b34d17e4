using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.MockAeries.Data;
using IlluminatePerms.MockAeries.Http;
using IlluminatePerms.MockAeries.Routing;

namespace IlluminatePerms.MockAeries.Endpoints;

/// <summary>Staff, their job assignments, and teachers.</summary>
internal static class StaffEndpoints
{
    public static IEnumerable<Endpoint> All()
    {
        var json = AeriesJson.Context;
        yield return new Endpoint("GET", "staff", Allow.Read("Staff Data"), c => ApiResponse.StoredArray(Paging.Apply(c, c.Data.Staff), json.Staff));
        yield return new Endpoint("GET", "staff/{StaffID}", Allow.Read("Staff Data"), c => ApiResponse.Json(Lookup.Staff(c), json.Staff));
        yield return new Endpoint("GET", "staff/{StaffID}/assignments", Allow.Read("Staff Job Assignments", "Staff Assignments (Classified)"), c => ApiResponse.Json(Assignments(c), json.ListStaffAssignment));
        yield return new Endpoint("GET", "schools/{SchoolCode}/teachers", Allow.Read("Teacher Data"), c => ApiResponse.Json(c.Data.TeachersBySchool[Lookup.School(c).SchoolCode], json.ListTeacher));
        yield return new Endpoint("GET", "schools/{SchoolCode}/teachers/{TeacherNumber}", Allow.Read("Teacher Data"), c => ApiResponse.Json(Teacher(c), json.ListTeacher));
    }

    private static List<StaffAssignment> Assignments(ApiContext context)
    {
        var staff = Lookup.Staff(context);
        var isTeacher = staff.ID % 1000 < 900;
        return new List<StaffAssignment>
        {
            new(staff.ID, staff.PrimaryAeriesSchool, isTeacher ? "TCH" : "CLS", isTeacher ? "Teacher" : "Office Staff", !isTeacher),
        };
    }

    private static List<Teacher> Teacher(ApiContext context)
    {
        var school = Lookup.School(context);
        var number = context.Int("TeacherNumber");
        var teacher = context.Data.TeachersBySchool[school.SchoolCode].FirstOrDefault(t => t.TeacherNumber == number);
        return teacher is null ? throw ApiProblem.NotFound($"Teacher {number} does not exist at school {school.SchoolCode}.") : new List<Teacher> { teacher };
    }
}
