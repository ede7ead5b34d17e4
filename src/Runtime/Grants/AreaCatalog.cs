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
/// Sources: the Aeries "API Security" screen and the per-area endpoint articles. Probe paths for
/// areas whose endpoint article does not name its permission are inferred from the area's name,
/// and the <see cref="AeriesArea.SupportedAccess"/> beyond Read follows the write endpoints that are
/// documented; both are assumptions, listed in docs/aeries-assumptions.md.
/// </remarks>
public static class AreaCatalog
{
    private const AeriesAccess R = AeriesAccess.Read;

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

        var closest = FindClosest(nameOrAlias);
        throw new ArgumentException(
            closest is null
                ? $"'{nameOrAlias}' is not an Aeries API Security area."
                : $"'{nameOrAlias}' is not an Aeries API Security area. Did you mean '{closest.Name}'?",
            nameof(nameOrAlias));
    }

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
        AeriesArea Area(string group, string name, string identifier, AeriesAccess access, string? table = null, string? probe = null, params string[] aliases)
            => new(order++, group, name, identifier, access, table, probe, aliases);

        const string Programs = "schools/{SchoolCode}/students/{StudentID}/programs";
        return new[]
        {
            // Commands: no public endpoint is known; sending or triggering is taken to be an Insert.
            Area("Alerts", "Send Alerts", "SendAlerts", AeriesAccess.Insert),
            Area("Commands", "Trigger Student Pre-Enrollment", "TriggerStudentPreEnrollment", AeriesAccess.Insert),

            Area("Student Data", "Student Data", "StudentData", R, "STU", "schools/{SchoolCode}/students"),

            Area("Student Programs", "Special Programs", "SpecialPrograms", R, null, Programs),
            Area("Student Programs", "Special Education", "SpecialEducation", R, null, Programs),
            Area("Student Programs", "Free and Reduced", "FreeAndReduced", R, null, Programs),
            Area("Student Programs", "Supplemental Data", "SupplementalData", R, null, "schools/{SchoolCode}/SchoolSupplemental/{StudentID}"),
            Area("Student Programs", "District Supplemental Data", "DistrictSupplementalData", R, null, "schools/{SchoolCode}/DistrictSupplemental/{StudentID}"),
            Area("Student Programs", "Contacts", "Contacts", R, null, "schools/{SchoolCode}/contacts/{StudentID}"),
            Area("Student Programs", "Class Schedules/History", "ClassSchedulesHistory", R, null, "schools/{SchoolCode}/classes/{StudentID}", "Class Schedules", "Class History"),
            Area("Student Programs", "GATE", "Gate", R, null, Programs),
            Area("Student Programs", "Authorizations", "Authorizations", R),

            Area("Attendance", "Absence Code Table", "AbsenceCodeTable", R, null, "schools/{SchoolCode}/AbsenceCodes", "Absence Codes"),
            Area("Attendance", "Attendance", "Attendance", R, null, "schools/{SchoolCode}/attendance/{StudentID}"),
            Area("Attendance", "Attendance History", "AttendanceHistory", R, null, "schools/{SchoolCode}/AttendanceHistory/summary/{StudentID}"),
            Area("Attendance", "Bell Schedule", "BellSchedule", R, null, "schools/{SchoolCode}/BellSchedule"),
            Area("Attendance", "Calendar", "Calendar", R, null, "schools/{SchoolCode}/calendar"),
            Area("Attendance", "Enrollment History", "EnrollmentHistory", R, null, "enrollment/{StudentID}"),

            Area("Counseling", "Assertive Discipline", "AssertiveDiscipline", R, null, "schools/{SchoolCode}/AssertiveDiscipline/{StudentID}", "Discipline"),

            Area("Test Scores", "Test Scores", "TestScores", R, null, "students/{StudentID}/tests"),
            Area("Test Scores", "College Entrance Tests", "CollegeEntranceTests", R, null, "schools/{SchoolCode}/CollegeTestScores/{StudentID}"),

            Area("Other", "Fees and Fines", "FeesAndFines", R),
            Area("Other", "Student Pictures", "StudentPictures", R, null, "schools/{SchoolCode}/StudentPictures/{StudentID}"),
            Area("Other", "Activities and Awards", "ActivitiesAndAwards", R | AeriesAccess.Insert | AeriesAccess.Delete),

            Area("Gradebook", "Gradebook Data", "GradebookData", R | AeriesAccess.Update, null, "gradebooks/{GradebookNumber}", "Gradebooks"),
            Area("Gradebook", "Gradebook Scores", "GradebookScores", R | AeriesAccess.Insert | AeriesAccess.Update, null, "gradebooks/{GradebookNumber}/assignments/{AssignmentNumber}/scores"),
            Area("Gradebook", "Gradebook Category", "GradebookCategory", R, null, "gradebooks/{GradebookNumber}", "Gradebook Categories"),
            Area("Gradebook", "Gradebook Assignment", "GradebookAssignment", R | AeriesAccess.Insert | AeriesAccess.Update, null, "gradebooks/{GradebookNumber}/assignments", "Gradebook Assignments"),

            Area("Scheduling", "Teacher Data", "TeacherData", R, null, "schools/{SchoolCode}/teachers", "Teacher Data - Read", "Teachers"),
            Area("Scheduling", "Staff Data", "StaffData", R, null, "staff", "Staff"),
            Area("Scheduling", "Staff Job Assignments", "StaffJobAssignments", R, null, "staff/{StaffID}/assignments"),
            Area("Scheduling", "Staff Assignments (Classified)", "StaffAssignmentsClassified", R, null, "staff/{StaffID}/assignments"),
            Area("Scheduling", "Master Schedule", "MasterSchedule", AeriesAccess.All, "MST", "schools/{SchoolCode}/sections"),
            Area("Scheduling", "Course Data", "CourseData", R, "CRS", "courses", "Courses"),
            Area("Scheduling", "Classes", "Classes", R, "SEC", "schools/{SchoolCode}/sections/{SectionNumber}/students"),
            Area("Scheduling", "Schedule Master Schedule", "ScheduleMasterSchedule", R, null, "schools/{SchoolCode}/scheduling/sections"),
            Area("Scheduling", "Student Scheduling Schedules (Course Requests)", "CourseRequests", R | AeriesAccess.Insert | AeriesAccess.Delete, null, "schools/{SchoolCode}/scheduling/courserequests", "Course Requests", "Student Scheduling Schedules"),
            Area("Scheduling", "Class Calendars", "ClassCalendars", R, null, "schools/{SchoolCode}/classcalendars"),
            Area("Scheduling", "Flex Periods", "FlexPeriods", R, null, "schools/{SchoolCode}/flexperiods"),

            Area("Grade Reporting", "Grades", "Grades", R, null, "schools/{SchoolCode}/ReportCard/{StudentID}", "Report Card"),
            Area("Grade Reporting", "Transcripts", "Transcripts", R, null, "schools/{SchoolCode}/Transcript/{StudentID}", "Transcript"),
            Area("Grade Reporting", "Graduation Status", "GraduationStatus", R, null, "schools/{SchoolCode}/GraduationStatusSummary"),

            Area("School Information", "Schools", "Schools", R, "LOC", "schools"),
            Area("School Information", "Terms", "Terms", R, "TRM", "schools/{SchoolCode}/terms"),
            Area("School Information", "Users", "Users", R),
            Area("School Information", "Graduation Requirements", "GraduationRequirements", R, null, "schools/{SchoolCode}/GraduationRequirements"),

            Area("Other", "Single Sign On (from the 3rd party system)", "SingleSignOn", R, null, null, "Single Sign On", "SSO"),
            Area("Other", "Student Groups", "StudentGroups", R, null, "schools/{SchoolCode}/StudentGroups"),
            Area("Other", "Language Assessment", "LanguageAssessment", R),
            Area("Other", "Language Assessment Other", "LanguageAssessmentOther", R),
            Area("Other", "Language Assessment Test History", "LanguageAssessmentTestHistory", R),
            Area("Other", "Language Assessment Waivers", "LanguageAssessmentWaivers", R),
        };
    }
}
