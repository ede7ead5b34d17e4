using System.Linq;
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
        "Assertive Discipline", "Test Scores", "College Entrance Tests",
        "Fees and Fines", "Student Pictures", "Activities and Awards",
        "Gradebook Data", "Gradebook Scores", "Gradebook Category", "Gradebook Assignment",
        "Teacher Data", "Staff Data", "Staff Job Assignments", "Staff Assignments (Classified)", "Master Schedule",
        "Course Data", "Classes", "Schedule Master Schedule", "Student Scheduling Schedules (Course Requests)",
        "Class Calendars", "Flex Periods", "Grades", "Transcripts", "Graduation Status",
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
    public void Areas_without_a_public_endpoint_have_no_probe()
    {
        foreach (var name in new[] { "Users", "Single Sign On (from the 3rd party system)", "Language Assessment", "Language Assessment Waivers" })
        {
            Assert.Null(AreaCatalog.Get(name).ProbePath);
        }

        Assert.Equal("schools/{SchoolCode}/students", AreaCatalog.Get("Student Data").ProbePath);
    }

    [Theory]
    [InlineData("Teacher Data - Read", "Teacher Data")]
    [InlineData("  gradebook\u00A0SCORES ", "Gradebook Scores")]
    [InlineData("Course Requests", "Student Scheduling Schedules (Course Requests)")]
    [InlineData("Single Sign On", "Single Sign On (from the 3rd party system)")]
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
