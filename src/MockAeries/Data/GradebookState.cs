using System;
using System.Collections.Generic;
using System.Linq;

namespace IlluminatePerms.MockAeries.Data;

/// <summary>
/// The writable part of the data: assignments (generated ones plus inserts and updates) and the
/// scores written back. Everything else is read-only. One lock per data set: writes are rare.
/// </summary>
internal sealed class GradebookState
{
    private readonly object gate = new();
    private readonly Func<int, IReadOnlyList<Assignment>> generatedAssignments;
    private readonly Dictionary<int, List<Assignment>> assignments = new();
    private readonly Dictionary<(int Gradebook, int Assignment, int Student), Score> scores = new();

    public GradebookState(Func<int, IReadOnlyList<Assignment>> generatedAssignments) => this.generatedAssignments = generatedAssignments;

    public IReadOnlyList<Assignment> Assignments(int gradebook)
    {
        lock (gate)
        {
            return assignments.TryGetValue(gradebook, out var list) ? list.ToArray() : generatedAssignments(gradebook);
        }
    }

    /// <summary>Runs <paramref name="write"/> on the gradebook's assignment list under the lock.</summary>
    public T WriteAssignments<T>(int gradebook, Func<List<Assignment>, T> write)
    {
        lock (gate)
        {
            if (!assignments.TryGetValue(gradebook, out var list))
            {
                list = generatedAssignments(gradebook).ToList();
                assignments.Add(gradebook, list);
            }

            return write(list);
        }
    }

    public Score? WrittenScore(int gradebook, int assignment, int student)
    {
        lock (gate)
        {
            return scores.TryGetValue((gradebook, assignment, student), out var score) ? score : null;
        }
    }

    /// <summary>Stores all <paramref name="written"/> scores at once.</summary>
    public void WriteScores(IEnumerable<Score> written)
    {
        lock (gate)
        {
            foreach (var score in written)
            {
                scores[(score.GradebookNumber, score.AssignmentNumber, score.StudentID)] = score;
            }
        }
    }

    public void Reset()
    {
        lock (gate)
        {
            assignments.Clear();
            scores.Clear();
        }
    }
}
