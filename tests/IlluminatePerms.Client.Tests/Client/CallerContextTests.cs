using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Client.Models;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries;
using IlluminatePerms.MockAeries.Security;
using IlluminatePerms.Tests.Shared.Threading;
using Xunit;

namespace IlluminatePerms.Client.Tests.Client;

/// <summary>
/// The client never resumes on its caller's synchronization context, on any path from the call to
/// the network: a caller on a UI thread that blocks on a call (sync over async) does not deadlock.
/// </summary>
public sealed class CallerContextTests : IAsyncLifetime
{
    // At scale 200, teacher 994605 has certificated assignment 1 (see StaffAssignmentWriteTests).
    private const int Teacher = 994605;

    // The spec's grants and the rest of what the calls below need.
    private static readonly MockCertificate Everything = new(
        "everything",
        "c0a70000000000000000000000000001",
        MockAeriesServer.BundledSpec.Grants.Union(GrantSet.Parse("Staff Job Assignments: Read, Insert, Update, Delete; Attendance: Read")),
        "the spec and more");

    private MockSession mock = null!;
    private int gradebook;
    private int assignment;
    private int student;

    public async Task InitializeAsync()
    {
        mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 200, Certificates = new[] { Everything } });
        (gradebook, assignment, var score) = await mock.FirstScoreAsync("everything");
        student = score.StudentID;
    }

    public async Task DisposeAsync() => await mock.DisposeAsync();

    public static TheoryData<string> Calls() => new()
    {
        "one record", "a list", "pages", "a stream", "a probe", "a score write", "an assignment insert", "a staff assignment insert", "a staff assignment delete",
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task A_call_never_comes_back_to_the_callers_context(string call)
    {
        var client = mock.Client("everything");

        var returns = await CallerContext.ReturnsDuring(() => CallAsync(client, call));

        Assert.Equal(0, returns);
    }

    private Task CallAsync(AeriesClient client, string call) => call switch
    {
        "one record" => client.GetSystemInfoAsync(),
        "a list" => client.GetSchoolsAsync(),
        "pages" => DrainAsync(client.GetStudentsAsync(994)),
        "a stream" => DrainAsync(client.StreamAttendanceAsync(994)),
        "a probe" => ProbeAsync(client),
        "a score write" => client.WriteScoresAsync(gradebook, assignment, new[] { new ScoreWrite { StudentID = student, NumberCorrect = 3 } }),
        "an assignment insert" => client.InsertAssignmentAsync(gradebook, new AssignmentInput { Description = "Caller context", DateAssigned = new DateOnly(2026, 9, 1), DateDue = new DateOnly(2026, 9, 8), PointsPossible = 10 }),
        "a staff assignment insert" => client.InsertCertificatedStaffAssignmentAsync(Teacher, new StaffAssignmentInput { JobClassification = "12", SchoolCode = 994, StartDate = new DateOnly(2026, 8, 1) }),
        "a staff assignment delete" => client.DeleteStaffAssignmentsFromDateAsync(Teacher, new DateOnly(2027, 1, 1)),
        _ => throw new ArgumentOutOfRangeException(nameof(call), call, "no such call"),
    };

    private static async Task ProbeAsync(AeriesClient client)
    {
        using var records = await client.ProbeAsync(AeriesContract.Get(AeriesOperationIds.Schools.GetSchoolInformation), new Dictionary<string, string>(), CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Reads every record without itself coming back to the context (the test's own awaits must not count).</summary>
    private static async Task DrainAsync<T>(IAsyncEnumerable<T> records)
    {
        await foreach (var _ in records.ConfigureAwait(false))
        {
        }
    }
}
