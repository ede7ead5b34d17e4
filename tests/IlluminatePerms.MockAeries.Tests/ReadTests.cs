using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries.Tests.Harness;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests;

/// <summary>Reads: the demo identities, "left out or 0 means all", 404 and 400 answers, query parameters.</summary>
public sealed class ReadTests : IClassFixture<MockFixture>, System.IDisposable
{
    private readonly AeriesCaller aeries;

    public ReadTests(MockFixture fixture)
    {
        fixture.Server.Reset();
        aeries = new AeriesCaller(fixture.Server);
    }

    public void Dispose() => aeries.Dispose();

    [Fact]
    public async Task The_demo_identities_exist()
    {
        Assert.Equal("Screaming Eagle High School", (await aeries.GetAsync("schools/994", "demo")).Json.GetProperty("Name").GetString());
        Assert.Equal(99400001, (await aeries.GetAsync("schools/994/students/99400001")).Json[0].GetProperty("StudentID").GetInt32());
        Assert.Equal(994605, (await aeries.GetAsync("staff/994605")).Json.GetProperty("ID").GetInt32());
        Assert.Equal("0618", (await aeries.GetAsync("courses/0618")).Json.GetProperty("ID").GetString());
        Assert.Equal(43, (await aeries.GetAsync("gradebooks/4366926")).Json.GetProperty("Sections")[0].GetProperty("SectionNumber").GetInt32());
    }

    [Theory]
    [InlineData("schools/994/contacts")]
    [InlineData("schools/994/contacts/0")]
    [InlineData("schools/994/attendance")]
    [InlineData("schools/994/students/0/programs")]
    [InlineData("gradebooks/4366926/assignments/0")]
    public async Task Left_out_or_zero_means_all(string path)
    {
        var answer = await aeries.GetAsync(path, "demo");

        Assert.Equal(200, answer.Status);
        Assert.True(answer.Json.GetArrayLength() > 1, $"{path}: {answer.Body[..100]}");
    }

    [Fact]
    public async Task Unknown_single_objects_are_404_with_a_message_and_bad_input_is_400()
    {
        var missing = await aeries.GetAsync("schools/994/students/99499999");
        Assert.Equal(404, missing.Status);
        Assert.Equal("Student 99499999 does not exist.", missing.Message);
        Assert.Equal(404, (await aeries.GetAsync("schools/994/contacts/99500001")).Status);
        Assert.Equal(404, (await aeries.GetAsync("gradebooks/1")).Status);
        Assert.Equal(404, (await aeries.GetAsync("schools/1", "demo")).Status);
        Assert.Equal(404, (await aeries.GetAsync("schools/994/teachers/999", "demo")).Status);

        var bad = await aeries.GetAsync("schools/abc/students");
        Assert.Equal(400, bad.Status);
        Assert.Equal("SchoolCode must be a whole number, not 'abc'.", bad.Message);
        Assert.Equal(400, (await aeries.GetAsync("schools/994/attendance/99400001?StartDate=2026-09-01", "demo")).Status);
        Assert.Equal(400, (await aeries.GetAsync("gradebooks/Assignments/not-a-guid", "demo")).Status);
    }

    [Fact]
    public async Task A_student_by_id_is_found_whatever_school_the_path_names_as_the_article_says()
    {
        var student = (await aeries.GetAsync("schools/995/students/99400001", "demo")).Json;

        Assert.Equal(994, Assert.Single(student.EnumerateArray()).GetProperty("SchoolCode").GetInt32());
    }

    [Fact]
    public async Task Programs_filter_by_code_and_student_groups_take_all_schools()
    {
        var all = (await aeries.GetAsync("schools/994/students/0/programs", "demo")).Json;
        var gate = (await aeries.GetAsync("schools/994/students/0/programs?code=127", "demo")).Json;

        Assert.Equal(all.EnumerateArray().Count(p => p.GetProperty("ProgramCode").GetString() == "127"), gate.GetArrayLength());
        Assert.True(gate.GetArrayLength() > 0 && gate.GetArrayLength() < all.GetArrayLength());
        Assert.Equal(
            (await aeries.GetAsync("schools/994/StudentGroups", "demo")).Body,
            (await aeries.GetAsync("schools/all/StudentGroups", "demo")).Body);
    }

    [Fact]
    public async Task Attendance_honours_the_date_range_and_lists_each_class()
    {
        var week = (await aeries.GetAsync("schools/994/attendance/99400001?StartDate=20260907&EndDate=20260913", "demo")).Json;

        var days = week.GetProperty("AttendanceDays");
        Assert.Equal(5, days.GetArrayLength());
        Assert.Equal("2026-09-07T00:00:00", days[0].GetProperty("CalendarDate").GetString());
        Assert.Equal(6, days[0].GetProperty("Classes").GetArrayLength());
    }

    [Fact]
    public async Task The_uniqueid_forms_address_the_same_assignment_and_scores()
    {
        var assignment = (await aeries.GetAsync("gradebooks/4366926/assignments/2", "demo")).Json;
        var unique = assignment.GetProperty("UniqueID").GetString();

        Assert.Equal(assignment.ToString(), (await aeries.GetAsync($"gradebooks/Assignments/{unique}", "demo")).Json.ToString());
        Assert.Equal((await aeries.GetAsync("gradebooks/4366926/assignments/2/scores", "demo")).Body, (await aeries.GetAsync($"gradebooks/assignments/{unique}/scores", "demo")).Body);
        // The article: a StudentID in the path answers one AssignmentScore object, not an array.
        var one = (await aeries.GetAsync($"gradebooks/assignments/{unique}/scores/99400001", "demo")).Json;
        Assert.Equal(JsonValueKind.Object, one.ValueKind);
        Assert.Equal(99400001, one.GetProperty("StudentID").GetInt32());
    }
}
