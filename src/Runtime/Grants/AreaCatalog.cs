using System;
using System.Collections.Generic;
using System.Text;

namespace IlluminatePerms.Grants;

/// <summary>
/// Every Aeries API Security area known to IlluminatePerms, in the order of the Aeries screen.
/// This is the only list of areas in the project: the spec parser, the generator, the client,
/// the checker and the mock all read it.
/// </summary>
/// <remarks>
/// Sources: the Aeries "API Security" screen (names, groups, order). Which endpoints need an area (and so
/// its supported access and probe) is the contract's to say, from Aeries' endpoint articles. Groups and order are as seen on the screen; where a grouping is assumed,
/// docs/aeries-assumptions.md says so.
/// </remarks>
#if BUILDING_SOURCE_GENERATOR
internal static class AreaCatalog
#else
public static class AreaCatalog
#endif
{
    private const int MaxSuggestionInput = 120;

    private static readonly AeriesArea[] Areas = Build();

    private static readonly Dictionary<string, AeriesArea> ByKey = Index(Areas);

    /// <summary>All areas, in screen order.</summary>
    public static IReadOnlyList<AeriesArea> All => Areas;

    /// <summary>Finds an area by its name or an alias, ignoring case, extra spaces and non-breaking spaces.</summary>
    public static bool TryFind(string nameOrAlias, out AeriesArea area)
    {
        if (ByKey.TryGetValue(Normalize(nameOrAlias), out var found))
        {
            area = found;
            return true;
        }

        area = null!;
        return false;
    }

    /// <summary>Returns the area named <paramref name="nameOrAlias"/>.</summary>
    /// <exception cref="ArgumentException">No catalogued area has that name or alias.</exception>
    public static AeriesArea Get(string nameOrAlias)
    {
        if (TryFind(nameOrAlias, out var area))
        {
            return area;
        }

        throw new ArgumentException(NotAnArea(nameOrAlias), nameof(nameOrAlias));
    }

    /// <summary>"'X' is not an Aeries API Security area.", with "Did you mean 'Y'?" when one is close.</summary>
    internal static string NotAnArea(string text)
        => FindClosest(text) is { } closest
            ? $"'{text}' is not an Aeries API Security area. Did you mean '{closest.Name}'?"
            : $"'{text}' is not an Aeries API Security area.";

    /// <summary>
    /// The area whose name or alias is closest to <paramref name="text"/> by edit distance, or null
    /// when nothing is close enough to be a plausible typo (more than a third of the text differs).
    /// </summary>
    public static AeriesArea? FindClosest(string text)
    {
        var key = Normalize(text);
        // Longer text is no typo of an area name, and would make the distance quadratic in its size.
        if (key.Length == 0 || key.Length > MaxSuggestionInput)
        {
            return null;
        }

        AeriesArea? best = null;
        var bestDistance = int.MaxValue;
        foreach (var entry in ByKey)
        {
            var distance = EditDistance.Between(key, entry.Key);
            if (distance < bestDistance || (distance == bestDistance && best is not null && entry.Value.Order < best.Order))
            {
                best = entry.Value;
                bestDistance = distance;
            }
        }

        return bestDistance <= Math.Max(2, key.Length / 3) ? best : null;
    }

    /// <summary>Lower-cases and collapses every run of white space (non-breaking spaces included) to one space.</summary>
    internal static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    private static Dictionary<string, AeriesArea> Index(AeriesArea[] areas)
    {
        var index = new Dictionary<string, AeriesArea>(StringComparer.Ordinal);
        foreach (var area in areas)
        {
            index.Add(Normalize(area.Name), area);
            foreach (var alias in area.Aliases)
            {
                index.Add(Normalize(alias), area);
            }
        }

        return index;
    }

    private static AeriesArea[] Build()
    {
        var order = 0;
        AeriesArea Area(string group, string name, string identifier, string? table = null, params string[] aliases)
            => new(order++, group, name, identifier, table, aliases);

        // Screen order and groups of the Aeries API Security grid; what each area is used for (and so
        // its supported access, probe and verifiability) is the contract's (Contract/AeriesContract).
        return new[]
        {
            Area("Alerts", "Send Alerts", "SendAlerts"),
            Area("Commands", "Trigger Student Pre-Enrollment", "TriggerStudentPreEnrollment"),

            Area("Student Data", "Student Data", "StudentData", "STU"),

            Area("Student Programs", "Special Programs", "SpecialPrograms"),
            Area("Student Programs", "Special Education", "SpecialEducation"),
            Area("Student Programs", "Free and Reduced", "FreeAndReduced"),
            Area("Student Programs", "Supplemental Data", "SupplementalData", null, "School Supplemental Data"),
            Area("Student Programs", "District Supplemental Data", "DistrictSupplementalData"),
            Area("Student Programs", "Contacts", "Contacts"),
            Area("Student Programs", "Class Schedules/History", "ClassSchedulesHistory", null, "Class Schedules", "Class History"),
            Area("Student Programs", "GATE", "Gate"),
            Area("Student Programs", "Authorizations", "Authorizations"),

            Area("Attendance", "Absence Code Table", "AbsenceCodeTable", null, "Absence Codes"),
            Area("Attendance", "Attendance", "Attendance"),
            Area("Attendance", "Attendance History", "AttendanceHistory"),
            Area("Attendance", "Bell Schedule", "BellSchedule"),
            Area("Attendance", "Calendar", "Calendar"),
            Area("Attendance", "Enrollment History", "EnrollmentHistory"),

            // "Discipline" was an alias of Assertive Discipline until the articles showed an endpoint of its own.
            Area("Counseling", "Assertive Discipline", "AssertiveDiscipline"),
            Area("Counseling", "Discipline", "Discipline"),

            Area("Test Scores", "Test Scores", "TestScores"),
            Area("Test Scores", "College Entrance Tests", "CollegeEntranceTests", null, "College Test Scores"),

            Area("Other", "Fees and Fines", "FeesAndFines", null, "Fees"),
            Area("Other", "Student Pictures", "StudentPictures"),
            Area("Other", "Activities and Awards", "ActivitiesAndAwards"),

            Area("Gradebook", "Gradebook Data", "GradebookData", null, "Gradebooks"),
            Area("Gradebook", "Gradebook Scores", "GradebookScores"),
            Area("Gradebook", "Gradebook Category", "GradebookCategory", null, "Gradebook Categories"),
            Area("Gradebook", "Gradebook Assignment", "GradebookAssignment", null, "Gradebook Assignments"),

            Area("Scheduling", "Teacher Data", "TeacherData", null, "Teacher Data - Read", "Teachers"),
            Area("Scheduling", "Staff Data", "StaffData", null, "Staff"),
            Area("Scheduling", "Staff Job Assignments", "StaffJobAssignments"),
            Area("Scheduling", "Staff Assignments (Classified)", "StaffAssignmentsClassified"),
            Area("Scheduling", "Master Schedule", "MasterSchedule", "MST"),
            Area("Scheduling", "Course Data", "CourseData", "CRS", "Courses"),
            Area("Scheduling", "Classes", "Classes", "SEC"),
            // The screen and the Illuminate article say "Schedule Master Schedule"; the endpoint articles "Scheduling Master Schedule".
            Area("Scheduling", "Schedule Master Schedule", "ScheduleMasterSchedule", null, "Scheduling Master Schedule"),
            Area("Scheduling", "Student Scheduling Schedules (Course Requests)", "CourseRequests", null, "Course Requests", "Student Scheduling Schedules"),
            Area("Scheduling", "Class Calendars", "ClassCalendars"),
            Area("Scheduling", "Flex Periods", "FlexPeriods"),

            Area("Grade Reporting", "Grades", "Grades", null, "Report Card"),
            Area("Grade Reporting", "Transcripts", "Transcripts", null, "Transcript"),
            Area("Grade Reporting", "Graduation Status", "GraduationStatus"),
            // The Student Grades article names it "Grade Reporting: Valid Marks": group and row.
            Area("Grade Reporting", "Valid Marks", "ValidMarks", null, "Grade Reporting: Valid Marks"),

            Area("School Information", "Schools", "Schools", "LOC"),
            Area("School Information", "Terms", "Terms", "TRM"),
            Area("School Information", "Users", "Users"),
            Area("School Information", "Graduation Requirements", "GraduationRequirements"),

            Area("Other", "Single Sign On (from the 3rd party system)", "SingleSignOn", null, "Single Sign On", "SSO"),
            Area("Other", "Student Groups", "StudentGroups"),
            Area("Other", "Language Assessment", "LanguageAssessment"),
            Area("Other", "Language Assessment Other", "LanguageAssessmentOther"),
            Area("Other", "Language Assessment Test History", "LanguageAssessmentTestHistory"),
            Area("Other", "Language Assessment Waivers", "LanguageAssessmentWaivers"),
        };
    }
}
