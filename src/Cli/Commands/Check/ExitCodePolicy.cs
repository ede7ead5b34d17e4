using System.Linq;
using IlluminatePerms.Checking.Report;

namespace IlluminatePerms.Cli.Commands.Check;

/// <summary>The exit code of a check, most actionable first (docs/cli.md, "Exit codes").</summary>
internal static class ExitCodePolicy
{
    /// <summary>
    /// 130 when the user interrupted it (Ctrl+C: the shell's convention, whatever the partial results say);
    /// otherwise 2 when a required grant is missing (whatever else); otherwise 1 when the check did not complete
    /// or a grant is Error or Blocked; otherwise 0. An inferred grant (undocumented behaviour, not a
    /// proof) counts as not verifiable. <paramref name="strict"/>: not-verifiable, inferred and excess grants give 2.
    /// </summary>
    public static int For(GrantCheckReport report, bool strict)
    {
        if (report.Outcome == CheckOutcome.Cancelled)
        {
            return ExitCodes.Interrupted;
        }

        if (report.Results.Any(r => r.Verdict == GrantVerdict.Missing))
        {
            return ExitCodes.Missing;
        }

        if (report.Outcome != CheckOutcome.Completed || report.Results.Any(r => r.Verdict is GrantVerdict.Error or GrantVerdict.Blocked))
        {
            return ExitCodes.Error;
        }

        if (strict && (report.Excess.Count > 0 || report.Results.Any(r => r.Verdict is GrantVerdict.NotVerifiable or GrantVerdict.Inferred)))
        {
            return ExitCodes.Missing;
        }

        return ExitCodes.Success;
    }
}
