using System.Collections.Generic;
using IlluminatePerms.Client.Models;

namespace IlluminatePerms.Client.Writes;

/// <summary>A score write-back, verified by reading the scores back.</summary>
public sealed class ScoreWriteResult
{
    internal ScoreWriteResult(IReadOnlyList<AssignmentScore> scores, int attempts)
    {
        Scores = scores;
        Attempts = attempts;
    }

    /// <summary>Every score of the assignment as read back after the write.</summary>
    public IReadOnlyList<AssignmentScore> Scores { get; }

    /// <summary>Write attempts made (more than 1 only when a read-back showed the write had not happened).</summary>
    public int Attempts { get; }
}
