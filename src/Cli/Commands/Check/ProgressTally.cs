using System.Collections.Generic;
using IlluminatePerms.Checking.Report;

namespace IlluminatePerms.Cli.Commands.Check;

/// <summary>The results a check has reported so far, counted in arrival order: the progress lines' numbers and the live display's final line.</summary>
internal sealed class ProgressTally
{
    private readonly Dictionary<GrantVerdict, int> inSpec = new();
    private int outside;
    private int excess;

    /// <summary>Results reported so far.</summary>
    public int Completed { get; private set; }

    /// <summary>Results the check will classify.</summary>
    public int Total { get; private set; }

    /// <summary>
    /// What the check found, in the summary's words: "Probed 52/52: 30 verified, 1 missing, 12 not
    /// verifiable, 3 inferred (undocumented), 0 blocked, 0 in error; 9 areas outside the spec, 0 readable".
    /// </summary>
    public string FinalLine
        => $"Probed {Completed}/{Total}: {Count(GrantVerdict.Verified)} verified, {Count(GrantVerdict.Missing)} missing, "
            + $"{Count(GrantVerdict.NotVerifiable)} not verifiable, {Count(GrantVerdict.Inferred)} inferred (undocumented), {Count(GrantVerdict.Blocked)} blocked, {Count(GrantVerdict.Error)} in error; "
            + (Count(GrantVerdict.NotChecked) > 0 ? $"{Count(GrantVerdict.NotChecked)} not checked (stopped first); " : string.Empty)
            + $"{outside} area(s) outside the spec, {excess} readable.";

    /// <summary>Counts the result just classified (called under the progress sink's lock).</summary>
    public void Add(GrantCheckProgress progress)
    {
        // Counted here, not taken from the report: probes finish concurrently, so reports can arrive
        // out of their Completed order, and the last to arrive need not carry the highest count.
        Completed++;
        Total = progress.Total;
        var result = progress.Latest;
        if (result.InSpec)
        {
            inSpec[result.Verdict] = Count(result.Verdict) + 1;
        }
        else
        {
            outside++;
            excess += result.Verdict is GrantVerdict.Verified or GrantVerdict.Inferred ? 1 : 0;
        }
    }

    private int Count(GrantVerdict verdict) => inSpec.GetValueOrDefault(verdict);
}
