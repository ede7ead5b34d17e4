using IlluminatePerms.Checking.Report;
using IlluminatePerms.Cli.Checking;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary>The live display's final line: each count in its own place, whatever order the results arrive in.</summary>
public sealed class ProgressTallyTests
{
    [Fact]
    public void The_final_line_puts_each_verdict_count_in_its_own_place()
    {
        // Distinct counts per verdict, so a count shown in another's place cannot pass unnoticed.
        var arrivals = new[]
        {
            (GrantVerdict.Blocked, true), (GrantVerdict.Verified, true), (GrantVerdict.Error, true), (GrantVerdict.Verified, false),
            (GrantVerdict.Error, true), (GrantVerdict.Missing, true), (GrantVerdict.NotVerifiable, true), (GrantVerdict.Error, true),
            (GrantVerdict.Missing, false), (GrantVerdict.Verified, true), (GrantVerdict.Error, true), (GrantVerdict.NotVerifiable, true),
            (GrantVerdict.Verified, true), (GrantVerdict.Blocked, true), (GrantVerdict.Error, true), (GrantVerdict.Missing, false),
        };
        var tally = new ProgressTally();

        // Completed numbers arrive out of order (probes finish concurrently): the tally counts arrivals.
        for (var i = 0; i < arrivals.Length; i++)
        {
            tally.Add(new GrantCheckProgress(arrivals.Length - i, 20, Result(arrivals[i].Item1, arrivals[i].Item2)));
        }

        Assert.Equal(16, tally.Completed);
        Assert.Equal(20, tally.Total);
        Assert.Equal("Probed 16/20: 3 verified, 1 missing, 2 not verifiable, 2 blocked, 5 in error; 3 area(s) outside the spec, 1 readable.", tally.FinalLine);
    }

    private static GrantCheckResult Result(GrantVerdict verdict, bool inSpec) => new()
    {
        Area = "Student Data",
        Group = "Student",
        Access = "Read",
        InSpec = inSpec,
        Verdict = verdict,
        Reason = "test",
    };
}
