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

    [Fact]
    public async Task A_refused_write_or_unknown_request_is_named_and_changes_nothing()
    {
        var id = student.Split('/')[3];
        var before = (await mock.Aeries.GetAsync(student, "scheduler")).Body;

        var cases = new (System.Net.Http.HttpMethod Method, string Path, string? Body, int Status, string Message)[]
        {
            (System.Net.Http.HttpMethod.Post, student, """{"CourseID":"NOPE"}""", 400, "Course 'NOPE' does not exist."),
            (System.Net.Http.HttpMethod.Post, student, """{"RelativePrioritySortOrder":1}""", 400, "CourseID is required."),
            (System.Net.Http.HttpMethod.Post, student, """{"CourseID":"0618","RelativePrioritySortOrder":0}""", 400, "RelativePrioritySortOrder must be 1 or more, not 0."),
            (System.Net.Http.HttpMethod.Put, student + "/9", """{"RelativePrioritySortOrder":1}""", 400, "CourseID is required."),
            (System.Net.Http.HttpMethod.Get, student + "/99", null, 404, $"Student {id} has no alternate course request 99."),
            (System.Net.Http.HttpMethod.Delete, student + "/99", null, 404, $"Student {id} has no alternate course request 99."),
            (System.Net.Http.HttpMethod.Get, "schools/994/students/sn/99999/alternatecourserequests", null, 404, "Student number 99999 does not exist."),
        };
        foreach (var (method, path, body, status, message) in cases)
        {
            var answer = await mock.Aeries.SendAsync(method, path, "scheduler", body);
            Assert.Equal((path, status, message), (path, answer.Status, answer.Message));
        }

        Assert.Equal(before, (await mock.Aeries.GetAsync(student, "scheduler")).Body);
    }

    [Fact]
    public async Task A_request_is_read_by_number_changed_in_course_alone_and_deleted()
    {
        var rows = (await mock.Aeries.GetAsync(student, "scheduler")).Json.EnumerateArray().ToList();
        var other = new[] { "0617", "0618", "0619" }.First(c => rows.All(r => r.GetProperty("CourseID").GetString() != c));

        var second = Assert.Single((await mock.Aeries.GetAsync(student + "/2", "scheduler")).Json.EnumerateArray());
        Assert.Equal(rows[1].GetRawText(), second.GetRawText());

        Assert.Equal(200, (await mock.Aeries.PutAsync(student + "/1", "{}", "scheduler")).Status);
        RecordAssert.ChangedOnly(rows[0], (await mock.Aeries.GetAsync(student + "/1", "scheduler")).Json[0], "{}");
        await mock.Aeries.PutAsync(student + "/1", $$"""{"CourseID":"{{other}}"}""", "scheduler");
        RecordAssert.ChangedOnly(rows[0], (await mock.Aeries.GetAsync(student + "/1", "scheduler")).Json[0], $$"""{"CourseID":"{{other}}"}""");

        var deleted = await mock.Aeries.SendAsync(System.Net.Http.HttpMethod.Delete, student + "/1", "scheduler", null);
        Assert.Equal(204, deleted.Status);
        Assert.Equal(new[] { 2 }, (await mock.Aeries.GetAsync(student, "scheduler")).Json.EnumerateArray().Select(r => r.GetProperty("SequenceNumber").GetInt32()));
    }

    [Fact]
    public async Task A_students_requests_read_by_student_number_are_those_read_by_ID()
    {
        // A generated student's ID is its school's code times 100,000 plus its student number.
        var id = int.Parse(student.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture);

        var byNumber = await mock.Aeries.GetAsync($"schools/994/students/sn/{id - 99400000}/alternatecourserequests", "scheduler");

        Assert.Equal((await mock.Aeries.GetAsync(student, "scheduler")).Body, byNumber.Body);
    }
}
