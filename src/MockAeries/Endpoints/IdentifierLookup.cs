using IlluminatePerms.Contract;
using IlluminatePerms.MockAeries.Http;

namespace IlluminatePerms.MockAeries.Endpoints;

/// <summary>
/// Looks up every identifier of a path (school, student, staff, section, course, teacher,
/// gradebook, assignment) and answers 404 for the first that does not exist. The pipeline runs
/// it before the security check only when <see cref="MockAssumptions.PermissionCheckedBeforeLookup"/>
/// is false; otherwise each endpoint looks up what it needs after the check.
/// </summary>
internal static class IdentifierLookup
{
    public static void Check(ApiContext context)
    {
        int? school = null;
        if (context.HasValue("SchoolCode") && !Lookup.IsAllSchools(context))
        {
            school = Lookup.School(context).SchoolCode;
        }

        // students/{id} ignores the school for a given student (article); the others look for it at the school.
        if (context.OptionalInt("StudentID") is not null && !context.HasValue("GradebookNumber"))
        {
            Lookup.Student(context, context.Operation.Id.StartsWith(AeriesOperationIds.Students.GetStudentInformation, System.StringComparison.Ordinal) ? null : school);
        }

        if (context.OptionalInt("StaffID") is not null)
        {
            Lookup.Staff(context);
        }

        if (school is not null && context.OptionalInt("SectionNumber") is not null)
        {
            Lookup.Section(context);
        }

        if (school is not null && context.OptionalInt("TeacherNumber") is not null)
        {
            Lookup.Teacher(context);
        }

        if (context.OptionalText("CourseID") is not null)
        {
            Lookup.Course(context);
        }

        if (context.HasValue("GradebookNumber"))
        {
            Lookup.Gradebook(context);
        }

        if (context.OptionalInt("AssignmentNumber") is not null || context.HasValue("UniqueID"))
        {
            Lookup.Assignment(context);
        }
    }
}
