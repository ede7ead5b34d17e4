using System.Collections.Generic;
using IlluminatePerms.MockAeries.Data;
using IlluminatePerms.MockAeries.Http;

namespace IlluminatePerms.MockAeries.Endpoints;

/// <summary>Finds the objects a path addresses, or answers 404 the way Aeries does.</summary>
internal static class Lookup
{
    public static School School(ApiContext context)
    {
        var code = context.Int("SchoolCode");
        return context.Data.SchoolsByCode.TryGetValue(code, out var school) ? school : throw ApiProblem.NotFound($"School {code} does not exist.");
    }

    public static List<Student> StudentsOf(ApiContext context) => context.Data.StudentsBySchool[School(context).SchoolCode];

    /// <summary>The student of <c>{StudentID}</c> at the path's school (or anywhere when the path has no school).</summary>
    public static Student Student(ApiContext context, int? schoolCode = null)
    {
        var id = context.Int("StudentID");
        if (context.Data.StudentsById.TryGetValue(id, out var student) && (schoolCode is null || student.SchoolCode == schoolCode))
        {
            return student;
        }

        throw ApiProblem.NotFound($"Student {id} does not exist{(schoolCode is null ? string.Empty : $" at school {schoolCode}")}.");
    }

    /// <summary>
    /// The students of <c>{StudentID}</c> at the path's school, where 0 means all of them (paged):
    /// the form most student-level endpoints take.
    /// </summary>
    public static List<Student> StudentOrAll(ApiContext context)
    {
        var school = School(context);
        return context.Int("StudentID") == 0
            ? Paging.Apply(context, context.Data.StudentsBySchool[school.SchoolCode])
            : new List<Student> { Student(context, school.SchoolCode) };
    }

    public static Section Section(ApiContext context)
    {
        var school = School(context);
        var number = context.Int("SectionNumber");
        return context.Data.SectionsByKey.TryGetValue((school.SchoolCode, number), out var section)
            ? section
            : throw ApiProblem.NotFound($"Section {number} does not exist at school {school.SchoolCode}.");
    }

    public static Staff Staff(ApiContext context)
    {
        var id = context.Int("StaffID");
        return context.Data.StaffById.TryGetValue(id, out var staff) ? staff : throw ApiProblem.NotFound($"Staff member {id} does not exist.");
    }

    public static Gradebook Gradebook(ApiContext context)
    {
        var number = context.Int("GradebookNumber");
        return context.Data.GradebooksByNumber.TryGetValue(number, out var gradebook) ? gradebook : throw ApiProblem.NotFound($"Gradebook {number} does not exist.");
    }
}
