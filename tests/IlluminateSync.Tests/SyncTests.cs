using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Xunit;
using Xunit;

namespace IlluminateSync.Tests;

/// <summary>The sync against the mock with the spec's own certificate, and with one a district got wrong.</summary>
public sealed class SyncTests : MockAeriesTest<SyncAeries>, IClassFixture<SyncAeries>
{
    private static readonly Grant ScoresUpdate = new("Gradebook Scores", AeriesAccess.Update);

    public SyncTests(SyncAeries aeries)
        : base(aeries)
    {
    }

    [Fact]
    public async Task With_the_spec_certificate_the_sync_writes_the_assignment_and_scores_and_reads_them_back()
    {
        var report = await new GradebookSync(Aeries.Client, new SeededResults()).RunAsync(SeededResults.Request());

        Assert.True(report.Students > 0 && report.Sections > 0, $"{report}");
        Assert.True(report.AssignmentCreated);
        Assert.True(report.ScoresWritten > 0);
        Assert.Equal(report.ScoresWritten, report.ScoresReadBack);
        Assert.Equal(2, report.Written.Count);
        var assignments = await Aeries.Client.GetAssignmentsAsync(report.GradebookNumber);
        Assert.Single(assignments, a => a.ExternalID == SeededResults.Request().AssessmentId);
        Assert.All(Aeries.Journal.Entries, e => Assert.Equal(Aeries.Certificates.Exact.Profile, e.Profile));
        Assert.All(Aeries.Journal.Entries, e => Assert.InRange(e.StatusCode, 200, 299));
    }

    [Fact]
    public async Task Without_the_scores_tick_it_stops_naming_the_permission_and_the_assignment_it_wrote_and_a_rerun_after_the_tick_completes()
    {
        var certificate = Aeries.Certificates.Without(ScoresUpdate);
        await using var district = Aeries.ClientFor(certificate);
        var sync = new GradebookSync(district.Client, new SeededResults());

        var stopped = await Assert.ThrowsAsync<SyncStoppedException>(() => sync.RunAsync(SeededResults.Request()));

        Assert.Equal(ScoresUpdate, stopped.Missing);
        Assert.Equal("Gradebook → Gradebook Scores → Update", stopped.TickPath);
        Assert.Contains("lacks 'Gradebook Scores: Update'", stopped.Message);
        Assert.Contains("tick Gradebook → Gradebook Scores → Update", stopped.Message);
        var wrote = Assert.Single(stopped.Written);
        Assert.StartsWith("assignment ", wrote);
        Assert.Contains("Already written: " + wrote, stopped.Message);

        // Exactly one call was refused, the score write-back, and nothing was sent after it.
        var entries = Aeries.Journal.Entries;
        var refused = Assert.Single(entries, e => e.StatusCode is 401 or 403);
        Assert.Equal("POST", refused.Method);
        Assert.Matches("^/api/v5/gradebooks/[0-9]+/assignments/[0-9]+/Scores$", refused.Path);
        Assert.Same(refused, entries[^1]);
        Assert.Equal(certificate.Profile, refused.Profile);

        Aeries.Certificates.Tick(certificate, ScoresUpdate);
        var report = await sync.RunAsync(SeededResults.Request());

        Assert.False(report.AssignmentCreated);
        Assert.Equal(report.ScoresWritten, report.ScoresReadBack);
        Assert.Contains($"assignment {report.AssignmentNumber} ", wrote);
        Assert.Single(await district.Client.GetAssignmentsAsync(report.GradebookNumber), a => a.ExternalID == SeededResults.Request().AssessmentId);
        Assert.Single(Aeries.Journal.Entries, e => e.Method == "POST" && e.Path.EndsWith("/Assignments", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_district_that_ticked_nothing_stops_the_sync_at_the_first_read_with_nothing_written()
    {
        await using var district = Aeries.ClientFor(Aeries.Certificates.None());

        var stopped = await Assert.ThrowsAsync<SyncStoppedException>(() => new GradebookSync(district.Client, new SeededResults()).RunAsync(SeededResults.Request()));

        Assert.Equal(new Grant("Student Data", AeriesAccess.Read), stopped.Missing);
        Assert.Empty(stopped.Written);
        Assert.EndsWith("Nothing had been written.", stopped.Message);
        Assert.Equal("none granted", Assert.Single(Aeries.Journal.Entries).Profile);
    }

    [Fact]
    public async Task A_generous_district_certificate_holds_the_spec_and_the_extra_grant()
    {
        var extra = new Grant("Fees and Fines", AeriesAccess.Read);

        var generous = Aeries.Certificates.With(extra);

        Assert.True(Aeries.Certificates.Spec.IsSubsetOf(generous.Grants));
        Assert.Equal(GrantSet.Of(extra), generous.Grants.Except(RequiredGrants.All));
        await using var district = Aeries.ClientFor(generous);
        Assert.NotEmpty(await district.Client.GetFeesAndFinesAsync(994));
    }

    [Fact]
    public async Task Reset_forgets_what_a_previous_test_wrote()
    {
        var sync = new GradebookSync(Aeries.Client, new SeededResults());
        var first = await sync.RunAsync(SeededResults.Request());

        Aeries.Reset();
        var second = await sync.RunAsync(SeededResults.Request());

        Assert.True(first.AssignmentCreated);
        Assert.True(second.AssignmentCreated);
        Assert.Equal(first.AssignmentNumber, second.AssignmentNumber);
    }
}
