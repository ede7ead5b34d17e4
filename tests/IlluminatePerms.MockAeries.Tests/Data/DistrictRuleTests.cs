using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries.Tests.Harness;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests.Data;

/// <summary>
/// Rules the generated district keeps between its records, as a test author relies on them: a coded
/// field holds a code of its code set, the absence codes say which absences are excused, and staff,
/// groups and schools are what their names and numbers say.
/// </summary>
public sealed class DistrictRuleTests : EverythingMockTest
{
    public static TheoryData<string> CodeSets() => new() { "STU/GR", "STU/SX", "STU/HL", "STU/LF", "CON/RL" };

    [Theory]
    [MemberData(nameof(CodeSets))]
    public async Task Every_code_set_has_distinct_codes_with_distinct_descriptions(string set)
    {
        var codes = await CodesAsync(set);

        Assert.True(codes.Count >= 2, $"{set}: {codes.Count} codes");
        Assert.All(codes.Keys, code => Assert.Matches("^[A-Z0-9]+$", code));
        Assert.All(codes.Values, description => Assert.Matches("^[A-Z][A-Za-z -]+$", description));
        Assert.Equal(codes.Count, codes.Values.Distinct().Count());
    }

    [Fact]
    public async Task Every_coded_student_field_holds_a_code_of_its_set()
    {
        var students = (await Aeries.GetAsync("schools/994/students", "demo")).Json.EnumerateArray().ToList();
        var grades = await CodesAsync("STU/GR");

        // Every grade the school teaches has students, and each student's grade reads as its code set says.
        Assert.Equal(grades.Keys.Order(), students.Select(s => Text(s, "Grade")).Distinct().Order());
        Assert.All(students, s => Assert.Equal(grades[Text(s, "Grade")], Text(s, "GradeLevelLongDescription")));
        await AssertDrawnFromAsync("STU/SX", students.Select(s => Text(s, "Gender")));
        await AssertDrawnFromAsync("STU/HL", students.Select(s => Text(s, "HomeLanguageCode")));
        await AssertDrawnFromAsync("STU/LF", students.Select(s => Text(s, "LanguageFluencyCode")));

        var contacts = (await Aeries.GetAsync("schools/994/contacts", "demo")).Json.EnumerateArray().ToList();
        await AssertDrawnFromAsync("CON/RL", contacts.Select(c => Text(c, "RelationshipToStudentCode")));
    }

    [Fact]
    public async Task Absence_codes_say_which_absences_are_excused_and_report_them_so()
    {
        var codes = (await Aeries.GetAsync("schools/994/AbsenceCodes", "demo")).Json.EnumerateArray().ToList();

        Assert.Equal(
            new[] { "A Absent excused=False", "E Excused excused=True", "I Illness excused=True", "T Tardy excused=False" },
            codes.Select(c => $"{Text(c, "Code")} {Text(c, "Description")} excused={c.GetProperty("IsExcused").GetBoolean()}"));

        // The state is told an excused absence as excused, and a tardy as a tardy.
        Assert.All(codes, c => Assert.Equal(c.GetProperty("IsExcused").GetBoolean(), Text(c, "StateReportingCode") == "E"));
        Assert.Equal("T", Text(codes.Single(c => Text(c, "Code") == "T"), "StateReportingCode"));
    }

    [Fact]
    public async Task Teachers_are_titled_teacher_and_the_three_office_staff_are_numbered_from_901()
    {
        var staff = (await Aeries.GetAsync("staff", "demo")).Json.EnumerateArray().ToList();
        var teacherIds = (await Aeries.GetAsync("schools/994/teachers", "demo")).Json.EnumerateArray()
            .Select(t => t.GetProperty("StaffID1").GetInt32()).ToHashSet();

        Assert.Equal(12, teacherIds.Count);
        Assert.All(staff, s => Assert.Equal(teacherIds.Contains(s.GetProperty("ID").GetInt32()) ? "Teacher" : "Office Staff", Text(s, "Title")));
        Assert.Equal(
            new[] { 994901, 994902, 994903 },
            staff.Select(s => s.GetProperty("ID").GetInt32()).Where(id => !teacherIds.Contains(id)));
        Assert.Equal(new[] { "F", "M" }, staff.Select(s => Text(s, "Gender")).Distinct().Order());
    }

    [Fact]
    public async Task Each_student_group_has_members_and_its_staff_are_their_counselors()
    {
        var counselors = (await Aeries.GetAsync("schools/994/students", "demo")).Json.EnumerateArray()
            .ToDictionary(s => s.GetProperty("StudentID").GetInt32(), s => s.GetProperty("CounselorNumber").GetInt32());
        var groups = (await Aeries.GetAsync("schools/994/StudentGroups", "demo")).Json.EnumerateArray().ToList();

        Assert.Equal(new[] { "Intervention", "Enrichment" }, groups.Select(g => Text(g, "Name")));
        var members = groups.Select(g => g.GetProperty("Students").EnumerateArray().Select(m => m.GetProperty("StudentId").GetInt32()).ToList()).ToList();
        Assert.All(members, list => Assert.InRange(list.Count, 10, counselors.Count / 4));
        Assert.NotEqual(members[0], members[1]);
        for (var g = 0; g < groups.Count; g++)
        {
            Assert.Equal(
                members[g].Select(id => counselors[id]).Distinct().Order(),
                groups[g].GetProperty("Staff").EnumerateArray().Select(s => s.GetProperty("StaffId").GetInt32()).Order());
        }
    }

    [Fact]
    public async Task A_district_of_more_than_1500_students_numbers_its_next_school_995()
    {
        await using var large = await RunningMock.StartWithEverythingAsync(1501);

        var schools = (await large.Aeries.GetAsync("schools", "demo")).Json.EnumerateArray().ToList();

        Assert.Equal(new[] { 994, 995 }, schools.Select(s => s.GetProperty("SchoolCode").GetInt32()));
        // The first school takes the odd student.
        Assert.Equal(751, (await large.Aeries.GetAsync("schools/994/students", "demo")).Json.GetArrayLength());
        Assert.Equal(750, (await large.Aeries.GetAsync("schools/995/students", "demo")).Json.GetArrayLength());
    }

    private async Task<Dictionary<string, string>> CodesAsync(string set)
        => (await Aeries.GetAsync($"codes/{set}", "demo")).Json.EnumerateArray().ToDictionary(c => Text(c, "Code"), c => Text(c, "Description"));

    private async Task AssertDrawnFromAsync(string set, IEnumerable<string> values)
    {
        var codes = await CodesAsync(set);
        var drawn = values.Distinct().ToList();
        Assert.True(drawn.Count >= 2, $"{set}: only {string.Join(", ", drawn)} drawn");
        Assert.All(drawn, value => Assert.Contains(value, codes.Keys));
    }

    private static string Text(JsonElement record, string field)
        => record.GetProperty(field) is { ValueKind: JsonValueKind.Number } number ? number.GetRawText() : record.GetProperty(field).GetString()!;
}
