using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Client;
using IlluminatePerms.Client.Errors;
using IlluminatePerms.Client.Models;

namespace IlluminateSync;

/// <summary>
/// Syncs one assessment into Aeries: reads the school's students and sections, finds the section's
/// gradebook, creates the assignment there (once, by ExternalID), writes the scores back and reads
/// them back.
/// </summary>
public sealed class GradebookSync
{
    private readonly IAeriesClient aeries;
    private readonly IAssessmentResults results;

    /// <summary>Creates the sync.</summary>
    /// <param name="aeries">The district's Aeries (register it with AddAeriesClient).</param>
    /// <param name="results">Our results.</param>
    public GradebookSync(IAeriesClient aeries, IAssessmentResults results)
    {
        this.aeries = aeries;
        this.results = results;
    }

    /// <summary>Runs the sync.</summary>
    /// <exception cref="SyncStoppedException">The certificate lacks a permission; the message says which, what to tick and what was written.</exception>
    public async Task<SyncReport> RunAsync(SyncRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var written = new List<string>();
        try
        {
            return await SyncAsync(request, written, cancellationToken).ConfigureAwait(false);
        }
        catch (AeriesPermissionException refusal)
        {
            throw new SyncStoppedException(request.SchoolCode, written, refusal);
        }
    }

    private async Task<SyncReport> SyncAsync(SyncRequest request, List<string> written, CancellationToken cancellationToken)
    {
        var school = request.SchoolCode;
        var students = new HashSet<int>();
        await foreach (var student in aeries.GetStudentsAsync(school, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            students.Add(student.StudentID);
        }

        var sections = await aeries.GetSectionsAsync(school, cancellationToken: cancellationToken).ConfigureAwait(false);
        var (section, gradebook) = await GradebookOfAsync(school, sections, request.SectionNumber, cancellationToken).ConfigureAwait(false);

        var assignment = await AssignmentAsync(gradebook, request, written, cancellationToken).ConfigureAwait(false);

        var roster = await aeries.GetSectionRosterAsync(school, section, cancellationToken).ConfigureAwait(false);
        var scores = roster
            .Select(entry => entry.StudentID)
            .Where(students.Contains)
            .Distinct()
            .Select(id => (id, correct: results.NumberCorrect(request.AssessmentId, id)))
            .Where(s => s.correct is not null)
            .Select(s => new ScoreWrite { StudentID = s.id, NumberCorrect = s.correct })
            .ToList();
        if (scores.Count > 0)
        {
            await aeries.WriteScoresAsync(gradebook, assignment.Number, scores, cancellationToken).ConfigureAwait(false);
            written.Add($"{scores.Count} scores of assignment {assignment.Number} in gradebook {gradebook}");
        }

        // Read back as a separate step: what a teacher will see in the gradebook now.
        var readBack = (await aeries.GetAssignmentScoresAsync(gradebook, assignment.Number, cancellationToken: cancellationToken).ConfigureAwait(false))
            .ToDictionary(s => s.StudentID, s => s.NumberCorrect);
        var confirmed = scores.Count(s => readBack.TryGetValue(s.StudentID, out var correct) && correct == s.NumberCorrect);

        return new SyncReport(school, students.Count, sections.Count, section, gradebook, assignment.Number, assignment.Created, scores.Count, confirmed, written);
    }

    private async Task<(int Section, int Gradebook)> GradebookOfAsync(int school, IReadOnlyList<Section> sections, int? wanted, CancellationToken cancellationToken)
    {
        var candidates = sections
            .Where(s => wanted is null || s.SectionNumber == wanted)
            .OrderBy(s => s.SectionNumber)
            .Select(s => s.SectionNumber)
            .ToList();
        foreach (var section in candidates)
        {
            var gradebooks = await aeries.GetSectionGradebooksAsync(school, section, cancellationToken).ConfigureAwait(false);
            if (gradebooks.Count > 0)
            {
                return (section, gradebooks.Min(g => g.GradebookNumber));
            }
        }

        throw new InvalidOperationException(wanted is null
            ? $"No section of school {school} has a gradebook."
            : $"Section {wanted} of school {school} does not exist or has no gradebook.");
    }

    private async Task<(int Number, bool Created)> AssignmentAsync(int gradebook, SyncRequest request, List<string> written, CancellationToken cancellationToken)
    {
        // The gradebook's categories are only listed on its assignments: use the first one's.
        var existing = await aeries.GetAssignmentsAsync(gradebook, cancellationToken: cancellationToken).ConfigureAwait(false);
        var category = existing.Select(a => a.AssignmentCategory?.Code ?? a.AssignmentCategoryCode).FirstOrDefault(c => !string.IsNullOrEmpty(c));
        var input = new AssignmentInput
        {
            Description = request.Title,
            AssignmentCategoryCode = category,
            DateAssigned = request.DateAssigned,
            DateDue = request.DateDue,
            NumberCorrectPossible = request.Questions,
            PointsPossible = request.Questions,
            ExternalID = request.AssessmentId,
        };
        var insert = await aeries.InsertAssignmentAsync(gradebook, input, cancellationToken).ConfigureAwait(false);
        var assignment = insert.Assignments.First(a => a.GradebookNumber == gradebook);
        if (insert.Created)
        {
            written.Add($"assignment {assignment.AssignmentNumber} \"{request.Title}\" (ExternalID {request.AssessmentId}) in gradebook {gradebook}");
        }

        return (assignment.AssignmentNumber, insert.Created);
    }
}
