using System;
using System.Linq;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Cli.Checking;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Checking;

/// <summary>
/// An inventory's not verifiable Gradebook Scores: Update says how to prove it; no other result's
/// reason changes, nor that grant's when it was verified or is not in the spec.
/// </summary>
public sealed class ScoreWriteNoteTests
{
    private const string Original = "the checker's own reason";

    [Fact]
    public void Only_the_specs_unproven_score_write_gets_the_reason_that_says_how_to_prove_it()
    {
        var results = new[]
        {
            Result("Gradebook Scores", "Update", GrantVerdict.NotVerifiable, inSpec: true),
            Result("Gradebook Scores", "Update", GrantVerdict.Verified, inSpec: true),
            Result("Gradebook Scores", "Update", GrantVerdict.NotVerifiable, inSpec: false),
            Result("Gradebook Scores", "Insert", GrantVerdict.NotVerifiable, inSpec: true),
            Result("Gradebook Data", "Update", GrantVerdict.NotVerifiable, inSpec: true),
        };

        var reasons = ScoreWriteNote.WithUnprovenReason(Report(results), "a cell").Results.Select(r => r.Reason).ToList();

        Assert.Equal(
            ["Gradebook Scores: Update stays not verifiable unless you allow a no-op write: a cell writes that score back unchanged and reads it back.", Original, Original, Original, Original],
            reasons);
    }

    private static GrantCheckResult Result(string area, string access, GrantVerdict verdict, bool inSpec) => new()
    {
        Group = "Gradebook",
        Area = area,
        Access = access,
        InSpec = inSpec,
        Verdict = verdict,
        Reason = Original,
    };

    private static GrantCheckReport Report(GrantCheckResult[] results) => new()
    {
        BaseUrl = "https://district.example/aeries/",
        Certificate = "477a…f5e1",
        Outcome = CheckOutcome.Completed,
        Summary = "done",
        StartedAt = DateTimeOffset.UnixEpoch,
        Duration = TimeSpan.FromSeconds(1),
        Requests = 3,
        Identifiers = [],
        Results = results,
        Excess = [],
    };
}
