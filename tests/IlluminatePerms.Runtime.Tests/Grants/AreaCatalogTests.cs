using System.Linq;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;
using System.Text.RegularExpressions;
using Xunit;

namespace IlluminatePerms.Runtime.Tests.Grants;

public class AreaCatalogTests
{
    // Every area seen on the Aeries API Security screen, by group, in screen order.
    private static readonly string[] ScreenAreas =
    {
        "Send Alerts", "Trigger Student Pre-Enrollment", "Student Data",
        "Special Programs", "Special Education", "Free and Reduced", "Supplemental Data", "District Supplemental Data",
        "Contacts", "Class Schedules/History", "GATE", "Authorizations",
        "Absence Code Table", "Attendance", "Attendance History", "Bell Schedule", "Calendar", "Enrollment History",
        "Assertive Discipline", "Discipline", "Test Scores", "College Entrance Tests",
        "Fees and Fines", "Student Pictures", "Activities and Awards",
        "Gradebook Data", "Gradebook Scores", "Gradebook Category", "Gradebook Assignment",
        "Teacher Data", "Staff Data", "Staff Job Assignments", "Staff Assignments (Classified)", "Master Schedule",
        "Course Data", "Classes", "Schedule Master Schedule", "Student Scheduling Schedules (Course Requests)",
        "Class Calendars", "Flex Periods", "Grades", "Transcripts", "Graduation Status", "Valid Marks",
        "Schools", "Terms", "Users", "Graduation Requirements",
        "Single Sign On (from the 3rd party system)", "Student Groups", "Language Assessment",
        "Language Assessment Other", "Language Assessment Test History", "Language Assessment Waivers",
    };

    [Fact]
    public void The_catalog_holds_every_screen_area_in_screen_order()
    {
        Assert.Equal(ScreenAreas, AreaCatalog.All.Select(a => a.Name));
        Assert.Equal(Enumerable.Range(0, ScreenAreas.Length), AreaCatalog.All.Select(a => a.Order));
    }

    [Fact]
    public void Identifiers_are_unique_valid_csharp_names()
    {
        var identifiers = AreaCatalog.All.Select(a => a.Identifier).ToList();
        Assert.Equal(identifiers.Count, identifiers.Distinct().Count());
        Assert.All(identifiers, id => Assert.Matches(new Regex("^[A-Z][A-Za-z0-9]*$"), id));
    }

    [Fact]
    public void Table_codes_are_the_documented_ones()
    {
        var codes = AreaCatalog.All.Where(a => a.TableCode is not null).ToDictionary(a => a.Name, a => a.TableCode);
        Assert.Equal("STU", codes["Student Data"]);
        Assert.Equal("SEC", codes["Classes"]);
        Assert.Equal("MST", codes["Master Schedule"]);
        Assert.Equal("CRS", codes["Course Data"]);
        Assert.Equal("TRM", codes["Terms"]);
        Assert.Equal("LOC", codes["Schools"]);
    }

    [Fact]
    public void Areas_without_a_documented_read_have_no_probe_and_say_why()
    {
        foreach (var name in new[] { "Users", "Single Sign On (from the 3rd party system)", "Language Assessment", "Language Assessment Waivers", "Classes", "Gradebook Category", "Gradebook Assignment", "Schools", "Terms" })
        {
            var area = AreaCatalog.Get(name);
            Assert.Null(AeriesContract.ProbeFor(area));
            Assert.Contains("No documented Aeries endpoint needs " + name, AeriesContract.NotVerifiableReason(area));
        }
    }

    [Theory]
    [InlineData("Student Data", "GET schools/{SchoolCode}/students/{StudentID?}")]
    [InlineData("Gradebook Scores", "GET gradebooks/assignments/{UniqueID}/scores/{StudentID?}")]
    [InlineData("Gradebook Data", "GET staff/{StaffID}/gradebooks")]
    [InlineData("Class Schedules/History", "GET schools/{SchoolCode}/classes/{StudentID?}")]
    [InlineData("Class Calendars", "GET schools/{SchoolCode}/classcalendars/{SequenceNumber?}")]
    [InlineData("Authorizations", "GET schools/{SchoolCode}/students/{StudentID}/authorizations/{SequenceNumber?}")]
    [InlineData("Staff Job Assignments", "GET staff/{StaffID}/assignments/certificated/{SequenceNumber?}")]
    [InlineData("Teacher Data", "GET schools/{SchoolCode}/teachers/{TeacherNumber?}")]
    [InlineData("Master Schedule", "GET schools/{SchoolCode}/sections/{SectionNumber?}")]
    [InlineData("Attendance History", "GET schools/{SchoolCode}/AttendanceHistory/AbsenceCodes")]
    [InlineData("Discipline", "GET schools/{SchoolCode}/Discipline/{StudentID?}")]
    [InlineData("Assertive Discipline", "GET schools/{SchoolCode}/AssertiveDiscipline/{StudentID?}")]
    [InlineData("Valid Marks", "GET schools/{SchoolCode}/validmarks")]
    public void The_probe_is_the_documented_read_with_least_to_discover(string area, string probe)
    {
        Assert.Equal(probe, AeriesContract.ProbeFor(AreaCatalog.Get(area))?.ToString());
        Assert.Null(AeriesContract.NotVerifiableReason(AreaCatalog.Get(area)));
    }

    [Theory]
    [InlineData("Special Education")]
    [InlineData("Free and Reduced")]
    [InlineData("GATE")]
    public void Program_rows_are_verifiable_only_through_their_records(string name)
    {
        var area = AreaCatalog.Get(name);
        Assert.Null(AeriesContract.ProbeFor(area));
        Assert.Contains("programs", AeriesContract.NotVerifiableReason(area));
    }

    [Fact]
    public void Areas_used_only_by_commands_are_not_probed()
    {
        var area = AreaCatalog.Get("Trigger Student Pre-Enrollment");
        Assert.Null(AeriesContract.ProbeFor(area));
        Assert.Contains("would change the district's data", AeriesContract.NotVerifiableReason(area));
    }

    [Theory]
    [InlineData("Student Data", AeriesAccess.Read | AeriesAccess.Update | AeriesAccess.Insert)]
    [InlineData("Gradebook Data", AeriesAccess.Read | AeriesAccess.Update)]
    [InlineData("Gradebook Scores", AeriesAccess.Read | AeriesAccess.Update)]
    [InlineData("Staff Data", AeriesAccess.Read | AeriesAccess.Update | AeriesAccess.Insert)]
    [InlineData("Contacts", AeriesAccess.All)]
    [InlineData("Activities and Awards", AeriesAccess.All)]
    [InlineData("Send Alerts", AeriesAccess.Read | AeriesAccess.Insert)]
    [InlineData("Test Scores", AeriesAccess.Read | AeriesAccess.Update)]
    [InlineData("Gradebook Category", AeriesAccess.Read)]
    [InlineData("Users", AeriesAccess.Read)]
    public void Supported_access_is_read_plus_what_the_contract_uses(string area, AeriesAccess expected)
    {
        Assert.Equal(expected, AeriesContract.AccessUsedOn(AreaCatalog.Get(area)));
    }

    [Fact]
    public void Groups_follow_the_screen()
    {
        Assert.Equal("Gradebook", AreaCatalog.Get("Gradebook Scores").Group);
        Assert.Equal("Student Programs", AreaCatalog.Get("GATE").Group);
        Assert.Equal("Counseling", AreaCatalog.Get("Discipline").Group);
        Assert.Equal("Grade Reporting", AreaCatalog.Get("Valid Marks").Group);
        Assert.Equal("Scheduling", AreaCatalog.Get("Flex Periods").Group);
    }

    [Theory]
    [InlineData("Teacher Data - Read", "Teacher Data")]
    [InlineData("  gradebook\u00A0SCORES ", "Gradebook Scores")]
    [InlineData("Course Requests", "Student Scheduling Schedules (Course Requests)")]
    [InlineData("Single Sign On", "Single Sign On (from the 3rd party system)")]
    [InlineData("Scheduling Master Schedule", "Schedule Master Schedule")]
    [InlineData("Grade Reporting: Valid Marks", "Valid Marks")]
    [InlineData("Discipline", "Discipline")]
    [InlineData("Assertive Discipline", "Assertive Discipline")]
    public void Aliases_case_and_spacing_find_the_area(string text, string expected)
    {
        Assert.True(AreaCatalog.TryFind(text, out var area));
        Assert.Equal(expected, area.Name);
    }

    [Theory]
    [InlineData("Gradebok Scores", "Gradebook Scores")]
    [InlineData("Student Dat", "Student Data")]
    [InlineData("Transcript History", null)]
    [InlineData("Lunch Menu", null)]
    public void Closest_name_is_suggested_only_for_plausible_typos(string text, string? expected)
    {
        Assert.Equal(expected, AreaCatalog.FindClosest(text)?.Name);
    }
}
