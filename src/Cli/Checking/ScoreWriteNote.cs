using System.Linq;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Cli.Checking;

/// <summary>
/// Gradebook Scores: Update, the one write level a no-op write can prove: its result in a report, and
/// the words for it when nothing allowed the write (one wording for a single district and an inventory).
/// </summary>
internal static class ScoreWriteNote
{
    /// <summary>Gradebook Scores: Update.</summary>
    public static readonly Grant Grant = new(AreaCatalog.Get("Gradebook Scores"), AeriesAccess.Update);

    /// <summary>The spec's Gradebook Scores: Update result in <paramref name="report"/>; null when the spec does not ask for it.</summary>
    public static GrantCheckResult? ResultIn(GrantCheckReport report)
        => report.Results.FirstOrDefault(IsScoreWrite);

    /// <summary>"Gradebook Scores: Update stays not verifiable unless you allow a no-op write: ..."</summary>
    /// <param name="howToAllow">What allows the write, e.g. "--prove-score-write GRADEBOOK/ASSIGNMENT/STUDENT".</param>
    public static string Unproven(string howToAllow)
        => $"{Grant} stays not verifiable unless you allow a no-op write: {howToAllow} writes that score back unchanged and reads it back.";

    /// <summary><paramref name="report"/> with its not verifiable Gradebook Scores: Update saying, in <see cref="Unproven"/>'s words, what would prove it.</summary>
    public static GrantCheckReport WithUnprovenReason(GrantCheckReport report, string howToAllow)
        => report with
        {
            Results = report.Results.Select(r => IsScoreWrite(r) && r.Verdict == GrantVerdict.NotVerifiable ? r with { Reason = Unproven(howToAllow) } : r).ToList(),
        };

    private static bool IsScoreWrite(GrantCheckResult result)
        => result.InSpec && result.Area == Grant.Area.Name && result.Access == AccessText.Format(Grant.Access);
}
