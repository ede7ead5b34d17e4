using System;
using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.MockAeries.Data;
using IlluminatePerms.MockAeries.Http;

namespace IlluminatePerms.MockAeries.Endpoints;

/// <summary>Finds the objects a path addresses (with what the API has written), or answers 404 the way Aeries does.</summary>
internal static class Lookup
{
    public static School School(ApiContext context)
    {
        var code = context.Int("SchoolCode");
        return context.Data.SchoolIndex.TryGetValue(code, out var school) ? school : throw ApiProblem.NotFound($"School {code} does not exist.");
    }

    /// <summary>Whether the path's SchoolCode is "all", which the student groups endpoint takes for every school.</summary>
    public static bool IsAllSchools(ApiContext context) => string.Equals(context.OptionalText("SchoolCode"), "all", StringComparison.OrdinalIgnoreCase);

    /// <summary>The students of the path's school, with the ones written through the API.</summary>
    public static IReadOnlyList<Student> StudentsOf(ApiContext context) => StudentsOf(context.Data, School(context).SchoolCode);

    public static IReadOnlyList<Student> StudentsOf(AeriesDataSet data, int schoolCode)
    {
        var generated = data.StudentsOf(schoolCode);
        if (!data.Writes.HasStudents)
        {
            return generated;
        }

        return generated.Select(s => data.Writes.Student(s.StudentID) ?? s).Concat(data.Writes.InsertedAt(schoolCode, data.StudentIndex)).ToList();
    }

    /// <summary>The student of <c>{StudentID}</c> at the path's school (or anywhere when the path has no school).</summary>
    public static Student Student(ApiContext context, int? schoolCode = null)
    {
        var id = context.Int("StudentID");
        var student = context.Data.Writes.Student(id) ?? (context.Data.StudentIndex.TryGetValue(id, out var generated) ? generated : null);
        if (student is not null && (schoolCode is null || student.SchoolCode == schoolCode))
        {
            return student;
        }

        throw ApiProblem.NotFound($"Student {id} does not exist{(schoolCode is null ? string.Empty : $" at school {schoolCode}")}.");
    }

    /// <summary>
    /// The students of <c>{StudentID}</c> at the path's school, where 0 or no StudentID means all of
    /// them (paged): the form most student-level endpoints take.
    /// </summary>
    public static IReadOnlyList<Student> StudentOrAll(ApiContext context)
    {
        var school = School(context);
        return context.OptionalInt("StudentID") is null
            ? Paging.Apply(context, StudentsOf(context.Data, school.SchoolCode))
            : new[] { Student(context, school.SchoolCode) };
    }

    public static Section Section(ApiContext context)
    {
        var school = School(context);
        var number = context.Int("SectionNumber");
        return context.Data.SectionIndex.TryGetValue((school.SchoolCode, number), out var section)
            ? section
            : throw ApiProblem.NotFound($"Section {number} does not exist at school {school.SchoolCode}.");
    }

    public static Staff Staff(ApiContext context)
    {
        var id = context.Int("StaffID");
        return context.Data.Writes.StaffMember(id) ?? (context.Data.StaffIndex.TryGetValue(id, out var staff) ? staff : throw ApiProblem.NotFound($"Staff member {id} does not exist."));
    }

    public static Teacher Teacher(ApiContext context)
    {
        var school = School(context);
        var number = context.Int("TeacherNumber");
        return context.Data.TeachersOf(school.SchoolCode).FirstOrDefault(t => t.TeacherNumber == number)
            ?? throw ApiProblem.NotFound($"Teacher {number} does not exist at school {school.SchoolCode}.");
    }

    public static Course Course(ApiContext context)
    {
        var id = context.Text("CourseID");
        return context.Data.CourseIndex.TryGetValue(id, out var course) ? course : throw ApiProblem.NotFound($"Course {id} does not exist.");
    }

    public static Gradebook Gradebook(ApiContext context)
    {
        var number = context.Int("GradebookNumber");
        return context.Data.GradebookIndex.TryGetValue(number, out var gradebook) ? gradebook : throw ApiProblem.NotFound($"Gradebook {number} does not exist.");
    }

    /// <summary>The assignment of <c>{GradebookNumber}/assignments/{AssignmentNumber}</c> or of <c>Assignments/{UniqueID}</c>.</summary>
    public static Assignment Assignment(ApiContext context)
    {
        if (context.OptionalText("UniqueID") is { } text)
        {
            if (!Guid.TryParse(text, out var id))
            {
                throw ApiProblem.BadRequest($"UniqueID must be a GUID, not '{(text.Length <= 40 ? text : text[..37] + "...")}'.");
            }

            return context.Data.GradebookIndex.Keys.SelectMany(context.Data.GradebookState.Assignments).FirstOrDefault(a => a.UniqueID == id)
                ?? throw ApiProblem.NotFound($"No assignment has the UniqueID {id}.");
        }

        var gradebook = Gradebook(context);
        var number = context.Int("AssignmentNumber");
        return context.Data.GradebookState.Assignments(gradebook.GradebookNumber).FirstOrDefault(a => a.AssignmentNumber == number)
            ?? throw ApiProblem.NotFound($"Assignment {number} does not exist in gradebook {gradebook.GradebookNumber}.");
    }
}
