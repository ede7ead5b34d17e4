using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.Connection;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries;
using Xunit;

namespace IlluminatePerms.Client.Tests.Checking;

/// <summary>Every built-in certificate, with the mock's undocumented behaviours in each setting, gives exactly the expected verdicts.</summary>
public class GrantCheckerVerdictTests
{
    private static readonly string[] Profiles = { "demo", "full", "read-only", "partial", "excess", "empty" };

    public static TheoryData<int, bool, RowsWithoutPermission> Settings()
    {
        var data = new TheoryData<int, bool, RowsWithoutPermission>();
        foreach (var status in new[] { 401, 403 })
        {
            foreach (var before in new[] { true, false })
            {
                foreach (var programs in new[] { RowsWithoutPermission.Filter, RowsWithoutPermission.Refuse })
                {
                    data.Add(status, before, programs);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public async Task Every_certificate_gets_the_expected_verdicts(int missingStatus, bool permissionBeforeLookup, RowsWithoutPermission programs)
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions
        {
            Scale = 150,
            Assumptions = new MockAssumptions { MissingPermissionStatusCode = missingStatus, PermissionCheckedBeforeLookup = permissionBeforeLookup, RowsWithoutPermission = programs },
        });
        using var harness = new CheckerHarness();
        var wrong = new List<string>();

        foreach (var profile in Profiles)
        {
            var certificate = mock.Server.Certificate(profile).Grants;
            var report = await harness.CheckAsync(mock, profile);

            Assert.Equal(CheckOutcome.Completed, report.Outcome);
            Assert.Equal(ExpectedRows(CheckerHarness.Spec), report.Results.Select(r => (r.Area, r.Access)).ToList());
            foreach (var result in report.Results)
            {
                var expected = ExpectedVerdicts.For(AreaCatalog.Get(result.Area), Level(result.Access), certificate, programs == RowsWithoutPermission.Refuse);
                if (!expected.Contains(result.Verdict))
                {
                    wrong.Add($"{profile}: {result.Grant} is {result.Verdict} ({result.Reason}, {result.StatusCode}); expected {string.Join(" or ", expected)}.");
                }

                Assert.Equal(result.Verdict == GrantVerdict.Missing ? new AdminTick(result.Group, result.Area, result.Access) : null, result.ToTick);
                if (result.Verdict == GrantVerdict.Missing)
                {
                    Assert.Contains(result.StatusCode, new int?[] { missingStatus });
                }
            }

            var excess = report.Excess.Select(r => r.Area).ToHashSet();
            foreach (var area in AreaCatalog.All.Where(a => (CheckerHarness.Spec.AccessTo(a) & AeriesAccess.Read) == 0))
            {
                var expected = ExpectedVerdicts.For(area, AeriesAccess.Read, certificate, programs == RowsWithoutPermission.Refuse);
                if (expected.SetEquals(new[] { GrantVerdict.Verified }) && !excess.Contains(area.Name))
                {
                    wrong.Add($"{profile}: {area.Name} is readable but not reported as excess.");
                }
                else if (!expected.Contains(GrantVerdict.Verified) && !expected.Contains(GrantVerdict.Inferred) && excess.Contains(area.Name))
                {
                    wrong.Add($"{profile}: {area.Name} reported as excess.");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public async Task The_profiles_differ_where_they_should()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 150 });
        using var harness = new CheckerHarness();

        var full = await harness.CheckAsync(mock, "full");
        var partial = await harness.CheckAsync(mock, "partial");
        var empty = await harness.CheckAsync(mock, "empty");
        var excess = await harness.CheckAsync(mock, "excess");

        Assert.Empty(full.Missing);
        Assert.True(full.IsSatisfied, full.Summary);
        Assert.NotEmpty(partial.Missing);
        Assert.All(partial.Missing, m => Assert.False(mock.Server.Certificate("partial").Grants.Contains(new Grant(m.Area, AeriesAccess.Read))));
        Assert.Contains(empty.Results, r => r.Verdict == GrantVerdict.Blocked && r.Reason.Contains("Student Data: Read", StringComparison.Ordinal));
        Assert.Contains(excess.Excess, r => r.Area == "Fees and Fines");
        Assert.DoesNotContain(full.Excess, r => r.Area == "Fees and Fines");
        Assert.Contains(full.Identifiers, i => i.Name == "StudentID" && i.Source == "students.get_student_information");
        Assert.Contains(full.Identifiers, i => i.Name == "SchoolCode");
        Assert.False(string.IsNullOrEmpty(full.AeriesVersion));
        Assert.Matches("^[0-9]{4}-[0-9]{4}$", full.DatabaseYear);
    }

    [Fact]
    public async Task An_unknown_certificate_ends_the_check_with_one_clear_result()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 50 });
        using var harness = new CheckerHarness();

        var report = await harness.CheckAsync(mock, AeriesCertificate.Parse("0123456789abcdef0123456789abcdef"));

        Assert.Equal(CheckOutcome.CertificateRejected, report.Outcome);
        Assert.Empty(report.Results);
        Assert.Equal(2, report.Requests);
        Assert.Contains("0123…cdef", report.Summary, StringComparison.Ordinal);
        Assert.Equal(2, mock.Server.Journal.Entries.Count);
    }

    [Fact]
    public async Task A_wrong_base_url_is_unreachable()
    {
        using var harness = new CheckerHarness(maxReadRetries: 0);
        var request = new IlluminatePerms.Checking.GrantCheckRequest { BaseUrl = AeriesBaseUrl.Parse("http://127.0.0.1:9/"), Certificate = AeriesCertificate.Parse("0123456789abcdef0123456789abcdef"), Spec = CheckerHarness.Spec };

        var report = await harness.Checker.CheckAsync(request);

        Assert.Equal(CheckOutcome.Unreachable, report.Outcome);
        Assert.Contains("systeminfo", report.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_no_op_score_write_proves_the_write_level_only_when_asked()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 150 });
        using var harness = new CheckerHarness();
        var client = mock.Client("full");
        var (gradebook, assignment, score) = await mock.FirstScoreAsync();
        var proof = new IlluminatePerms.Checking.ScoreWriteProof(gradebook, assignment, score.StudentID);

        var without = await harness.CheckAsync(mock, "full");
        var full = await harness.CheckAsync(mock, "full", b => b.ProveScoreWrite = proof);
        var readOnly = await harness.CheckAsync(mock, "read-only", b => b.ProveScoreWrite = proof);

        Assert.Equal(GrantVerdict.NotVerifiable, ScoresUpdate(without).Verdict);
        // Without the option the score write says how to prove it; every other write level cannot be proven at all.
        Assert.Equal("A write level cannot be proven without writing; opt in to a no-op score write (ProveScoreWrite) to prove it.", ScoresUpdate(without).Reason);
        var otherWrites = without.Results.Where(r => r.Access != "Read" && r.Area != "Gradebook Scores").ToList();
        Assert.NotEmpty(otherWrites);
        Assert.All(otherWrites, r => Assert.Equal($"A write level ({r.Access}) cannot be proven without changing the district's data.", r.Reason));
        Assert.Equal(GrantVerdict.Verified, ScoresUpdate(full).Verdict);
        Assert.Equal(GrantVerdict.Missing, ScoresUpdate(readOnly).Verdict);
        Assert.Equal(new AdminTick("Gradebook", "Gradebook Scores", "Update"), ScoresUpdate(readOnly).ToTick);
        // A no-op write: the score reads back as it was, its completion date included.
        var after = await client.GetAssignmentScoreAsync(gradebook, assignment, score.StudentID);
        Assert.NotNull(score.DateCompleted);
        Assert.Equal((score.NumberCorrect, score.PointsEarned, score.DateCompleted, score.IsMissing), (after.NumberCorrect, after.PointsEarned, after.DateCompleted, after.IsMissing));
    }

    [Fact]
    public async Task A_no_op_score_write_costs_three_requests_and_gives_back_its_slot()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 150 });
        using var harness = new CheckerHarness();
        var (gradebook, assignment, score) = await mock.FirstScoreAsync();
        var proof = new IlluminatePerms.Checking.ScoreWriteProof(gradebook, assignment, score.StudentID);

        // One request at a time: a slot the write kept would leave every later probe waiting until the deadline.
        var without = await harness.CheckAsync(mock, "full", b => { b.MaxConcurrency = 1; b.Deadline = TimeSpan.FromSeconds(60); });
        var with = await harness.CheckAsync(mock, "full", b => { b.MaxConcurrency = 1; b.Deadline = TimeSpan.FromSeconds(60); b.ProveScoreWrite = proof; });

        Assert.Equal(CheckOutcome.Completed, with.Outcome);
        Assert.Equal(GrantVerdict.Verified, ScoresUpdate(with).Verdict);
        Assert.Equal("The same score was written back and read back unchanged (Aeries answered 200 to the write).", ScoresUpdate(with).Reason);
        // The score read, the write and the read that confirms it: what the report counts is what went out.
        Assert.Equal(without.Requests + 3, with.Requests);
    }

    [Fact]
    public async Task A_no_op_score_write_that_cannot_read_the_score_is_blocked_and_one_on_a_score_that_does_not_exist_is_an_error()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 150 });
        using var harness = new CheckerHarness();
        var (gradebook, assignment, _) = await mock.FirstScoreAsync();

        var empty = await harness.CheckAsync(mock, "empty", b => b.ProveScoreWrite = new IlluminatePerms.Checking.ScoreWriteProof(gradebook, assignment, 1));
        var nobody = await harness.CheckAsync(mock, "full", b => b.ProveScoreWrite = new IlluminatePerms.Checking.ScoreWriteProof(gradebook, assignment, 1));

        // Refused on the read, not the write: nothing is known of the write level.
        Assert.Equal(GrantVerdict.Blocked, ScoresUpdate(empty).Verdict);
        Assert.Equal("The no-op write needs Gradebook Scores: Read to read the score first.", ScoresUpdate(empty).Reason);
        Assert.Equal(GrantVerdict.Error, ScoresUpdate(nobody).Verdict);
        Assert.Equal("The score named for the no-op write does not exist; name a student with a score.", ScoresUpdate(nobody).Reason);
    }

    [Fact]
    public async Task A_no_op_score_write_that_aeries_fails_is_an_error_naming_the_failure()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 150 });
        var (gradebook, assignment, score) = await mock.FirstScoreAsync();
        // Only the named score's read fails: every probe answers as usual.
        var scorePath = $"gradebooks/{gradebook}/assignments/{assignment}/scores/{score.StudentID}";
        await using var failing = await MockSession.StartAsync(new MockAeriesOptions { Scale = 150, Faults = new[] { new IlluminatePerms.MockAeries.Faults.FaultRule { PathPrefix = scorePath, ErrorRate = 1, ErrorStatusCode = 500 } } });
        using var harness = new CheckerHarness(maxReadRetries: 0);

        var report = await harness.CheckAsync(failing, "full", b => b.ProveScoreWrite = new IlluminatePerms.Checking.ScoreWriteProof(gradebook, assignment, score.StudentID));

        Assert.Equal(GrantVerdict.Error, ScoresUpdate(report).Verdict);
        Assert.Equal("The no-op score write failed: status 500.", ScoresUpdate(report).Reason);
    }

    private static GrantCheckResult ScoresUpdate(GrantCheckReport report) => report.Results.Single(r => r.Area == "Gradebook Scores" && r.Access == "Update");

    private static List<(string, string)> ExpectedRows(GrantSet spec)
        => spec.SelectMany(g => AccessText.Levels.Where(l => (g.Access & l) == l).Select(l => (g.Area.Name, AccessText.Format(l)))).ToList();

    private static AeriesAccess Level(string text) => AccessText.TryParseLevel(text, out var level) ? level : throw new ArgumentException(text);
}
