using System;
using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Data;
using IlluminatePerms.MockAeries.Http;
using IlluminatePerms.MockAeries.Routing;

namespace IlluminatePerms.MockAeries.Endpoints;

/// <summary>
/// Gradebooks, categories, assignments and scores, with the writes Illuminate makes: the score
/// write-back, and assignment insert and update. Writes are validated whole before anything
/// changes, and repeating the same write leaves the same state.
/// </summary>
internal static class GradebookEndpoints
{
    private const string Scores = "Gradebook Scores";
    private const string Assignments = "Gradebook Assignment";

    public static IEnumerable<Endpoint> All()
    {
        var json = AeriesJson.Context;
        yield return new Endpoint("GET", "staff/{StaffID}/gradebooks", Allow.Read("Gradebook Data"), c => ApiResponse.Json(OfStaff(c), json.ListGradebook));
        yield return new Endpoint("GET", "schools/{SchoolCode}/sections/{SectionNumber}/gradebooks", Allow.Read("Gradebook Data"), c => ApiResponse.Json(OfSection(c), json.ListGradebook));
        yield return new Endpoint("GET", "gradebooks/{GradebookNumber}", Allow.Read("Gradebook Data", "Gradebook Category"), c => ApiResponse.Json(Visible(c, Lookup.Gradebook(c)), json.Gradebook));
        yield return new Endpoint("GET", "gradebooks/{GradebookNumber}/assignments", Allow.Read(Assignments), c => ApiResponse.Json(c.Data.GradebookState.Assignments(Lookup.Gradebook(c).GradebookNumber).ToList(), json.ListAssignment));
        yield return new Endpoint("GET", "gradebooks/{GradebookNumber}/assignments/{AssignmentNumber}", Allow.Read(Assignments), c => ApiResponse.Json(Assignment(c, notFound: 404), json.Assignment));
        yield return new Endpoint("GET", "gradebooks/{GradebookNumber}/assignments/{AssignmentNumber}/scores", Allow.Read(Scores), c => ApiResponse.Json(DerivedRecords.ScoresOf(c.Data, c.Int("GradebookNumber"), Assignment(c, notFound: 404)).ToList(), json.ListScore));
        yield return new Endpoint("GET", "gradebooks/{GradebookNumber}/assignments/{AssignmentNumber}/scores/{StudentID}", Allow.Read(Scores), c => ApiResponse.Json(ScoreOf(c), json.ListScore));
        yield return new Endpoint("POST", "gradebooks/{GradebookNumber}/assignments/{AssignmentNumber}/Scores", Allow.To(Scores, AeriesAccess.Update), c => ApiResponse.Json(WriteScores(c), json.ListScore));
        yield return new Endpoint("POST", "gradebooks/{GradebookNumber}/Assignments", Allow.To(Assignments, AeriesAccess.Insert), InsertAssignment);
        yield return new Endpoint("PUT", "gradebooks/{GradebookNumber}/assignments/{AssignmentNumber}", Allow.To(Assignments, AeriesAccess.Update), c => ApiResponse.Json(UpdateAssignment(c), json.Assignment));
    }

    private static List<Gradebook> OfStaff(ApiContext context)
    {
        var staff = Lookup.Staff(context);
        return context.Data.GradebooksByStaff.TryGetValue(staff.ID, out var numbers)
            ? numbers.Select(n => Visible(context, context.Data.GradebooksByNumber[n])).ToList()
            : new List<Gradebook>();
    }

    private static List<Gradebook> OfSection(ApiContext context)
    {
        var section = Lookup.Section(context);
        return new List<Gradebook> { Visible(context, context.Data.GradebooksByNumber[context.Data.GradebookBySection[(section.SchoolCode, section.SectionNumber)]]) };
    }

    /// <summary>The gradebook with its categories only for certificates that have Gradebook Category.</summary>
    private static Gradebook Visible(ApiContext context, Gradebook gradebook)
        => !context.Assumptions.CategoriesNeedGradebookCategoryGrant || context.Has("Gradebook Category", AeriesAccess.Read)
            ? gradebook
            : gradebook with { AssignmentCategories = Array.Empty<AssignmentCategory>() };

    private static Assignment Assignment(ApiContext context, int notFound)
    {
        var gradebook = WriteTarget(context, notFound);
        var number = context.Int("AssignmentNumber");
        return context.Data.GradebookState.Assignments(gradebook.GradebookNumber).FirstOrDefault(a => a.AssignmentNumber == number)
            ?? throw new ApiProblem(notFound, $"Assignment {number} does not exist in gradebook {gradebook.GradebookNumber}.");
    }

    /// <summary>The gradebook of the path; writes answer 400 for an unknown one (nothing to change), reads 404.</summary>
    private static Gradebook WriteTarget(ApiContext context, int notFound)
    {
        var number = context.Int("GradebookNumber");
        return context.Data.GradebooksByNumber.TryGetValue(number, out var gradebook)
            ? gradebook
            : throw new ApiProblem(notFound, $"Gradebook {number} does not exist.");
    }

    private static List<Score> ScoreOf(ApiContext context)
    {
        var assignment = Assignment(context, notFound: 404);
        var student = context.Int("StudentID");
        var score = DerivedRecords.ScoresOf(context.Data, assignment.GradebookNumber, assignment).FirstOrDefault(s => s.StudentID == student);
        return score is null ? throw ApiProblem.NotFound($"Student {student} is not in gradebook {assignment.GradebookNumber}.") : new List<Score> { score };
    }

    private static List<Score> WriteScores(ApiContext context)
    {
        var assignment = Assignment(context, notFound: 400);
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

            if (update.NumberCorrect < 0 || update.NumberCorrect > assignment.NumberCorrectPossible)
            {
                throw ApiProblem.BadRequest($"NumberCorrect {update.NumberCorrect} for student {update.StudentID} is outside 0 to {assignment.NumberCorrectPossible}; no score was changed.");
            }
        }

        var scores = updates.Select(update => DerivedRecords.ScoreFromUpdate(assignment, update)).ToList();
        context.Data.GradebookState.WriteScores(scores);
        return scores;
    }

    private static ApiResponse InsertAssignment(ApiContext context)
    {
        var gradebook = WriteTarget(context, notFound: 400);
        var input = context.Body(AeriesJson.Context.AssignmentInput);
        if (string.IsNullOrWhiteSpace(input.Description) || input.DateAssigned is null || input.PointsPossible is null or <= 0)
        {
            throw ApiProblem.BadRequest("Description, DateAssigned and a PointsPossible above 0 are required.");
        }

        var category = CheckCategory(gradebook, input.AssignmentCategory ?? gradebook.AssignmentCategories[0].Code);
        var (assignment, created) = context.Data.GradebookState.WriteAssignments(gradebook.GradebookNumber, list =>
        {
            var wanted = new Assignment(
                Guid.Empty, gradebook.GradebookNumber, 0, input.Description!, category, input.DateAssigned.Value,
                input.DateDue ?? input.DateAssigned.Value, input.PointsPossible.Value, input.NumberCorrectPossible ?? input.PointsPossible.Value,
                input.GradingCompleted ?? false);

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

        return ApiResponse.Json(assignment, AeriesJson.Context.Assignment, created ? 201 : context.Assumptions.RepeatedAssignmentInsertStatusCode);
    }

    private static Assignment UpdateAssignment(ApiContext context)
    {
        var existing = Assignment(context, notFound: 400);
        var gradebook = context.Data.GradebooksByNumber[existing.GradebookNumber];
        var input = context.Body(AeriesJson.Context.AssignmentInput);
        if (input.PointsPossible is <= 0)
        {
            throw ApiProblem.BadRequest("PointsPossible must be above 0.");
        }

        var updated = existing with
        {
            Description = string.IsNullOrWhiteSpace(input.Description) ? existing.Description : input.Description,
            AssignmentCategory = input.AssignmentCategory is null ? existing.AssignmentCategory : CheckCategory(gradebook, input.AssignmentCategory),
            DateAssigned = input.DateAssigned ?? existing.DateAssigned,
            DateDue = input.DateDue ?? existing.DateDue,
            PointsPossible = input.PointsPossible ?? existing.PointsPossible,
            NumberCorrectPossible = input.NumberCorrectPossible ?? existing.NumberCorrectPossible,
            GradingCompleted = input.GradingCompleted ?? existing.GradingCompleted,
        };
        return context.Data.GradebookState.WriteAssignments(gradebook.GradebookNumber, list =>
        {
            list[list.FindIndex(a => a.AssignmentNumber == existing.AssignmentNumber)] = updated;
            return updated;
        });
    }

    private static string CheckCategory(Gradebook gradebook, string category)
        => gradebook.AssignmentCategories.Any(c => string.Equals(c.Code, category, StringComparison.OrdinalIgnoreCase))
            ? category.ToUpperInvariant()
            : throw ApiProblem.BadRequest($"Category '{category}' is not one of gradebook {gradebook.GradebookNumber}'s: {string.Join(", ", gradebook.AssignmentCategories.Select(c => c.Code))}.");
}
