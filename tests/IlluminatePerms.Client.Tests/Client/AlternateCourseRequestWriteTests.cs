using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.Client.Errors;
using IlluminatePerms.Client.Models;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries;
using IlluminatePerms.MockAeries.Security;
using Xunit;

namespace IlluminatePerms.Client.Tests.Client;

/// <summary>
/// The alternate course request writes against the mock, as the Scheduling-related article documents
/// them: each round-trips, sends the article's body, and is refused without its level.
/// </summary>
public sealed class AlternateCourseRequestWriteTests : IAsyncLifetime
{
    private static readonly MockCertificate Scheduler = new("scheduler", "5afe0000000000000000000000000011", GrantSet.Parse("Student Scheduling Schedules (Course Requests): Read, Insert, Update, Delete; Course Data: Read"), "test");
    private static readonly MockCertificate Reader = new("reader", "5afe0000000000000000000000000012", GrantSet.Parse("Student Scheduling Schedules (Course Requests): Read; Course Data: Read"), "test");

    private MockSession mock = null!;
    private int school;
    private int student;
    private string course = null!;

    public async Task InitializeAsync()
    {
        mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 200, Certificates = new[] { Scheduler, Reader } });
        var client = mock.Client("scheduler");
        school = (await client.GetSchoolsAsync()).First().SchoolCode;
        var first = (await client.GetSchoolAlternateCourseRequestsAsync(school)).First();
        student = first.StudentID;
        var taken = (await client.GetStudentAlternateCourseRequestsAsync(school, student)).Select(r => r.CourseID).ToHashSet();
        course = (await client.GetCoursesAsync()).Select(c => c.ID!).First(id => !taken.Contains(id));
    }

    public async Task DisposeAsync() => await mock.DisposeAsync();

    [Fact]
    public async Task An_insert_sends_the_course_and_place_and_reads_back_in_that_place()
    {
        var sent = new BodyRecordingHandler();
        var client = mock.Client("scheduler", handler: sent);

        var made = await client.InsertAlternateCourseRequestAsync(school, student, new AlternateCourseRequestInput { CourseID = course, RelativePrioritySortOrder = 1 });

        Assert.Equal($"/api/v5/schools/{school}/students/{student}/alternatecourserequests", sent.Single("POST").Path);
        Assert.Equal(new[] { ("CourseID", $"\"{course}\""), ("RelativePrioritySortOrder", "1") }, sent.Single("POST").Fields());
        Assert.Equal((student, 3, course), (made.StudentID, made.SequenceNumber, made.CourseID));
        var read = await client.GetStudentAlternateCourseRequestsAsync(school, student);
        Assert.Equal(new[] { 3, 1, 2 }, read.Select(r => r.SequenceNumber));
        Assert.Equal(made.PrioritySortOrder, read[0].PrioritySortOrder);
    }

    [Fact]
    public async Task An_insert_without_a_place_goes_last_and_sends_no_place()
    {
        var sent = new BodyRecordingHandler();
        var client = mock.Client("scheduler", handler: sent);

        var made = await client.InsertAlternateCourseRequestAsync(school, student, new AlternateCourseRequestInput { CourseID = course });

        Assert.Equal(new[] { ("CourseID", $"\"{course}\"") }, sent.Single("POST").Fields());
        Assert.Equal(made.SequenceNumber, (await client.GetStudentAlternateCourseRequestsAsync(school, student)).Last().SequenceNumber);
        Assert.Equal(course, Assert.Single(await client.GetStudentAlternateCourseRequestsAsync(school, student, made.SequenceNumber)).CourseID);
    }

    [Fact]
    public async Task An_update_moves_the_request_and_sends_only_the_place()
    {
        var sent = new BodyRecordingHandler();
        var client = mock.Client("scheduler", handler: sent);

        var moved = await client.UpdateAlternateCourseRequestAsync(school, student, 1, new AlternateCourseRequestInput { RelativePrioritySortOrder = 2 });

        Assert.Equal(($"/api/v5/schools/{school}/students/{student}/alternatecourserequests/1", "{\"RelativePrioritySortOrder\":2}"), (sent.Single("PUT").Path, sent.Single("PUT").Body));
        Assert.Equal(1, moved.SequenceNumber);
        Assert.Equal(new[] { 2, 1 }, (await client.GetStudentAlternateCourseRequestsAsync(school, student)).Select(r => r.SequenceNumber));
    }

    [Fact]
    public async Task A_delete_removes_the_request()
    {
        var sent = new BodyRecordingHandler();
        var client = mock.Client("scheduler", handler: sent);

        await client.DeleteAlternateCourseRequestAsync(school, student, 1);

        Assert.Equal(new SentRequest("DELETE", $"/api/v5/schools/{school}/students/{student}/alternatecourserequests/1", null), sent.Single("DELETE"));
        Assert.Equal(new[] { 2 }, (await client.GetStudentAlternateCourseRequestsAsync(school, student)).Select(r => r.SequenceNumber));
        Assert.Equal(404, (await Assert.ThrowsAsync<AeriesApiException>(() => client.GetStudentAlternateCourseRequestsAsync(school, student, 1))).StatusCode);
    }

    [Fact]
    public async Task Each_write_is_refused_without_its_level_and_changes_nothing()
    {
        var reader = mock.Client("reader");
        var before = await reader.GetStudentAlternateCourseRequestsAsync(school, student);

        var insert = await Assert.ThrowsAsync<AeriesPermissionException>(() => reader.InsertAlternateCourseRequestAsync(school, student, new AlternateCourseRequestInput { CourseID = course }));
        var update = await Assert.ThrowsAsync<AeriesPermissionException>(() => reader.UpdateAlternateCourseRequestAsync(school, student, 1, new AlternateCourseRequestInput { RelativePrioritySortOrder = 2 }));
        var delete = await Assert.ThrowsAsync<AeriesPermissionException>(() => reader.DeleteAlternateCourseRequestAsync(school, student, 1));

        Assert.Equal(new[] { AeriesAccess.Insert, AeriesAccess.Update, AeriesAccess.Delete }, new[] { insert.Access, update.Access, delete.Access });
        Assert.Equal(before.Select(r => (r.SequenceNumber, r.CourseID, r.PrioritySortOrder)), (await reader.GetStudentAlternateCourseRequestsAsync(school, student)).Select(r => (r.SequenceNumber, r.CourseID, r.PrioritySortOrder)));
    }

    [Fact]
    public async Task A_place_of_zero_is_refused_as_the_article_says()
    {
        var refused = await Assert.ThrowsAsync<AeriesApiException>(() => mock.Client("scheduler").InsertAlternateCourseRequestAsync(school, student, new AlternateCourseRequestInput { CourseID = course, RelativePrioritySortOrder = 0 }));

        Assert.Equal(400, refused.StatusCode);
        Assert.Equal(2, (await mock.Client("scheduler").GetStudentAlternateCourseRequestsAsync(school, student)).Count);
    }
}
