using System;
using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Grants;
using Xunit;

namespace IlluminatePerms.Runtime.Tests.Grants;

/// <summary>The catalog's screen data (group, table code, other spellings) for every area, written out.</summary>
public class CatalogDataTests
{
    private static readonly Dictionary<string, (string Group, string? TableCode, string[] Aliases)> Screen = new()
    {
        ["Send Alerts"] = ("Alerts", null, System.Array.Empty<string>()),
        ["Trigger Student Pre-Enrollment"] = ("Commands", null, System.Array.Empty<string>()),
        ["Student Data"] = ("Student Data", "STU", System.Array.Empty<string>()),
        ["Special Programs"] = ("Student Programs", null, System.Array.Empty<string>()),
        ["Special Education"] = ("Student Programs", null, System.Array.Empty<string>()),
        ["Free and Reduced"] = ("Student Programs", null, System.Array.Empty<string>()),
        ["Supplemental Data"] = ("Student Programs", null, new[] { "School Supplemental Data" }),
        ["District Supplemental Data"] = ("Student Programs", null, System.Array.Empty<string>()),
        ["Contacts"] = ("Student Programs", null, System.Array.Empty<string>()),
        ["Class Schedules/History"] = ("Student Programs", null, new[] { "Class Schedules", "Class History" }),
        ["GATE"] = ("Student Programs", null, System.Array.Empty<string>()),
        ["Authorizations"] = ("Student Programs", null, System.Array.Empty<string>()),
        ["Absence Code Table"] = ("Attendance", null, new[] { "Absence Codes" }),
        ["Attendance"] = ("Attendance", null, System.Array.Empty<string>()),
        ["Attendance History"] = ("Attendance", null, System.Array.Empty<string>()),
        ["Bell Schedule"] = ("Attendance", null, System.Array.Empty<string>()),
        ["Calendar"] = ("Attendance", null, System.Array.Empty<string>()),
        ["Enrollment History"] = ("Attendance", null, System.Array.Empty<string>()),
        ["Assertive Discipline"] = ("Counseling", null, System.Array.Empty<string>()),
        ["Discipline"] = ("Counseling", null, System.Array.Empty<string>()),
        ["Test Scores"] = ("Test Scores", null, System.Array.Empty<string>()),
        ["College Entrance Tests"] = ("Test Scores", null, new[] { "College Test Scores" }),
        ["Fees and Fines"] = ("Other", null, new[] { "Fees" }),
        ["Student Pictures"] = ("Other", null, System.Array.Empty<string>()),
        ["Activities and Awards"] = ("Other", null, System.Array.Empty<string>()),
        ["Gradebook Data"] = ("Gradebook", null, new[] { "Gradebooks" }),
        ["Gradebook Scores"] = ("Gradebook", null, System.Array.Empty<string>()),
        ["Gradebook Category"] = ("Gradebook", null, new[] { "Gradebook Categories" }),
        ["Gradebook Assignment"] = ("Gradebook", null, new[] { "Gradebook Assignments" }),
        ["Teacher Data"] = ("Scheduling", null, new[] { "Teacher Data - Read", "Teachers" }),
        ["Staff Data"] = ("Scheduling", null, new[] { "Staff" }),
        ["Staff Job Assignments"] = ("Scheduling", null, System.Array.Empty<string>()),
        ["Staff Assignments (Classified)"] = ("Scheduling", null, System.Array.Empty<string>()),
        ["Master Schedule"] = ("Scheduling", "MST", System.Array.Empty<string>()),
        ["Course Data"] = ("Scheduling", "CRS", new[] { "Courses" }),
        ["Classes"] = ("Scheduling", "SEC", System.Array.Empty<string>()),
        ["Schedule Master Schedule"] = ("Scheduling", null, new[] { "Scheduling Master Schedule" }),
        ["Student Scheduling Schedules (Course Requests)"] = ("Scheduling", null, new[] { "Course Requests", "Student Scheduling Schedules" }),
        ["Class Calendars"] = ("Scheduling", null, System.Array.Empty<string>()),
        ["Flex Periods"] = ("Scheduling", null, System.Array.Empty<string>()),
        ["Grades"] = ("Grade Reporting", null, new[] { "Report Card" }),
        ["Transcripts"] = ("Grade Reporting", null, new[] { "Transcript" }),
        ["Graduation Status"] = ("Grade Reporting", null, System.Array.Empty<string>()),
        ["Valid Marks"] = ("Grade Reporting", null, new[] { "Grade Reporting: Valid Marks" }),
        ["Schools"] = ("School Information", "LOC", System.Array.Empty<string>()),
        ["Terms"] = ("School Information", "TRM", System.Array.Empty<string>()),
        ["Users"] = ("School Information", null, System.Array.Empty<string>()),
        ["Graduation Requirements"] = ("School Information", null, System.Array.Empty<string>()),
        ["Single Sign On (from the 3rd party system)"] = ("Other", null, new[] { "Single Sign On", "SSO" }),
        ["Student Groups"] = ("Other", null, System.Array.Empty<string>()),
        ["Language Assessment"] = ("Other", null, System.Array.Empty<string>()),
        ["Language Assessment Other"] = ("Other", null, System.Array.Empty<string>()),
        ["Language Assessment Test History"] = ("Other", null, System.Array.Empty<string>()),
        ["Language Assessment Waivers"] = ("Other", null, System.Array.Empty<string>()),
    };

    [Fact]
    public void Every_area_has_its_screen_group_table_code_and_other_spellings()
    {
        Assert.Equal(Screen.Keys.OrderBy(k => k), AreaCatalog.All.Select(a => a.Name).OrderBy(k => k));
        foreach (var area in AreaCatalog.All)
        {
            var (group, table, aliases) = Screen[area.Name];
            Assert.Equal(group, area.Group);
            Assert.Equal(table, area.TableCode);
            Assert.Equal(aliases, area.Aliases);
        }
    }

    [Fact]
    public void Every_other_spelling_finds_its_area()
    {
        foreach (var (name, (_, _, aliases)) in Screen)
        {
            foreach (var alias in aliases)
            {
                Assert.Same(AreaCatalog.Get(name), AreaCatalog.Get(alias.ToUpperInvariant()));
            }
        }
    }

    [Fact]
    public void An_unknown_name_is_refused_with_the_closest_suggestion()
    {
        var typo = Assert.Throws<ArgumentException>(() => AreaCatalog.Get("Gradebok Scores"));
        Assert.StartsWith("'Gradebok Scores' is not an Aeries API Security area. Did you mean 'Gradebook Scores'?", typo.Message);

        var nothingClose = Assert.Throws<ArgumentException>(() => AreaCatalog.Get("Lunch Menu"));
        Assert.StartsWith("'Lunch Menu' is not an Aeries API Security area.", nothingClose.Message);
        Assert.DoesNotContain("Did you mean", nothingClose.Message);
    }

    [Theory]
    [InlineData("Gradse", "Grades")]
    [InlineData("Staf Data", "Staff Data")]
    [InlineData("GATES", "GATE")]
    [InlineData("ab", null)]
    [InlineData("", null)]
    public void Suggestions_allow_a_third_of_the_text_to_differ(string text, string? expected)
    {
        Assert.Equal(expected, AreaCatalog.FindClosest(text)?.Name);
    }

    [Fact]
    public void Of_two_names_at_the_same_distance_the_one_higher_on_the_screen_wins()
    {
        // "Uerms" is two edits from both "Terms" and "Users": the first on the screen wins.
        var both = AreaCatalog.All.Where(a => a.Name is "Terms" or "Users").OrderBy(a => a.Order).ToArray();
        Assert.Equal(both[0], AreaCatalog.FindClosest("Uerms"));
    }

    [Fact]
    public void Text_longer_than_any_name_is_never_a_typo()
    {
        Assert.Null(AreaCatalog.FindClosest(new string('x', 121)));
    }
}
