using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries.Tests.Harness;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests.Reads;

/// <summary>
/// The reads that select: each answers only the records its path names (a grade, a student number,
/// a year, an area of data changes), and names the identifier it cannot find.
/// </summary>
public sealed class ReadSelectionTests : EverythingMockTest
{
    [Fact]
    public async Task Students_read_by_grade_or_number_are_only_those()
    {
        var first = (await Aeries.GetAsync("schools/994/students/99400001", "demo")).Json[0];
        var grade = first.GetProperty("Grade").GetInt32();
        var number = first.GetProperty("StudentNumber").GetInt32();

        var inGrade = (await Aeries.GetAsync($"schools/994/students/grade/{grade}", "demo")).Json.EnumerateArray().ToList();
        var byNumber = (await Aeries.GetAsync($"schools/994/students/sn/{number}", "demo")).Json.EnumerateArray().ToList();

        Assert.Contains(inGrade, s => s.GetProperty("StudentID").GetInt32() == 99400001);
        Assert.All(inGrade, s => Assert.Equal(grade, s.GetProperty("Grade").GetInt32()));
        Assert.Equal(new[] { 99400001 }, byNumber.Select(s => s.GetProperty("StudentID").GetInt32()));
    }

    [Theory]
    [InlineData("Discipline", "Disciplines")]
    [InlineData("AssertiveDiscipline", "AssertiveDisciplines")]
    [InlineData("fees", "Fees")]
    public async Task A_school_wide_history_lists_the_students_who_have_one_and_a_students_is_listed_even_when_empty(string path, string member)
    {
        var all = (await Aeries.GetAsync($"schools/994/{path}", "demo")).Json.EnumerateArray().ToList();
        var withNone = (await Aeries.GetAsync("schools/994/students", "demo")).Json.EnumerateArray().Select(s => s.GetProperty("StudentID").GetInt32())
            .First(id => all.All(r => r.GetProperty("StudentID").GetInt32() != id));

        var one = (await Aeries.GetAsync($"schools/994/{path}/{withNone}", "demo")).Json.EnumerateArray().ToList();

        Assert.NotEmpty(all);
        Assert.All(all, r => Assert.NotEqual(0, r.GetProperty(member).GetArrayLength()));
        Assert.Equal(withNone, Assert.Single(one).GetProperty("StudentID").GetInt32());
        Assert.Equal(0, one[0].GetProperty(member).GetArrayLength());
    }

    [Theory]
    [InlineData("program")]
    [InlineData("Class")]
    [InlineData("ENROLLMENT")]
    [InlineData("test")]
    [InlineData("contact")]
    [InlineData("student")]
    public async Task Data_changes_of_an_area_the_mock_never_writes_or_that_was_not_written_are_none(string area)
    {
        var answer = await Aeries.GetAsync($"StudentDataChanges/{area}/2026/1/1/0/0", "demo");

        Assert.Equal((200, "[]"), (answer.Status, answer.Body));
    }

    [Fact]
    public async Task Data_changes_of_tests_list_the_student_whose_scores_were_written()
    {
        await Aeries.PostAsync("testing/UpdateScores", """[{"StudentID":99400001,"TestID":"NEWT","TestPart":1,"TestingAdministration":"0317","TestDate":"2017-03-01","RawScore":1}]""", "demo");

        var tests = (await Aeries.GetAsync("StudentDataChanges/test/2026/1/1/0/0", "demo")).Json.EnumerateArray().Select(c => c.GetProperty("StudentID").GetInt32());
        var programs = (await Aeries.GetAsync("StudentDataChanges/program/2026/1/1/0/0", "demo")).Body;

        Assert.Equal(new[] { 99400001 }, tests);
        Assert.Equal("[]", programs);
    }

    [Theory]
    [InlineData("StudentDataChanges/grades/2026/1/1/0/0", 400, "'grades' is not a data area: student, contact, program, test, class or enrollment.")]
    [InlineData("StudentDataChanges/student/2026/13/1/0/0", 400, "The year, month, day, hour and minute of the path are not a time.")]
    [InlineData("schools/994/contacts/99499999", 404, "Student 99499999 does not exist at school 994.")]
    [InlineData("schools/994/teachers/99999", 404, "Teacher 99999 does not exist at school 994.")]
    [InlineData("gradebooks/4366926/assignments/99", 404, "Assignment 99 does not exist in gradebook 4366926.")]
    [InlineData("gradebooks/Assignments/not-a-guid", 400, "UniqueID must be a GUID, not 'not-a-guid'.")]
    [InlineData("gradebooks/Assignments/0123456789012345678901234567890123456789", 400, "UniqueID must be a GUID, not '0123456789012345678901234567890123456789'.")]
    [InlineData("gradebooks/Assignments/01234567890123456789012345678901234567890", 400, "UniqueID must be a GUID, not '0123456789012345678901234567890123456...'.")]
    [InlineData("schools/994/AbsenceCodes/ZZ", 404, "Absence code 'ZZ' does not exist.")]
    public async Task A_read_names_what_it_cannot_find(string path, int status, string message)
    {
        var answer = await Aeries.GetAsync(path, "demo");

        Assert.Equal((status, message), (answer.Status, answer.Message));
    }

    [Fact]
    public async Task Enrollments_read_by_year_are_only_that_years()
    {
        var all = (await Aeries.GetAsync("enrollment/99400001", "demo")).Json.EnumerateArray().ToList();
        var year = all[0].GetProperty("AcademicYear").GetInt32();

        foreach (var path in new[] { $"enrollment/99400001/year/{year}", $"schools/994/enrollment/99400001/year/{year}" })
        {
            var ofYear = (await Aeries.GetAsync(path, "demo")).Json.EnumerateArray().ToList();
            Assert.Equal(all.Count(e => e.GetProperty("AcademicYear").GetInt32() == year), ofYear.Count);
            Assert.All(ofYear, e => Assert.Equal(year, e.GetProperty("AcademicYear").GetInt32()));
        }
    }

    [Fact]
    public async Task Attendance_may_cover_one_day_but_not_end_before_it_starts()
    {
        var oneDay = await Aeries.GetAsync("schools/994/attendance/99400001?StartDate=20261001&EndDate=20261001", "demo");
        var backwards = await Aeries.GetAsync("schools/994/attendance/99400001?StartDate=20261002&EndDate=20261001", "demo");

        Assert.Equal(200, oneDay.Status);
        Assert.Equal((400, "EndDate is before StartDate."), (backwards.Status, backwards.Message));
    }

    [Fact]
    public async Task A_known_absence_code_is_read_alone()
    {
        var codes = (await Aeries.GetAsync("schools/994/AbsenceCodes", "demo")).Json.EnumerateArray().ToList();
        var last = codes[^1];

        var one = await Aeries.GetAsync($"schools/994/AbsenceCodes/{last.GetProperty("Code").GetString()}", "demo");

        // The contract answers one object for a named code.
        Assert.Equal(last.GetRawText(), one.Json.GetRawText());
    }
}
