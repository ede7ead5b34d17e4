using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Security;
using IlluminatePerms.MockAeries.Tests.Harness;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests;

/// <summary>
/// Alternate course requests as the Scheduling-related article documents them: the example record's
/// fields, and a RelativePrioritySortOrder that places a request among the others by a sort key
/// squeezed between its neighbours' (so the key answered is not the place asked for).
/// </summary>
public sealed class AlternateCourseRequestTests : IAsyncLifetime
{
    private static readonly MockCertificate Scheduler = new("scheduler", "scheduler-cert", GrantSet.Parse("Student Scheduling Schedules (Course Requests): Read, Insert, Update, Delete"), "test");

    private RunningMock mock = null!;
    private string student = null!;

    public async Task InitializeAsync()
    {
        mock = await RunningMock.StartAsync(new MockAeriesOptions { Scale = 200, Certificates = new[] { Scheduler } });
        var first = (await mock.Aeries.GetAsync("schools/994/scheduling/alternatecourserequests", "scheduler")).Json[0];
        student = $"schools/994/students/{first.GetProperty("StudentID").GetInt32()}/alternatecourserequests";
    }

    public async Task DisposeAsync() => await mock.DisposeAsync();

    [Fact]
    public async Task The_record_has_the_articles_fields()
    {
        var rows = (await mock.Aeries.GetAsync(student, "scheduler")).Json;

        Assert.Equal(new[] { "StudentID", "SchoolCode", "SequenceNumber", "CourseID", "PrioritySortOrder" }, rows[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.String, rows[0].GetProperty("CourseID").ValueKind);
        Assert.Equal(new[] { 1m, 9m }, rows.EnumerateArray().Select(r => r.GetProperty("PrioritySortOrder").GetDecimal()));
    }

    [Fact]
    public async Task A_place_puts_the_request_between_its_neighbours_and_none_puts_it_last()
    {
        var course = (await mock.Aeries.GetAsync(student, "scheduler")).Json[0].GetProperty("CourseID").GetString();

        var second = await mock.Aeries.PostAsync(student, $$"""{"CourseID":"{{course}}","RelativePrioritySortOrder":2}""", "scheduler");
        var last = await mock.Aeries.PostAsync(student, $$"""{"CourseID":"{{course}}"}""", "scheduler");
        var moved = await mock.Aeries.PutAsync(student + "/4", """{"RelativePrioritySortOrder":1}""", "scheduler");

        Assert.Equal((201, 3, 5m), (second.Status, second.Json.GetProperty("SequenceNumber").GetInt32(), second.Json.GetProperty("PrioritySortOrder").GetDecimal()));
        Assert.Equal((4, 17m), (last.Json.GetProperty("SequenceNumber").GetInt32(), last.Json.GetProperty("PrioritySortOrder").GetDecimal()));
        Assert.Equal((200, 0.5m), (moved.Status, moved.Json.GetProperty("PrioritySortOrder").GetDecimal()));
        Assert.Equal(new[] { 4, 1, 3, 2 }, (await mock.Aeries.GetAsync(student, "scheduler")).Json.EnumerateArray().Select(r => r.GetProperty("SequenceNumber").GetInt32()));
    }

    [Theory]
    [InlineData("""{"CourseID":"NOPE"}""", 400)]
    [InlineData("""{"RelativePrioritySortOrder":1}""", 400)]
    [InlineData("""{"CourseID":"0618","RelativePrioritySortOrder":0}""", 400)]
    public async Task An_insert_without_a_known_course_or_with_place_zero_is_refused(string body, int status)
    {
        var answer = await mock.Aeries.PostAsync(student, body, "scheduler");

        Assert.Equal(status, answer.Status);
        Assert.Equal(2, (await mock.Aeries.GetAsync(student, "scheduler")).Json.GetArrayLength());
    }
}
