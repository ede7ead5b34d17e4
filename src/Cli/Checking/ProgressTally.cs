using System.Collections.Generic;
using IlluminatePerms.Checking.Report;

namespace IlluminatePerms.Cli.Checking;

/// <summary>The results a check has classified so far, counted for the live display's final line.</summary>
internal sealed class ProgressTally
{
    private readonly Dictionary<GrantVerdict, int> inSpec = new();
    private int outside;
    private int excess;
    private int total;

    /// <summary>Results classified so far.</summary>
    public int Completed { get; private set; }

    /// <summary>
    /// What the check found, in the summary's words: "Probed 52/52: 30 verified, 1 missing, 12 not
    /// verifiable, 0 blocked, 0 in error; 9 areas outside the spec, 0 readable".
    /// </summary>
    public string FinalLine
        => $"Probed {Completed}/{total}: {Count(GrantVerdict.Verified)} verified, {Count(GrantVerdict.Missing)} missing, "
            + $"{Count(GrantVerdict.NotVerifiable)} not verifiable, {Count(GrantVerdict.Blocked)} blocked, {Count(GrantVerdict.Error)} in error; "
            + $"{outside} area(s) outside the spec, {excess} readable.";

    /// <summary>Counts the result just classified (called under the progress sink's lock).</summary>
    public void Add(GrantCheckProgress progress)
    {
        Completed = progress.Completed;
        total = progress.Total;
        var result = progress.Latest;
        if (result.InSpec)
        {
            inSpec[result.Verdict] = Count(result.Verdict) + 1;
        }
        else
        {
            outside++;
            excess += result.Verdict == GrantVerdict.Verified ? 1 : 0;
        }
    }

    private int Count(GrantVerdict verdict) => inSpec.GetValueOrDefault(verdict);
}
