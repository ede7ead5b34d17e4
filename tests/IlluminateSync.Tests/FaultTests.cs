using System;
using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries;
using IlluminatePerms.MockAeries.Faults;
using IlluminatePerms.MockAeries.Testing;
using IlluminatePerms.MockAeries.Xunit;
using Xunit;

namespace IlluminateSync.Tests;

/// <summary>A flaky district: one request in five answered 503 (at most twice per request), and latency.</summary>
public sealed class FlakyAeries : MockAeriesFixture
{
    public static readonly FaultRule Flaky = new() { ErrorRate = 0.2, ErrorStatusCode = 503, MaxFailuresPerRequest = 2, Latency = TimeSpan.FromMilliseconds(15) };

    protected override GrantSet Spec => RequiredGrants.All;

    protected override MockAeriesHarnessOptions Options => new() { Faults = new[] { Flaky } };
}

/// <summary>A district whose Aeries answers 403 for a missing permission (the other convention).</summary>
public sealed class ForbiddingAeries : MockAeriesFixture
{
    protected override GrantSet Spec => RequiredGrants.All;

    protected override MockAeriesHarnessOptions Options => new() { Assumptions = new MockAssumptions { MissingPermissionStatusCode = 403 } };
}

public sealed class FaultTests : MockAeriesTest<FlakyAeries>, IClassFixture<FlakyAeries>
{
    public FaultTests(FlakyAeries aeries)
        : base(aeries)
    {
    }

    [Fact]
    public async Task Under_injected_503s_and_latency_the_sync_completes_with_the_same_result_as_without()
    {
        SyncReport expected;
        await using (var calm = await MockAeriesHarness.StartAsync(RequiredGrants.All))
        {
            expected = await new GradebookSync(calm.Client, new SeededResults()).RunAsync(SeededResults.Request());
        }

        var report = await new GradebookSync(Aeries.Client, new SeededResults()).RunAsync(SeededResults.Request());

        Assert.Equal(expected with { Written = Array.Empty<string>() }, report with { Written = Array.Empty<string>() });
        Assert.Equal(expected.Written, report.Written);
        var faults = Aeries.Journal.Entries.Count(e => e.Fault == FaultKind.Error);
        Assert.True(faults > 0, "no 503 was injected: the test proves nothing");
        Assert.Single(await Aeries.Client.GetAssignmentsAsync(report.GradebookNumber), a => a.ExternalID == SeededResults.Request().AssessmentId);
    }
}

public sealed class ForbiddenTests : MockAeriesTest<ForbiddingAeries>, IClassFixture<ForbiddingAeries>
{
    public ForbiddenTests(ForbiddingAeries aeries)
        : base(aeries)
    {
    }

    [Fact]
    public async Task A_district_that_answers_403_stops_the_sync_the_same_way()
    {
        var scoresUpdate = new Grant("Gradebook Scores", AeriesAccess.Update);
        await using var district = Aeries.ClientFor(Aeries.Certificates.Without(scoresUpdate));

        var stopped = await Assert.ThrowsAsync<SyncStoppedException>(() => new GradebookSync(district.Client, new SeededResults()).RunAsync(SeededResults.Request()));

        Assert.Equal(scoresUpdate, stopped.Missing);
        Assert.Equal(403, Assert.Single(Aeries.Journal.Entries, e => e.StatusCode >= 400).StatusCode);
    }
}
