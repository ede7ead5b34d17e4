using System;
using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Contract;
using IlluminatePerms.MockAeries.Data;
using IlluminatePerms.MockAeries.Http;

namespace IlluminatePerms.MockAeries.Endpoints;

/// <summary>
/// Gradebooks, assignments and scores, with the writes Illuminate makes: assignment insert and
/// update (by number or UniqueID), each answering the array of assignments it changed (the article:
/// one per linked gradebook), and the score write-back, which answers every score of the
/// assignment. A student or score read answers one object when the path names the student (the
/// article), an array of all of them otherwise. Writes are validated whole before anything
/// changes, and repeating the same write leaves the same state.
/// </summary>
internal static class GradebookEndpoints
{
    public static void Register(HandlerMap map)
    {
        var json = AeriesJson.Context;
        map.Add(AeriesOperationIds.Gradebook.GetGradebookInformation, c => Respond.With(c, OfStaff(c), json.ListGradebook));
        map.Add(AeriesOperationIds.Gradebook.GetGradebookInformationSchoolsSchoolCodeSectionsSectionNumberGradebooks, c => Respond.With(c, OfSection(c), json.ListGradebook));
        map.Add(AeriesOperationIds.Gradebook.GetGradebookInformationGradebooksGradebookNumber, c => Respond.With(c, Lookup.Gradebook(c), json.Gradebook));
        map.Add(AeriesOperationIds.Gradebook.GetAssignmentInformation, c => Respond.OneOrAll(c, "AssignmentNumber", () => Lookup.Assignment(c), () => c.Data.GradebookState.Assignments(Lookup.Gradebook(c).GradebookNumber), json.Assignment, json.ListAssignment));
        map.Add(AeriesOperationIds.Gradebook.GetAssignmentInformationAssignmentsUniqueId, c => Respond.With(c, Lookup.Assignment(c), json.Assignment));
        map.Add(AeriesOperationIds.Gradebook.UpdateUpdatingAssignmentInformation, c => Respond.With(c, UpdateAssignment(c), json.ListAssignment));
        map.Add(AeriesOperationIds.Gradebook.UpdateUpdatingAssignmentInformationAssignmentsUniqueId, c => Respond.With(c, UpdateAssignment(c), json.ListAssignment));
        map.Add(AeriesOperationIds.Gradebook.CreateInsertingANewAssignment, InsertAssignment);
        map.Add(AeriesOperationIds.Gradebook.GetFinalMarkRanges, c => Respond.With(c, SchoolRecords.FinalMarksOf(Lookup.Gradebook(c)), json.ListFinalMark));
        map.Add(AeriesOperationIds.Gradebook.GetGradebookStudentInformation, c => Respond.OneOrAll(c, "StudentID", () => Student(c), () => Students(c), json.GradebookStudent, json.ListGradebookStudent));
        map.Add(AeriesOperationIds.Gradebook.GetAssignmentScores, c => Respond.OneOrAll(c, "StudentID", () => ScoreOf(c), () => Scores(c), json.Score, json.ListScore));
        map.Add(AeriesOperationIds.Gradebook.GetAssignmentScoresAssignmentsUniqueIdScoresStudentId, c => Respond.OneOrAll(c, "StudentID", () => ScoreOf(c), () => Scores(c), json.Score, json.ListScore));
        map.Add(AeriesOperationIds.Gradebook.CreateUpdatingAssignmentScores, c => Respond.With(c, WriteScores(c), json.ListScore));
        map.Add(AeriesOperationIds.Gradebook.CreateUpdatingAssignmentScoresAssignmentsUniqueIdScores, c => Respond.With(c, WriteScores(c), json.ListScore));
    }

    private static List<Gradebook> OfStaff(ApiContext context)
    {
        var staff = Lookup.Staff(context);
        return context.Data.GradebooksByStaffIndex.TryGetValue(staff.ID, out var numbers)
            ? numbers.Select(n => context.Data.GradebookIndex[n]).ToList()
            : new List<Gradebook>();
    }

    private static List<Gradebook> OfSection(ApiContext context)
    {
        var section = Lookup.Section(context);
        return new List<Gradebook> { context.Data.GradebookIndex[context.Data.GradebookBySectionIndex[(section.SchoolCode, section.SectionNumber)]] };
    }

    /// <summary>The gradebook's students in a term, with their overall percent from the scores so far.</summary>
    private static List<GradebookStudent> Students(ApiContext context)
    {
        var gradebook = Lookup.Gradebook(context);
        var term = context.Text("GradebookTerm");
        var known = gradebook.Terms.FirstOrDefault(t => string.Equals(t.Code, term, StringComparison.OrdinalIgnoreCase))
            ?? throw ApiProblem.NotFound($"Gradebook {gradebook.GradebookNumber} has no term '{term}'.");
        return DerivedRecords.GradebookStudentsOf(context.Data, gradebook, known).ToList();
    }

    /// <summary>The student the path names, in the gradebook term; 404 when the gradebook has no such student.</summary>
    private static GradebookStudent Student(ApiContext context)
    {
        var wanted = context.Int("StudentID");
        return Students(context).FirstOrDefault(s => s.StudentID == wanted)
            ?? throw ApiProblem.NotFound($"Student {wanted} is not in gradebook {Lookup.Gradebook(context).GradebookNumber}.");
    }

    private static List<Score> Scores(ApiContext context) => DerivedRecords.ScoresOf(context.Data, Lookup.Assignment(context)).ToList();

    /// <summary>The score of the student the path names; 404 when the gradebook has no such student.</summary>
    private static Score ScoreOf(ApiContext context)
    {
        var assignment = Lookup.Assignment(context);
        var wanted = context.Int("StudentID");
        return DerivedRecords.ScoresOf(context.Data, assignment).FirstOrDefault(s => s.StudentID == wanted)
            ?? throw ApiProblem.NotFound($"Student {wanted} is not in gradebook {assignment.GradebookNumber}.");
    }

    /// <summary>Writes the scores of the body and answers every score of the assignment, as the article says.</summary>
    private static List<Score> WriteScores(ApiContext context)
    {
        var assignment = Lookup.Assignment(context);
        var updates = context.Body(AeriesJson.Context.ListScoreUpdate);
        if (updates.Count == 0)
        {
            throw ApiProblem.BadRequest("The body must list at least one score.");
        }

        var roster = new HashSet<int>(DerivedRecords.RosterOf(context.Data, assignment.GradebookNumber));
        foreach (var update in updates)
        {
            if (!roster.Contains(update.StudentID))
            {
                throw ApiProblem.BadRequest($"Student {update.StudentID} is not in gradebook {assignment.GradebookNumber}; no score was changed.");
            }

            // [assumed] No score above what is possible; a rubric assignment (nothing possible) takes the rubric's value.
            if (update.NumberCorrect < 0 || (assignment.NumberCorrectPossible > 0 && update.NumberCorrect > assignment.NumberCorrectPossible))
            {
                throw ApiProblem.BadRequest($"NumberCorrect {update.NumberCorrect} for student {update.StudentID} is outside 0 to {assignment.NumberCorrectPossible}; no score was changed.");
            }

            if (update.StandardScores is { Count: > 0 })
            {
                throw ApiProblem.BadRequest($"Assignment {assignment.AssignmentNumber} of gradebook {assignment.GradebookNumber} is not scored by standard; no score was changed.");
            }
        }

        context.Data.GradebookState.WriteScores(updates.Select(update => DerivedRecords.ScoreFromUpdate(assignment, update)));
        return DerivedRecords.ScoresOf(context.Data, assignment).ToList();
    }

    /// <summary>Inserts an assignment; answers the array of assignments the insert added (one: the mock links no gradebooks).</summary>
    private static ApiResponse InsertAssignment(ApiContext context)
    {
        var gradebook = Lookup.Gradebook(context);
        var input = context.Body(AeriesJson.Context.AssignmentInput);
        var rubric = input.RubricAssignment ?? false;
        if (string.IsNullOrWhiteSpace(input.Description) || input.DateAssigned is null || (!rubric && input.PointsPossible is null or <= 0))
        {
            throw ApiProblem.BadRequest("Description, DateAssigned and a PointsPossible above 0 are required.");
        }

        var (numberPossible, pointsPossible) = Possibles(rubric, input.NumberCorrectPossible, input.PointsPossible ?? 0m);

        var category = Category(gradebook, input.AssignmentCategoryCode ?? gradebook.AssignmentCategories[0].Code);
        var (assignment, created) = context.Data.GradebookState.WriteAssignments(gradebook.GradebookNumber, list =>
        {
            var wanted = new Assignment(
                category, 0, input.Comment ?? string.Empty, input.DateAssigned.Value, input.DateDue ?? input.DateAssigned.Value, input.Description!,
                input.ExternalID ?? string.Empty, input.FormativeSummativeIndicator ?? "F", gradebook.GradebookNumber, input.GradingCompleted ?? false,
                numberPossible, pointsPossible, rubric, true, Guid.Empty, true);

            // The same payload again returns the assignment it made the first time.
            var same = list.FirstOrDefault(a => a with { UniqueID = Guid.Empty, AssignmentNumber = 0 } == wanted);
            if (same is not null)
            {
                return (same, false);
            }

            var number = list.Count == 0 ? 1 : list.Max(a => a.AssignmentNumber) + 1;
            var made = wanted with { AssignmentNumber = number, UniqueID = DerivedRecords.StableGuid(context.Data.Seed, gradebook.GradebookNumber, number) };
            list.Add(made);
            return (made, true);
        });

        return ApiResponse.Json(new List<Assignment> { assignment }, AeriesJson.Context.ListAssignment, created ? context.SuccessStatus : context.Assumptions.RepeatedAssignmentInsertStatusCode);
    }

    /// <summary>Updates an assignment; answers the array of assignments the update changed (one: the mock links no gradebooks).</summary>
    private static List<Assignment> UpdateAssignment(ApiContext context)
    {
        var existing = Lookup.Assignment(context);
        var gradebook = context.Data.GradebookIndex[existing.GradebookNumber];
        var input = context.Body(AeriesJson.Context.AssignmentInput);
        var rubric = input.RubricAssignment ?? existing.RubricAssignment;
        var points = input.PointsPossible ?? existing.PointsPossible;
        if (!rubric && points <= 0)
        {
            throw ApiProblem.BadRequest("PointsPossible must be above 0.");
        }

        // [assumed] A NumberCorrectPossible left out of an update keeps the assignment's (the article's "omitted" reads as an insert's).
        var (numberPossible, pointsPossible) = Possibles(rubric, input.NumberCorrectPossible ?? existing.NumberCorrectPossible, points);
        var updated = existing with
        {
            Description = string.IsNullOrWhiteSpace(input.Description) ? existing.Description : input.Description,
            AssignmentCategory = input.AssignmentCategoryCode is null ? existing.AssignmentCategory : Category(gradebook, input.AssignmentCategoryCode),
            DateAssigned = input.DateAssigned ?? existing.DateAssigned,
            DateDue = input.DateDue ?? existing.DateDue,
            PointsPossible = pointsPossible,
            NumberCorrectPossible = numberPossible,
            GradingCompleted = input.GradingCompleted ?? existing.GradingCompleted,
            Comment = input.Comment ?? existing.Comment,
            FormativeSummativeIndicator = input.FormativeSummativeIndicator ?? existing.FormativeSummativeIndicator,
            RubricAssignment = rubric,
            ExternalID = input.ExternalID ?? existing.ExternalID,
        };
        return context.Data.GradebookState.WriteAssignments(gradebook.GradebookNumber, list =>
        {
            list[list.FindIndex(a => a.AssignmentNumber == existing.AssignmentNumber)] = updated;
            return new List<Assignment> { updated };
        });
    }

    /// <summary>
    /// An assignment's possible number correct and points, as the insert and update sections say: a
    /// NumberCorrectPossible of 0 takes PointsPossible, and a rubric assignment has 0 for both whatever is sent.
    /// </summary>
    private static (decimal NumberCorrectPossible, decimal PointsPossible) Possibles(bool rubric, decimal? numberCorrectPossible, decimal pointsPossible)
        => rubric ? (0m, 0m) : (numberCorrectPossible is null or 0 ? pointsPossible : numberCorrectPossible.Value, pointsPossible);

    /// <summary>The category of a one-character AssignmentCategoryCode; 400 when the gradebook has none such.</summary>
    private static AssignmentCategory Category(Gradebook gradebook, string code)
        => gradebook.AssignmentCategories.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase))
            ?? throw ApiProblem.BadRequest($"AssignmentCategoryCode '{code}' is not one of gradebook {gradebook.GradebookNumber}'s: {string.Join(", ", gradebook.AssignmentCategories.Select(c => c.Code))}.");
}
