using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Security;
using IlluminatePerms.MockAeries.Tests.Harness;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests;

/// <summary>
/// The Pre-Enroll Students article: Pre-Enroll Student answers a PreEnrollStudentResult object
/// (LogDetails and Students); Pre-Enroll Inactive Student answers an array of the student's records,
/// one per school, and its documented errors are 500 with a message.
/// </summary>
public sealed class PreEnrollTests : IAsyncLifetime
{
    private static readonly MockCertificate Both = new("pre-enroll", "pre-enroll-cert", GrantSet.Parse("Trigger Student Pre-Enrollment: Insert; Student Data: Read, Update"), "test");

    private RunningMock mock = null!;

    public async Task InitializeAsync() => mock = await RunningMock.StartAsync(new MockAeriesOptions { Scale = 300, Certificates = new[] { Both } });

    public async Task DisposeAsync() => await mock.DisposeAsync();

    [Fact]
    public async Task Pre_enroll_answers_the_log_and_every_record_of_the_student()
    {
        // The generated students have no next school: the log says why nothing was copied.
        var none = (await mock.Aeries.GetAsync("commands/preenrollstudent/99400002", "pre-enroll")).Json;
        await mock.Aeries.GetAsync("PreEnrollInactiveStudent/99400002/994", "pre-enroll");
        var result = (await mock.Aeries.GetAsync("commands/preenrollstudent/99400002", "pre-enroll")).Json;

        Assert.Equal("No", none.GetProperty("LogDetails")[0].GetProperty("Copied").GetString());
        Assert.NotEqual(string.Empty, none.GetProperty("LogDetails")[0].GetProperty("Exception").GetString());
        Assert.Equal(1, none.GetProperty("Students").GetArrayLength());
        Assert.Equal(new[] { "LogDetails", "Students" }, result.EnumerateObject().Select(p => p.Name));
        var log = result.GetProperty("LogDetails")[0];
        Assert.Equal(new[] { "StudentID", "SchoolCode", "StudentNumber", "Grade", "NextGrade", "NextSchool", "NewStudentNumber", "Copied", "Exception" }, log.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Yes", log.GetProperty("Copied").GetString());
        var records = result.GetProperty("Students").EnumerateArray().ToList();
        Assert.Equal(2, records.Count);
        Assert.All(records, r => Assert.Equal(99400002, r.GetProperty("StudentID").GetInt32()));
        Assert.Equal("*", records[1].GetProperty("InactiveStatusCode").GetString());
        Assert.Equal(log.GetProperty("NewStudentNumber").GetInt32(), records[1].GetProperty("StudentNumber").GetInt32());
    }

    [Fact]
    public async Task Pre_enroll_inactive_answers_an_array_of_the_students_records()
    {
        var answer = await mock.Aeries.GetAsync("PreEnrollInactiveStudent/99400001/994", "pre-enroll");

        Assert.Equal(200, answer.Status);
        Assert.Equal(2, answer.Json.GetArrayLength());
        Assert.Equal(new[] { 99400001, 99400001 }, answer.Json.EnumerateArray().Select(r => r.GetProperty("StudentID").GetInt32()));
    }

    [Theory]
    [InlineData("PreEnrollInactiveStudent/99499999/994", "Invalid Student ID")]
    [InlineData("PreEnrollInactiveStudent/99400001/5", "Invalid Next School Code")]
    public async Task Pre_enroll_inactive_errors_are_the_articles_500s(string path, string message)
    {
        var answer = await mock.Aeries.GetAsync(path, "pre-enroll");

        Assert.Equal(500, answer.Status);
        Assert.Equal(message, answer.Message);
    }
}
