using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Client.Errors;
using IlluminatePerms.Client.Json;
using IlluminatePerms.Client.Models;
using IlluminatePerms.Client.Writes;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;
using Microsoft.Extensions.Logging;

namespace IlluminatePerms.Client;

// The writes the product needs. None is retried blindly: each finds out whether an attempt that
// failed in transit happened before trying again.
public sealed partial class AeriesClient
{
    private const string InsertAssignment = AeriesOperationIds.Gradebook.CreateInsertingANewAssignment;
    private const string ReadAssignments = AeriesOperationIds.Gradebook.GetAssignmentInformation;
    private const string UpdateAssignment = AeriesOperationIds.Gradebook.UpdateUpdatingAssignmentInformation;
    private const string WriteScores = AeriesOperationIds.Gradebook.CreateUpdatingAssignmentScores;
    private const string ReadScores = AeriesOperationIds.Gradebook.GetAssignmentScores;

    /// <inheritdoc />
    [AeriesOperation(InsertAssignment)]
    [AeriesOperation(ReadAssignments)]
    [RequiresGrant("Gradebook Data", AeriesAccess.Update)]
    [RequiresGrant("Gradebook Data", AeriesAccess.Read)]
    public async Task<AssignmentInsertResult> InsertAssignmentAsync(int gradebookNumber, AssignmentInput assignment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        var values = Values(("GradebookNumber", gradebookNumber));
        Exception? lastFailure = null;
        for (var attempt = 1; attempt <= options.MaxWriteAttempts; attempt++)
        {
            var existing = (await ListAsync(Operation(ReadAssignments), values, AeriesJsonContext.Default.Assignment, cancellationToken).ConfigureAwait(false))
                .Where(candidate => IsSame(candidate, assignment))
                .ToList();
            if (existing.Count > 0)
            {
                logger.LogInformation("Aeries {Operation}: the assignment already exists ({Count} record(s)); nothing inserted", InsertAssignment, existing.Count);
                return new AssignmentInsertResult(existing, created: attempt > 1, attempt - 1);
            }

            try
            {
                var created = await WriteAsync(Operation(InsertAssignment), values, assignment, AeriesJsonContext.Default.AssignmentInput, AeriesJsonContext.Default.Assignment, cancellationToken).ConfigureAwait(false);
                return new AssignmentInsertResult(created, created: true, attempt);
            }
            catch (Exception exception) when (IsTransient(exception))
            {
                // The insert may or may not have happened: the next round's look-up tells.
                lastFailure = exception;
                logger.LogWarning("Aeries {Operation}: attempt {Attempt} failed in transit ({Failure}); looking it up before trying again", InsertAssignment, attempt, exception.GetType().Name);
                await DelayBeforeAttemptAsync(attempt, cancellationToken).ConfigureAwait(false);
            }
        }

        throw new AeriesWriteNotConfirmedException(InsertAssignment, options.MaxWriteAttempts, lastFailure);
    }

    /// <inheritdoc />
    [AeriesOperation(UpdateAssignment)]
    [RequiresGrant("Gradebook Data", AeriesAccess.Update)]
    public Task<IReadOnlyList<Assignment>> UpdateAssignmentAsync(int gradebookNumber, int assignmentNumber, AssignmentInput assignment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        return WriteAsync(Operation(UpdateAssignment), Values(("GradebookNumber", gradebookNumber), ("AssignmentNumber", assignmentNumber)), assignment, AeriesJsonContext.Default.AssignmentInput, AeriesJsonContext.Default.Assignment, cancellationToken);
    }

    /// <inheritdoc />
    [AeriesOperation(WriteScores)]
    [AeriesOperation(ReadScores)]
    [RequiresGrant("Gradebook Scores", AeriesAccess.Update)]
    [RequiresGrant("Gradebook Scores", AeriesAccess.Read)]
    public async Task<ScoreWriteResult> WriteScoresAsync(int gradebookNumber, int assignmentNumber, IReadOnlyList<ScoreWrite> scores, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var values = Values(("GradebookNumber", gradebookNumber), ("AssignmentNumber", assignmentNumber));
        var body = scores.ToList();
        Exception? lastFailure = null;
        for (var attempt = 1; attempt <= options.MaxWriteAttempts; attempt++)
        {
            try
            {
                await WriteAsync(Operation(WriteScores), values, body, AeriesJsonContext.Default.ListScoreWrite, AeriesJsonContext.Default.AssignmentScore, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (IsTransient(exception))
            {
                lastFailure = exception;
                logger.LogWarning("Aeries {Operation}: attempt {Attempt} failed in transit ({Failure}); reading back before trying again", WriteScores, attempt, exception.GetType().Name);
            }

            // The read-back is the proof: the write's own answer may be lost, or stale behind a cache.
            var current = await ListAsync(Operation(ReadScores), values, AeriesJsonContext.Default.AssignmentScore, cancellationToken).ConfigureAwait(false);
            var unconfirmed = body.Count(written => !current.Any(score => Holds(score, written)));
            if (unconfirmed == 0)
            {
                logger.LogInformation("Aeries {Operation}: {Count} score(s) written and read back (attempt {Attempt})", WriteScores, body.Count, attempt);
                return new ScoreWriteResult(current, attempt);
            }

            logger.LogWarning("Aeries {Operation}: {Unconfirmed} of {Count} score(s) not in the read-back after attempt {Attempt}", WriteScores, unconfirmed, body.Count, attempt);
            if (attempt < options.MaxWriteAttempts)
            {
                await DelayBeforeAttemptAsync(attempt, cancellationToken).ConfigureAwait(false);
            }
        }

        throw new AeriesWriteNotConfirmedException(WriteScores, options.MaxWriteAttempts, lastFailure);
    }

    /// <summary>A failure after which the request may or may not have reached Aeries.</summary>
    private static bool IsTransient(Exception exception)
        => exception is AeriesConnectionException
           || (exception is AeriesApiException api && (api.StatusCode >= 500 || api.StatusCode == 429));

    /// <summary>
    /// The same assignment: same ExternalID when both carry one; otherwise (no ExternalID given, or
    /// a server that does not keep it) same description and dates.
    /// </summary>
    private static bool IsSame(Assignment candidate, AssignmentInput wanted)
        => !string.IsNullOrEmpty(wanted.ExternalID) && !string.IsNullOrEmpty(candidate.ExternalID)
            ? string.Equals(candidate.ExternalID, wanted.ExternalID, StringComparison.Ordinal)
            : string.Equals(candidate.Description, wanted.Description, StringComparison.Ordinal)
              && SameDay(candidate.DateAssigned, wanted.DateAssigned)
              && SameDay(candidate.DateDue, wanted.DateDue);

    private static bool SameDay(DateTime? held, DateOnly? wanted)
        => wanted is null || (held is not null && DateOnly.FromDateTime(held.Value) == wanted.Value);

    private static bool Holds(AssignmentScore score, ScoreWrite written)
        => score.StudentID == written.StudentID
           && (written.NumberCorrect is null || score.NumberCorrect == written.NumberCorrect)
           && (written.Mark is null || string.Equals(score.Mark, written.Mark, StringComparison.Ordinal))
           && (written.IsMissing is null || score.IsMissing == written.IsMissing);

    private Task DelayBeforeAttemptAsync(int attempt, CancellationToken cancellationToken)
    {
        // Exponential with jitter, as for reads, so repeated writers do not move in step.
        var delay = options.RetryBaseDelay * Math.Pow(2, attempt - 1) * (0.5 + Random.Shared.NextDouble());
        return Task.Delay(delay, cancellationToken);
    }
}
