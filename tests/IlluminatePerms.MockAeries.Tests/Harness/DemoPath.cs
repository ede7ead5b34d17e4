using System.Collections.Generic;

namespace IlluminatePerms.MockAeries.Tests.Harness;

/// <summary>Fills a route template with the demo district's identities.</summary>
internal static class DemoPath
{
    private static readonly Dictionary<string, string> Values = new()
    {
        ["{SchoolCode}"] = "994",
        ["{StudentID}"] = "99400001",
        ["{StaffID}"] = "994605",
        ["{GradebookNumber}"] = "4366926",
        ["{SectionNumber}"] = "43",
        ["{CourseID}"] = "0618",
        ["{AssignmentNumber}"] = "1",
        ["{TeacherNumber}"] = "5",
        ["{Grade}"] = "9",
        ["{StudentNumber}"] = "1",
    };

    public static string Fill(string template)
    {
        foreach (var (name, value) in Values)
        {
            template = template.Replace(name, value);
        }

        return template;
    }
}
