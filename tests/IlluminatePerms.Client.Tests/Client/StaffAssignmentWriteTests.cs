using System;
using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.Client.Errors;
using IlluminatePerms.Client.Models;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries;
using IlluminatePerms.MockAeries.Faults;
using IlluminatePerms.MockAeries.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace IlluminatePerms.Client.Tests.Client;

/// <summary>
/// The staff assignment writes against the mock, as the Staff-related article documents them: each
/// round-trips, sends the article's body, and is refused without the area of the type it writes.
/// </summary>
public sealed class StaffAssignmentWriteTests : IAsyncLifetime
{
    // At scale 200, teacher 994605 has certificated assignment 1 (job 12) and classified assignment 1 (job 44), 2026-07-01 to 2027-06-30.
    private const int Teacher = 994605;

    private static readonly MockCertificate Both = Certificate("both", "5afe0000000000000000000000000001", "Staff Job Assignments: Read, Insert, Update, Delete; Staff Assignments (Classified): Read, Insert, Update, Delete");
    private static readonly MockCertificate JobOnly = Certificate("job", "5afe0000000000000000000000000002", "Staff Job Assignments: Read, Insert, Update, Delete");
    private static readonly MockCertificate ClassifiedOnly = Certificate("classified", "5afe0000000000000000000000000003", "Staff Assignments (Classified): Read, Insert, Update, Delete");

    private MockSession mock = null!;

    public async Task InitializeAsync() => mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 200, Certificates = new[] { Both, JobOnly, ClassifiedOnly } });

    public async Task DisposeAsync() => await mock.DisposeAsync();

    [Fact]
    public async Task A_certificated_insert_sends_the_articles_body_and_reads_back()
    {
        var sent = new BodyRecordingHandler();
        var client = mock.Client("both", handler: sent);

        var made = await client.InsertCertificatedStaffAssignmentAsync(Teacher, new StaffAssignmentInput
        {
            JobClassification = "12",
            FullTimePercentage = 87.5,
            NonClassroomBasedJobAssignment1 = "X1",
            SchoolCode = 994,
            StartDate = new DateOnly(2026, 8, 1),
        });

        Assert.Equal(("POST", "/api/v5/staff/994605/assignments"), (sent.Single("POST").Method, sent.Single("POST").Path));
        Assert.Equal(
            new[] { ("JobClassification", "\"12\""), ("FullTimePercentage", "87.5"), ("NonClassroomBasedJobAssignment1", "\"X1\""), ("SchoolCode", "994"), ("StartDate", "\"2026-08-01\""), ("EndDate", "null"), ("AssignmentType", "\"certificated\"") },
            sent.Single("POST").Fields());
        Assert.Equal((StaffAssignment.Certificated, Teacher, 2), (made.AssignmentType, made.ID, made.SequenceNumber));
        var read = Assert.Single(await client.GetStaffCertificatedAssignmentsAsync(Teacher, made.SequenceNumber));
        Assert.Equal(("12", 87.5, "X1", 994), (read.JobClassificationCode, read.FullTimePercentage, read.NonClassroomBasedJobAssignmentCode1, read.SchoolCode));
        Assert.Equal(new DateTime(2026, 8, 1), read.StartDate);
        Assert.Null(read.EndDate);
    }

    [Fact]
    public async Task Each_write_is_logged_once_with_its_operation_and_status()
    {
        var logs = new CapturingLoggerProvider();
        var client = mock.Client("both", logger: logs.CreateLogger<AeriesClient>());

        await client.InsertCertificatedStaffAssignmentAsync(Teacher, new StaffAssignmentInput { JobClassification = "12", SchoolCode = 994, StartDate = new DateOnly(2026, 8, 1) });
        await client.UpdateClassifiedStaffAssignmentAsync(Teacher, 1, new StaffAssignmentInput { FullTimePercentage = 20 });
        await client.DeleteStaffAssignmentsFromDateAsync(Teacher, new DateOnly(2027, 1, 1));

        var written = logs.ClientMessages.Where(l => !l.StartsWith("Debug: ", StringComparison.Ordinal));
        Assert.Equal(
            """
            Information: Aeries staff.create_staff_assignment: 201, record written
            Information: Aeries staff.update_staff_classified_assignment: 200, record written
            Information: Aeries staff.delete_staff_assignments_from_date: 204, deleted
            """,
            string.Join("\n", written));
    }

    [Fact]
    public async Task A_classified_insert_needs_only_the_classified_area_and_is_refused_without_it()
    {
        var made = await mock.Client("classified").InsertClassifiedStaffAssignmentAsync(Teacher, new StaffAssignmentInput { JobClassification = "45", SchoolCode = 994, StartDate = new DateOnly(2026, 8, 1), EndDate = new DateOnly(2026, 12, 31) });
        var refused = await Assert.ThrowsAsync<AeriesPermissionException>(() => mock.Client("job").InsertClassifiedStaffAssignmentAsync(Teacher, new StaffAssignmentInput { JobClassification = "46", SchoolCode = 994, StartDate = new DateOnly(2026, 8, 1) }));

        Assert.Equal((StaffAssignment.Classified, 2, new DateTime(2026, 12, 31)), (made.AssignmentType, made.SequenceNumber, made.EndDate));
        Assert.Equal(new Grant("Staff Assignments (Classified)", AeriesAccess.Insert), refused.Refused);
        Assert.Equal(new[] { "44", "45" }, (await mock.Client("both").GetStaffClassifiedAssignmentsAsync(Teacher)).Select(a => a.JobClassificationCode));
    }

    [Fact]
    public async Task The_guard_checks_the_area_of_the_type_inserted()
    {
        var sent = new BodyRecordingHandler();
        var guarded = mock.Client("both", o => o.Guard = GrantSet.Parse("Staff Assignments (Classified): Insert"), sent);

        var made = await guarded.InsertClassifiedStaffAssignmentAsync(Teacher, new StaffAssignmentInput { SchoolCode = 994, StartDate = new DateOnly(2026, 8, 1) });
        var stopped = await Assert.ThrowsAsync<MissingGrantException>(() => guarded.InsertCertificatedStaffAssignmentAsync(Teacher, new StaffAssignmentInput { SchoolCode = 994, StartDate = new DateOnly(2026, 8, 1) }));

        Assert.Equal(StaffAssignment.Classified, made.AssignmentType);
        Assert.Single(sent.Requests);
        Assert.Contains("Staff Job Assignments", stopped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_update_sends_only_what_changes_and_the_end_date_and_clears_an_end_date_left_out()
    {
        var sent = new BodyRecordingHandler();
        var client = mock.Client("both", handler: sent);

        var updated = await client.UpdateClassifiedStaffAssignmentAsync(Teacher, 1, new StaffAssignmentInput { FullTimePercentage = 20 });

        Assert.Equal(("PUT", "/api/v5/staff/994605/assignments/classified/1"), (sent.Single("PUT").Method, sent.Single("PUT").Path));
        Assert.Equal(new[] { ("FullTimePercentage", "20"), ("EndDate", "null") }, sent.Single("PUT").Fields());
        var read = Assert.Single(await client.GetStaffClassifiedAssignmentsAsync(Teacher, 1));
        Assert.Equal((20d, "44", (DateTime?)null), (read.FullTimePercentage, read.JobClassificationCode, read.EndDate));
        Assert.Equal(read.FullTimePercentage, updated.FullTimePercentage);
    }

    [Fact]
    public async Task An_update_of_a_number_not_there_creates_it_and_an_update_without_the_area_is_refused()
    {
        var created = await mock.Client("job").UpdateCertificatedStaffAssignmentAsync(Teacher, 7, new StaffAssignmentInput { JobClassification = "12", SchoolCode = 994, StartDate = new DateOnly(2026, 8, 1) });
        var refused = await Assert.ThrowsAsync<AeriesPermissionException>(() => mock.Client("classified").UpdateCertificatedStaffAssignmentAsync(Teacher, 1, new StaffAssignmentInput { FullTimePercentage = 1 }));

        Assert.Equal(7, created.SequenceNumber);
        Assert.Equal(new[] { 1, 7 }, (await mock.Client("both").GetStaffCertificatedAssignmentsAsync(Teacher)).Select(a => a.SequenceNumber));
        Assert.Equal(new Grant("Staff Job Assignments", AeriesAccess.Update), refused.Refused);
        Assert.Equal(100d, (await mock.Client("both").GetStaffCertificatedAssignmentsAsync(Teacher, 1)).Single().FullTimePercentage);
    }

    [Fact]
    public async Task A_delete_sends_no_body_and_the_assignment_is_gone()
    {
        var sent = new BodyRecordingHandler();
        var client = mock.Client("both", handler: sent);

        await client.DeleteCertificatedStaffAssignmentAsync(Teacher, 1);

        Assert.Equal(new SentRequest("DELETE", "/api/v5/staff/994605/assignments/certificated/1", null), sent.Single("DELETE"));
        Assert.Empty(await client.GetStaffCertificatedAssignmentsAsync(Teacher));
        Assert.Equal(404, (await Assert.ThrowsAsync<AeriesApiException>(() => client.DeleteCertificatedStaffAssignmentAsync(Teacher, 1))).StatusCode);
        Assert.Single(await client.GetStaffClassifiedAssignmentsAsync(Teacher));
    }

    [Fact]
    public async Task A_delete_without_the_area_of_its_type_is_refused_and_deletes_nothing()
    {
        await Assert.ThrowsAsync<AeriesPermissionException>(() => mock.Client("job").DeleteClassifiedStaffAssignmentAsync(Teacher, 1));
        await Assert.ThrowsAsync<AeriesPermissionException>(() => mock.Client("classified").DeleteCertificatedStaffAssignmentAsync(Teacher, 1));
        await Assert.ThrowsAsync<AeriesPermissionException>(() => mock.Client("job").DeleteClassifiedStaffAssignmentsFromDateAsync(Teacher, new DateOnly(2026, 7, 1)));

        Assert.Equal(2, (await mock.Client("both").GetStaffAssignmentsAsync(Teacher)).Count);
    }

    [Fact]
    public async Task Deleting_from_a_date_removes_what_starts_on_or_after_it_of_the_types_asked_for()
    {
        var sent = new BodyRecordingHandler();
        var client = mock.Client("both", handler: sent);
        await client.InsertCertificatedStaffAssignmentAsync(Teacher, new StaffAssignmentInput { SchoolCode = 994, StartDate = new DateOnly(2026, 9, 1) });
        await client.InsertClassifiedStaffAssignmentAsync(Teacher, new StaffAssignmentInput { SchoolCode = 994, StartDate = new DateOnly(2026, 9, 1) });
        await client.InsertClassifiedStaffAssignmentAsync(Teacher, new StaffAssignmentInput { SchoolCode = 994, StartDate = new DateOnly(2026, 10, 1) });

        await client.DeleteClassifiedStaffAssignmentsFromDateAsync(Teacher, new DateOnly(2026, 10, 1));
        var afterClassified = await client.GetStaffAssignmentsAsync(Teacher);
        await client.DeleteCertificatedStaffAssignmentsFromDateAsync(Teacher, new DateOnly(2026, 8, 1));
        var afterCertificated = await client.GetStaffAssignmentsAsync(Teacher);
        await client.DeleteStaffAssignmentsFromDateAsync(Teacher, new DateOnly(2026, 7, 1));

        Assert.Equal(4, afterClassified.Count);
        Assert.DoesNotContain(afterClassified, a => a.StartDate == new DateTime(2026, 10, 1));
        Assert.Equal(new[] { StaffAssignment.Certificated, StaffAssignment.Classified, StaffAssignment.Classified }, afterCertificated.Select(a => a.AssignmentType));
        Assert.Empty(await client.GetStaffAssignmentsAsync(Teacher));
        Assert.Equal(
            new[] { "/api/v5/staff/994605/assignments/startdate/2026/10/1/classified", "/api/v5/staff/994605/assignments/startdate/2026/8/1/certificated", "/api/v5/staff/994605/assignments/startdate/2026/7/1" },
            sent.Requests.Where(r => r.Method == "DELETE").Select(r => r.Path));
    }

    [Fact]
    public async Task Deleting_both_types_from_a_date_needs_both_areas()
    {
        var sent = new BodyRecordingHandler();
        var guarded = mock.Client("job", o => o.Guard = GrantSet.Parse("Staff Job Assignments: Read, Delete"), sent);

        var stopped = await Assert.ThrowsAsync<MissingGrantException>(() => guarded.DeleteStaffAssignmentsFromDateAsync(Teacher, new DateOnly(2026, 7, 1)));
        var refused = await Assert.ThrowsAsync<AeriesPermissionException>(() => mock.Client("job").DeleteStaffAssignmentsFromDateAsync(Teacher, new DateOnly(2026, 7, 1)));

        Assert.Empty(sent.Requests);
        Assert.Contains("Staff Assignments (Classified)", stopped.Message, StringComparison.Ordinal);
        Assert.Contains("Staff Assignments (Classified)", refused.AeriesMessage, StringComparison.Ordinal);
        Assert.Equal(2, (await mock.Client("both").GetStaffAssignmentsAsync(Teacher)).Count);
    }

    [Fact]
    public async Task The_untyped_list_shows_only_the_rows_of_the_areas_the_certificate_has()
    {
        var job = await mock.Client("job").GetStaffAssignmentsAsync(Teacher);
        await Assert.ThrowsAsync<AeriesPermissionException>(() => mock.Client("classified").GetStaffAssignmentsAsync(Teacher));

        Assert.Equal(new[] { StaffAssignment.Certificated }, job.Select(a => a.AssignmentType));
        Assert.Equal(new[] { StaffAssignment.Classified }, (await mock.Client("classified").GetStaffClassifiedAssignmentsAsync(Teacher)).Select(a => a.AssignmentType));
    }

    [Fact]
    public async Task A_failing_write_is_sent_once_even_through_the_retrying_pipeline()
    {
        await using var failing = await MockSession.StartAsync(new MockAeriesOptions { Scale = 200, Certificates = new[] { Both }, Faults = new[] { new FaultRule { PathPrefix = "staff", ErrorRate = 1 } } });
        var services = new ServiceCollection();
        services.AddAeriesClient(failing.BaseUrl, failing.Certificate("both"), o =>
        {
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
            o.MaxReadRetries = 3;
        });
        using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IAeriesClient>();

        await Assert.ThrowsAnyAsync<AeriesApiException>(() => client.InsertClassifiedStaffAssignmentAsync(Teacher, new StaffAssignmentInput { SchoolCode = 994, StartDate = new DateOnly(2026, 8, 1) }));
        await Assert.ThrowsAnyAsync<AeriesApiException>(() => client.DeleteClassifiedStaffAssignmentAsync(Teacher, 1));
        await Assert.ThrowsAnyAsync<AeriesApiException>(() => client.GetStaffClassifiedAssignmentsAsync(Teacher));

        Assert.Single(failing.Server.Journal.Entries, e => e.Method == "POST");
        Assert.Single(failing.Server.Journal.Entries, e => e.Method == "DELETE");
        Assert.Equal(4, failing.Server.Journal.Entries.Count(e => e.Method == "GET"));
    }

    private static MockCertificate Certificate(string profile, string value, string grants) => new(profile, value, GrantSet.Parse(grants), "test");
}
