using IlluminatePerms.Checking.Report;
using IlluminatePerms.Cli.Commands.Check;
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
            (GrantVerdict.Inferred, true), (GrantVerdict.Inferred, false), (GrantVerdict.Inferred, true), (GrantVerdict.Inferred, true), (GrantVerdict.Inferred, true),
        };
        var tally = new ProgressTally();

        // Completed numbers arrive out of order (probes finish concurrently): the tally counts arrivals.
        for (var i = 0; i < arrivals.Length; i++)
        {
            tally.Add(new GrantCheckProgress(arrivals.Length - i, 25, Result(arrivals[i].Item1, arrivals[i].Item2)));
        }

        Assert.Equal(21, tally.Completed);
        Assert.Equal(25, tally.Total);
        // An inferred area outside the spec is readable (its rows were answered), like a verified one.
        Assert.Equal("Probed 21/25: 3 verified, 1 missing, 2 not verifiable, 4 inferred (undocumented), 2 blocked, 5 in error; 4 area(s) outside the spec, 2 readable.", tally.FinalLine);
    }

    [Fact]
    public void Results_a_stopped_check_never_reached_are_counted_as_not_checked_and_only_then()
    {
        var tally = new ProgressTally();
        tally.Add(new GrantCheckProgress(1, 3, Result(GrantVerdict.Verified, true)));
        var beforeAnyNotChecked = tally.FinalLine;

        tally.Add(new GrantCheckProgress(2, 3, Result(GrantVerdict.NotChecked, true)));
        tally.Add(new GrantCheckProgress(3, 3, Result(GrantVerdict.NotChecked, true)));

        Assert.DoesNotContain("not checked", beforeAnyNotChecked, System.StringComparison.Ordinal);
        Assert.Equal("Probed 3/3: 1 verified, 0 missing, 0 not verifiable, 0 inferred (undocumented), 0 blocked, 0 in error; 2 not checked (stopped first); 0 area(s) outside the spec, 0 readable.", tally.FinalLine);
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
