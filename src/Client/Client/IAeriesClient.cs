using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Client.Models;
using IlluminatePerms.Client.Writes;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Client;

/// <summary>
/// The Aeries v5 API, one method per contract operation; mock it in tests of code that calls Aeries.
/// Every method carries the <see cref="RequiresGrantAttribute"/> of its operation, so the analyzers
/// see the grant whether the code calls the interface or <see cref="AeriesClient"/>.
/// </summary>
public partial interface IAeriesClient
{
    /// <summary>
    /// Inserts an assignment unless it already exists (same <see cref="AssignmentInput.ExternalID"/>,
    /// or without one the same description and dates): a repeated or retried run never creates a
    /// duplicate. <c>POST gradebooks/{GradebookNumber}/Assignments</c> (Gradebook Data: Update),
    /// after <c>GET gradebooks/{GradebookNumber}/assignments</c> (Gradebook Data: Read).
    /// </summary>
    /// <param name="gradebookNumber">The gradebook.</param>
    /// <param name="assignment">The assignment; give it an ExternalID.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    [AeriesOperation(AeriesOperationIds.Gradebook.CreateInsertingANewAssignment)]
    [AeriesOperation(AeriesOperationIds.Gradebook.GetAssignmentInformation)]
    [RequiresGrant("Gradebook Data", AeriesAccess.Update)]
    [RequiresGrant("Gradebook Data", AeriesAccess.Read)]
    Task<AssignmentInsertResult> InsertAssignmentAsync(int gradebookNumber, AssignmentInput assignment, CancellationToken cancellationToken = default);

    /// <summary>
    /// Updates an assignment. <c>PUT gradebooks/{GradebookNumber}/assignments/{AssignmentNumber}</c> (Gradebook Data: Update).
    /// Aeries answers an array: the assignment as it now stands in every gradebook linked to this
    /// one (gradebook_endpoints.html), so the list holds one entry per linked gradebook.
    /// </summary>
    /// <param name="gradebookNumber">The gradebook.</param>
    /// <param name="assignmentNumber">The assignment.</param>
    /// <param name="assignment">The new values.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The updated assignment in each linked gradebook, as Aeries answered it.</returns>
    [AeriesOperation(AeriesOperationIds.Gradebook.UpdateUpdatingAssignmentInformation)]
    [RequiresGrant("Gradebook Data", AeriesAccess.Update)]
    Task<IReadOnlyList<Assignment>> UpdateAssignmentAsync(int gradebookNumber, int assignmentNumber, AssignmentInput assignment, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes scores back and verifies them by reading the assignment's scores back; a write lost
    /// in transit is sent again only when the read-back shows it did not happen.
    /// <c>POST gradebooks/{GradebookNumber}/assignments/{AssignmentNumber}/Scores</c> (Gradebook Scores: Update),
    /// then <c>GET .../scores</c> (Gradebook Scores: Read).
    /// </summary>
    /// <param name="gradebookNumber">The gradebook.</param>
    /// <param name="assignmentNumber">The assignment.</param>
    /// <param name="scores">One entry per student.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <exception cref="Errors.AeriesWriteNotConfirmedException">The read-back never showed the scores.</exception>
    [AeriesOperation(AeriesOperationIds.Gradebook.CreateUpdatingAssignmentScores)]
    [AeriesOperation(AeriesOperationIds.Gradebook.GetAssignmentScores)]
    [RequiresGrant("Gradebook Scores", AeriesAccess.Update)]
    [RequiresGrant("Gradebook Scores", AeriesAccess.Read)]
    Task<ScoreWriteResult> WriteScoresAsync(int gradebookNumber, int assignmentNumber, IReadOnlyList<ScoreWrite> scores, CancellationToken cancellationToken = default);
}
