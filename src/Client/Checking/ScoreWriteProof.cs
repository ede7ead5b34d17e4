namespace IlluminatePerms.Checking;

/// <summary>The score a no-op write may rewrite to prove Gradebook Scores: Update.</summary>
/// <param name="GradebookNumber">The gradebook.</param>
/// <param name="AssignmentNumber">The assignment.</param>
/// <param name="StudentID">The student whose score is written back unchanged.</param>
public sealed record ScoreWriteProof(int GradebookNumber, int AssignmentNumber, int StudentID);
