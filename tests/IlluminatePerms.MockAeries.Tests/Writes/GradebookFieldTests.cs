using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries.Tests.Harness;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests.Writes;

/// <summary>
/// Every field of a gradebook assignment insert and update, the bounds of a score, and the students
/// and terms a gradebook read names when it has no such one.
/// </summary>
public sealed class GradebookFieldTests : EverythingMockTest
{
    private const string Gradebook = "gradebooks/4366926";

    private const string EveryField = """
        {"Description":"Essay","AssignmentCategoryCode":"T","DateAssigned":"2026-10-01","DateDue":"2026-10-08","NumberCorrectPossible":23,"PointsPossible":45,
         "GradingCompleted":true,"Comment":"Due Friday","FormativeSummativeIndicator":"S","RubricAssignment":true,"ExternalID":"EXT-1"}
        """;

    // A rubric assignment has nothing possible, whatever the body sends (the article's insert section).
    private const string EveryFieldStored = """
        {"Description":"Essay","DateAssigned":"2026-10-01T00:00:00","DateDue":"2026-10-08T00:00:00","NumberCorrectPossible":0,"PointsPossible":0,
         "GradingCompleted":true,"Comment":"Due Friday","FormativeSummativeIndicator":"S","RubricAssignment":true,"ExternalID":"EXT-1"}
        """;


    [Fact]
    public async Task An_inserted_assignment_has_every_field_given_and_the_next_number()
    {
        var next = (await Aeries.GetAsync($"{Gradebook}/assignments", "demo")).Json.EnumerateArray().Max(a => a.GetProperty("AssignmentNumber").GetInt32()) + 1;

        var answer = await Aeries.PostAsync($"{Gradebook}/Assignments", EveryField, "demo");

        Assert.Equal(201, answer.Status);
        var made = Assert.Single(answer.Json.EnumerateArray());
        RecordAssert.Has(made, EveryFieldStored);
        RecordAssert.Has(made, $$"""{"AssignmentNumber":{{next}},"GradebookNumber":4366926}""");
        Assert.Equal("T", made.GetProperty("AssignmentCategory").GetProperty("Code").GetString());
    }

    [Fact]
    public async Task An_assignment_given_only_what_is_required_takes_the_documented_defaults()
    {
        var answer = await Aeries.PostAsync($"{Gradebook}/Assignments", """{"Description":"Quiz","DateAssigned":"2026-10-01","PointsPossible":10}""", "demo");

        var made = Assert.Single(answer.Json.EnumerateArray());
        RecordAssert.Has(made, """
            {"Comment":"","DateDue":"2026-10-01T00:00:00","ExternalID":"","FormativeSummativeIndicator":"F","GradingCompleted":false,"NumberCorrectPossible":10,
             "PointsPossible":10,"RubricAssignment":false}
            """);
        Assert.Equal(await FirstCategoryAsync(), made.GetProperty("AssignmentCategory").GetProperty("Code").GetString());
    }

    [Theory]
    [InlineData("""{"Description":"Quiz","DateAssigned":"2026-10-01","PointsPossible":45,"NumberCorrectPossible":0}""", 45, 45)]
    [InlineData("""{"Description":"Quiz","DateAssigned":"2026-10-01","PointsPossible":45,"NumberCorrectPossible":23}""", 23, 45)]
    [InlineData("""{"Description":"Rubric","DateAssigned":"2026-10-01","PointsPossible":45,"NumberCorrectPossible":23,"RubricAssignment":true}""", 0, 0)]
    [InlineData("""{"Description":"Rubric","DateAssigned":"2026-10-01","RubricAssignment":true}""", 0, 0)]
    public async Task A_zero_number_correct_possible_takes_the_points_possible_and_a_rubric_assignment_has_nothing_possible(string body, int numberPossible, int pointsPossible)
    {
        var made = Assert.Single((await Aeries.PostAsync($"{Gradebook}/Assignments", body, "demo")).Json.EnumerateArray());

        Assert.Equal((numberPossible, pointsPossible), (made.GetProperty("NumberCorrectPossible").GetInt32(), made.GetProperty("PointsPossible").GetInt32()));
    }

    [Fact]
    public async Task An_update_to_a_zero_number_correct_possible_takes_the_points_possible()
    {
        var updated = (await Aeries.PutAsync($"{Gradebook}/assignments/1", """{"PointsPossible":35,"NumberCorrectPossible":0}""", "demo")).Json[0];

        Assert.Equal((35, 35), (updated.GetProperty("NumberCorrectPossible").GetInt32(), updated.GetProperty("PointsPossible").GetInt32()));
    }

    [Fact]
    public async Task A_rubric_assignment_made_plain_again_needs_points_possible()
    {
        Assert.Equal(200, (await Aeries.PutAsync($"{Gradebook}/assignments/1", """{"RubricAssignment":true}""", "demo")).Status);

        var plain = await Aeries.PutAsync($"{Gradebook}/assignments/1", """{"RubricAssignment":false}""", "demo");
        var given = (await Aeries.PutAsync($"{Gradebook}/assignments/1", """{"RubricAssignment":false,"PointsPossible":20}""", "demo")).Json[0];

        Assert.Equal((400, "PointsPossible must be above 0."), (plain.Status, plain.Message));
        Assert.Equal((20, 20), (given.GetProperty("NumberCorrectPossible").GetInt32(), given.GetProperty("PointsPossible").GetInt32()));
    }

    [Fact]
    public async Task An_insert_that_differs_in_one_field_is_a_new_assignment_and_the_same_one_again_is_not()
    {
        const string Quiz = """{"Description":"Quiz","DateAssigned":"2026-10-01","PointsPossible":10}""";
        var first = (await Aeries.PostAsync($"{Gradebook}/Assignments", Quiz, "demo")).Json[0].GetProperty("AssignmentNumber").GetInt32();

        var again = await Aeries.PostAsync($"{Gradebook}/Assignments", Quiz, "demo");
        var other = await Aeries.PostAsync($"{Gradebook}/Assignments", Quiz.Replace("10}", "11}", System.StringComparison.Ordinal), "demo");

        Assert.Equal((201, first), (again.Status, again.Json[0].GetProperty("AssignmentNumber").GetInt32()));
        Assert.Equal((201, first + 1), (other.Status, other.Json[0].GetProperty("AssignmentNumber").GetInt32()));
    }

    [Fact]
    public async Task An_update_stores_every_field_in_that_assignment_alone_and_a_blank_description_changes_nothing()
    {
        var before = (await Aeries.GetAsync($"{Gradebook}/assignments/1", "demo")).Json;
        var other = (await Aeries.GetAsync($"{Gradebook}/assignments/2", "demo")).Body;

        Assert.Equal(200, (await Aeries.PutAsync($"{Gradebook}/assignments/1", """{"Description":"  "}""", "demo")).Status);
        RecordAssert.ChangedOnly(before, (await Aeries.GetAsync($"{Gradebook}/assignments/1", "demo")).Json, "{}");

        var category = (await Aeries.GetAsync(Gradebook, "demo")).Json.GetProperty("AssignmentCategories").EnumerateArray()
            .First(c => c.GetProperty("Code").GetString() != before.GetProperty("AssignmentCategory").GetProperty("Code").GetString());

        // The flags and the indicator flipped, so that every field of the body is a change.
        var graded = !before.GetProperty("GradingCompleted").GetBoolean();
        var rubric = !before.GetProperty("RubricAssignment").GetBoolean();
        var indicator = before.GetProperty("FormativeSummativeIndicator").GetString() == "S" ? "F" : "S";
        var changes = $$"""
            "Description":"Essay","DateAssigned":"2026-10-01T00:00:00","DateDue":"2026-10-08T00:00:00","NumberCorrectPossible":23,"PointsPossible":45,
            "GradingCompleted":{{(graded ? "true" : "false")}},"Comment":"Due Friday","FormativeSummativeIndicator":"{{indicator}}",
            "RubricAssignment":{{(rubric ? "true" : "false")}},"ExternalID":"EXT-1"
            """;
        var answer = await Aeries.PutAsync($"{Gradebook}/assignments/1", $"{{{changes},\"AssignmentCategoryCode\":\"{category.GetProperty("Code").GetString()}\"}}", "demo");

        // A rubric assignment has nothing possible, whatever the body sends (the article's update section).
        var stored = $"{{{(rubric ? changes.Replace("\"NumberCorrectPossible\":23,\"PointsPossible\":45", "\"NumberCorrectPossible\":0,\"PointsPossible\":0", System.StringComparison.Ordinal) : changes)},\"AssignmentCategory\":{category.GetRawText()}}}";
        RecordAssert.ChangedOnly(before, Assert.Single(answer.Json.EnumerateArray()), stored);
        RecordAssert.ChangedOnly(before, (await Aeries.GetAsync($"{Gradebook}/assignments/1", "demo")).Json, stored);
        Assert.Equal(other, (await Aeries.GetAsync($"{Gradebook}/assignments/2", "demo")).Body);
    }

    [Theory]
    [InlineData("""{"DateAssigned":"2026-10-01","PointsPossible":10}""")]
    [InlineData("""{"Description":" ","DateAssigned":"2026-10-01","PointsPossible":10}""")]
    [InlineData("""{"Description":"Quiz","PointsPossible":10}""")]
    [InlineData("""{"Description":"Quiz","DateAssigned":"2026-10-01"}""")]
    [InlineData("""{"Description":"Quiz","DateAssigned":"2026-10-01","PointsPossible":0}""")]
    public async Task An_insert_without_its_required_fields_is_refused_whole(string body)
    {
        var answer = await Aeries.PostAsync($"{Gradebook}/Assignments", body, "demo");

        Assert.Equal((400, "Description, DateAssigned and a PointsPossible above 0 are required."), (answer.Status, answer.Message));
    }

    [Fact]
    public async Task An_update_to_no_points_is_refused_whole()
    {
        var answer = await Aeries.PutAsync($"{Gradebook}/assignments/1", """{"PointsPossible":0}""", "demo");

        Assert.Equal((400, "PointsPossible must be above 0."), (answer.Status, answer.Message));
    }

    [Fact]
    public async Task A_score_may_be_from_0_to_the_number_possible_and_not_by_standard()
    {
        var assignment = (await Aeries.GetAsync($"{Gradebook}/assignments/1", "demo")).Json;
        var possible = assignment.GetProperty("NumberCorrectPossible").GetDecimal();
        var student = (await Aeries.GetAsync($"{Gradebook}/assignments/1/scores", "demo")).Json[0].GetProperty("StudentID").GetInt32();
        string Score(string fields) => $$"""[{"StudentID":{{student}},{{fields}}}]""";

        Assert.Equal(200, (await Aeries.PostAsync($"{Gradebook}/assignments/1/Scores", Score($"\"NumberCorrect\":{possible}"), "demo")).Status);
        Assert.Equal(200, (await Aeries.PostAsync($"{Gradebook}/assignments/1/Scores", Score("\"NumberCorrect\":0,\"StandardScores\":[]"), "demo")).Status);

        var over = await Aeries.PostAsync($"{Gradebook}/assignments/1/Scores", Score($"\"NumberCorrect\":{possible + 1}"), "demo");
        var under = await Aeries.PostAsync($"{Gradebook}/assignments/1/Scores", Score("\"NumberCorrect\":-1"), "demo");
        var standard = await Aeries.PostAsync($"{Gradebook}/assignments/1/Scores", Score("\"NumberCorrect\":1,\"StandardScores\":[{\"StandardID\":\"1\",\"Mark\":\"3\"}]"), "demo");

        Assert.Equal((400, $"NumberCorrect {possible + 1} for student {student} is outside 0 to {possible}; no score was changed."), (over.Status, over.Message));
        Assert.Equal((400, $"NumberCorrect -1 for student {student} is outside 0 to {possible}; no score was changed."), (under.Status, under.Message));
        Assert.Equal((400, "Assignment 1 of gradebook 4366926 is not scored by standard; no score was changed."), (standard.Status, standard.Message));
    }

    [Fact]
    public async Task A_gradebook_student_or_score_read_names_the_student_or_term_it_lacks()
    {
        var term = (await Aeries.GetAsync(Gradebook, "demo")).Json.GetProperty("Terms")[0].GetProperty("Code").GetString();
        var students = (await Aeries.GetAsync($"{Gradebook}/{term}/students", "demo")).Json.EnumerateArray().ToList();
        var second = students[1].GetProperty("StudentID").GetInt32();

        Assert.Equal(second, (await Aeries.GetAsync($"{Gradebook}/{term}/students/{second}", "demo")).Json.GetProperty("StudentID").GetInt32());
        Assert.Equal(second, (await Aeries.GetAsync($"{Gradebook}/assignments/1/scores/{second}", "demo")).Json.GetProperty("StudentID").GetInt32());

        var noTerm = await Aeries.GetAsync($"{Gradebook}/Z/students", "demo");
        var noStudent = await Aeries.GetAsync($"{Gradebook}/{term}/students/5", "demo");
        var noScore = await Aeries.GetAsync($"{Gradebook}/assignments/1/scores/5", "demo");
        Assert.Equal((404, "Gradebook 4366926 has no term 'Z'."), (noTerm.Status, noTerm.Message));
        Assert.Equal((404, "Student 5 is not in gradebook 4366926."), (noStudent.Status, noStudent.Message));
        Assert.Equal((404, "Student 5 is not in gradebook 4366926."), (noScore.Status, noScore.Message));
    }

    private async Task<string?> FirstCategoryAsync()
        => (await Aeries.GetAsync(Gradebook, "demo")).Json.GetProperty("AssignmentCategories")[0].GetProperty("Code").GetString();
}
