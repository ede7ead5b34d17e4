using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries.Tests.Harness;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests;

public sealed class PagingAndYearTests : IClassFixture<MockFixture>, System.IDisposable
{
    private readonly AeriesCaller aeries;

    public PagingAndYearTests(MockFixture fixture)
    {
        fixture.Server.Reset();
        aeries = new AeriesCaller(fixture.Server);
    }

    public void Dispose() => aeries.Dispose();

    [Theory]
    [InlineData("", 1, 300)]
    [InlineData("?StartingRecord=1&EndingRecord=1", 1, 1)]
    [InlineData("?StartingRecord=0&EndingRecord=2", 1, 2)]
    [InlineData("?StartingRecord=5&EndingRecord=14", 5, 10)]
    [InlineData("?StartingRecord=295", 295, 6)]
    [InlineData("?EndingRecord=3", 1, 3)]
    [InlineData("?startingrecord=2&endingrecord=2", 2, 1)]
    public async Task Paging_is_one_based_and_inclusive(string query, int firstNumber, int count)
    {
        var students = (await aeries.GetAsync("schools/994/students" + query)).Json;

        Assert.Equal(count, students.GetArrayLength());
        Assert.Equal(firstNumber, students[0].GetProperty("StudentNumber").GetInt32());
    }

    [Fact]
    public async Task Past_the_end_is_an_empty_page()
    {
        var students = (await aeries.GetAsync("schools/994/students?StartingRecord=301&EndingRecord=400")).Json;

        Assert.Equal(0, students.GetArrayLength());
    }

    [Theory]
    [InlineData("?StartingRecord=10&EndingRecord=9", "EndingRecord (9) is before StartingRecord (10).")]
    [InlineData("?EndingRecord=0", "EndingRecord (0) is before StartingRecord (1).")]
    [InlineData("?StartingRecord=ten", "StartingRecord must be a whole number.")]
    [InlineData("?StartingRecord=-1", "StartingRecord and EndingRecord are 1-based record numbers.")]
    public async Task Reversed_or_malformed_paging_is_400(string query, string message)
    {
        var answer = await aeries.GetAsync("schools/994/students" + query);

        Assert.Equal(400, answer.Status);
        Assert.Equal(message, answer.Message);
    }

    [Fact]
    public async Task Paging_applies_to_all_students_of_a_student_level_endpoint()
    {
        var pictures = (await aeries.GetAsync("schools/994/StudentPictures/0?StartingRecord=3&EndingRecord=4")).Json;

        Assert.Equal(new[] { 99400003, 99400004 }, pictures.EnumerateArray().Select(p => p.GetProperty("StudentID").GetInt32()));
    }

    [Fact]
    public async Task Transcripts_page_by_student()
    {
        var page = (await aeries.GetAsync("schools/994/Transcript?StartingStudent=3&EndingStudent=4", "demo")).Json;

        Assert.Equal(new[] { 99400003, 99400004 }, page.EnumerateArray().Select(t => t.GetProperty("StudentID").GetInt32()));
        Assert.Equal("EndingStudent (1) is before StartingStudent (2).", (await aeries.GetAsync("schools/994/Transcript?StartingStudent=2&EndingStudent=1", "demo")).Message);
    }

    [Fact]
    public async Task Operations_the_articles_do_not_page_ignore_the_paging_parameters()
    {
        var all = (await aeries.GetAsync("schools/994/contacts", "demo")).Json.GetArrayLength();
        var asked = (await aeries.GetAsync("schools/994/contacts?StartingRecord=1&EndingRecord=2", "demo")).Json.GetArrayLength();

        Assert.True(all > 2);
        Assert.Equal(all, asked);
    }

    [Fact]
    public async Task An_unknown_or_missing_database_year_silently_means_the_default_year()
    {
        var standard = await aeries.GetAsync("schools/994/terms", "demo");
        var unknown = await aeries.GetAsync("schools/994/terms?DatabaseYear=1999", "demo");
        var garbage = await aeries.GetAsync("schools/994/terms?DatabaseYear=next", "demo");
        var earlier = await aeries.GetAsync("schools/994/terms?DatabaseYear=2025", "demo");

        Assert.Equal(standard.Body, unknown.Body);
        Assert.Equal(standard.Body, garbage.Body);
        Assert.Equal("2026-08-15T00:00:00", standard.Json[0].GetProperty("StartDate").GetString());
        Assert.Equal("2025-08-15T00:00:00", earlier.Json[0].GetProperty("StartDate").GetString());
    }

    [Theory]
    [InlineData("schools/994/AttendanceHistory/summary/year/{0}")]
    [InlineData("schools/994/AttendanceHistory/details/year/{0}")]
    [InlineData("schools/994/AttendanceHistory/AbsenceCodes/year/{0}")]
    [InlineData("schools/994/classcalendars/year/{0}")]
    [InlineData("schools/994/flexperiods/year/{0}")]
    public async Task Year_paths_take_the_school_year_as_the_articles_write_it(string template)
    {
        var written = await aeries.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, "2026-2027"));
        var bare = await aeries.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, "2026"));
        var skipped = await aeries.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, "2026-2028"));

        Assert.Equal(200, written.Status);
        Assert.NotEqual(0, written.Json.GetArrayLength());
        Assert.Equal(400, bare.Status);
        Assert.Contains("yyyy-yyyy (e.g. 2024-2025), not '2026'", bare.Message, System.StringComparison.Ordinal);
        Assert.Equal(400, skipped.Status);
    }

    [Fact]
    public async Task Attendance_history_without_a_student_is_every_student_of_the_school()
    {
        var all = (await aeries.GetAsync("schools/994/AttendanceHistory/summary")).Json;
        var zero = (await aeries.GetAsync("schools/994/AttendanceHistory/details/0")).Json;
        var one = (await aeries.GetAsync("schools/994/AttendanceHistory/summary/99400001")).Json;

        Assert.True(all.GetArrayLength() > 1);
        Assert.Equal(all.GetArrayLength(), zero.GetArrayLength());
        Assert.Equal(1, one.GetArrayLength());
    }

    [Fact]
    public async Task Systeminfo_echoes_the_year_asked_for_and_the_default_otherwise()
    {
        var asked = (await aeries.GetAsync("systeminfo?DatabaseYear=2025", profile: null)).Json;
        var unknown = (await aeries.GetAsync("systeminfo?DatabaseYear=1990", profile: null)).Json;
        var none = (await aeries.GetAsync("systeminfo", profile: null)).Json;

        Assert.Equal("2025-2026", asked.GetProperty("DatabaseYear").GetString());
        Assert.Equal("2026-2027", unknown.GetProperty("DatabaseYear").GetString());
        Assert.Equal("2026-2027", none.GetProperty("DatabaseYear").GetString());
    }

    [Fact]
    public void Every_operation_takes_a_database_year_systeminfo_included()
    {
        Assert.All(IlluminatePerms.Contract.AeriesContract.All, o => Assert.True(o.TakesDatabaseYear, o.Id));
    }
}
