using System.Collections.Generic;
using IlluminatePerms.Client.Models;

namespace IlluminatePerms.Client.Writes;

/// <summary>What an idempotent assignment insert did.</summary>
public sealed class AssignmentInsertResult
{
    internal AssignmentInsertResult(IReadOnlyList<Assignment> assignments, bool created, int attempts)
    {
        Assignments = assignments;
        Created = created;
        Attempts = attempts;
    }

    /// <summary>The assignment (one per linked gradebook), as Aeries holds it now.</summary>
    public IReadOnlyList<Assignment> Assignments { get; }

    /// <summary>False when the assignment already existed (a repeated run): nothing was inserted.</summary>
    public bool Created { get; }

    /// <summary>Insert attempts made (1 unless a transient failure hid whether the insert happened).</summary>
    public int Attempts { get; }
}
