using IlluminatePerms.Cli.Reports;

namespace IlluminatePerms.AspNetCore.Checking;

/// <summary>How a check asked for on the page ended: a report, or a refusal before or during it.</summary>
/// <param name="Report">The check's report; null when the check was refused.</param>
/// <param name="Refusal">Why the check was not made (an input error, a refused address); null when it ran.</param>
internal sealed record PageCheckOutcome(CheckedReport? Report, string? Refusal)
{
    /// <summary>A check that ran.</summary>
    public static PageCheckOutcome Ran(CheckedReport report) => new(report, null);

    /// <summary>A check that was not made, and why.</summary>
    public static PageCheckOutcome Refused(string why) => new(null, why);
}
