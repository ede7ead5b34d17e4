using System.Collections.Generic;
using IlluminatePerms.Client.Models;

namespace IlluminatePerms.Checking;

/// <summary>What the no-op score write proof compares: the score before the write and as read back after it.</summary>
internal static class ScoreReadBack
{
    /// <summary>The fields the write sends that read back differently (empty when the score is unchanged).</summary>
    public static IReadOnlyList<string> Differences(AssignmentScore before, AssignmentScore after)
    {
        var differences = new List<string>();
        if (before.NumberCorrect != after.NumberCorrect)
        {
            differences.Add(nameof(AssignmentScore.NumberCorrect));
        }

        if (!string.Equals(before.Mark, after.Mark, System.StringComparison.Ordinal))
        {
            differences.Add(nameof(AssignmentScore.Mark));
        }

        if (before.IsMissing != after.IsMissing)
        {
            differences.Add(nameof(AssignmentScore.IsMissing));
        }

        // The write sends the date only (ScoreWrite.DateFormat).
        if (before.DateCompleted?.Date != after.DateCompleted?.Date)
        {
            differences.Add(nameof(AssignmentScore.DateCompleted));
        }

        return differences;
    }
}
