using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Contract;

namespace IlluminatePerms.MockAeries.Tests.Harness;

/// <summary>Fills a contract path with the demo district's identities (every placeholder, optional ones included).</summary>
internal static class DemoPath
{
    public static readonly IReadOnlyDictionary<string, string> Values = new Dictionary<string, string>
    {
        ["SchoolCode"] = "994",
        ["StudentID"] = "99400001",
        ["StudentNumber"] = "1",
        ["GradeLevel"] = "12",
        ["StaffID"] = "994605",
        ["TeacherNumber"] = "5",
        ["SectionNumber"] = "43",
        ["CourseID"] = "0618",
        ["GradebookNumber"] = "4366926",
        ["GradebookTerm"] = "F",
        ["AssignmentNumber"] = "1",
        ["AbsenceCode"] = "A",
        ["Date"] = "20260901",
        ["Table"] = "STU",
        ["Field"] = "GR",
        ["DataArea"] = "student",
        ["year"] = "2026",
        ["month"] = "9",
        ["day"] = "1",
        ["hour"] = "8",
        ["minute"] = "0",
        ["AcademicYear"] = "2026",
        ["NextSchoolCode"] = "994",
        ["SequenceNumber"] = "1",
        ["Alert"] = "Absence",
        ["ActivityCode"] = "BND",
        ["HRID"] = "HR994605",
    };

    /// <summary>The demo year as the <c>…/year/{year}</c> paths write it.</summary>
    public const string SchoolYear = "2026-2027";

    /// <summary>The operation's path for the demo identities; the UniqueID is the demo gradebook's first assignment's.</summary>
    public static string Fill(AeriesOperation operation, MockAeriesServer server)
    {
        var values = operation.Parameters.ToDictionary(p => p, p => p == "UniqueID" ? FirstAssignment(server) : p == operation.SchoolYearParameter ? SchoolYear : Values[p]);
        return operation.Expand(values);
    }

    private static string FirstAssignment(MockAeriesServer server)
        => server.Data.Default.GradebookState.Assignments(4366926)[0].UniqueID.ToString();
}
