using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using IlluminatePerms.Client.Errors;
using IlluminatePerms.Client.Models;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.MockAeries;
using Xunit;

namespace IlluminatePerms.Client.Tests.Client;

public sealed class VerifiedWriteTests : IAsyncLifetime
{
    private MockSession mock = null!;
    private int gradebook;
    private Assignment assignment = null!;
    private int student;

    public async Task InitializeAsync()
    {
        mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 200 });
        var client = mock.Client("full");
        var school = (await client.GetSchoolsAsync()).First().SchoolCode;
        var teacher = (await client.GetTeachersAsync(school)).First(t => t.StaffID1 > 0);
        gradebook = (await client.GetStaffGradebooksAsync(teacher.StaffID1)).First().GradebookNumber;
        assignment = (await client.GetAssignmentsAsync(gradebook)).First();
        student = (await client.GetAssignmentScoresAsync(gradebook, assignment.AssignmentNumber)).First().StudentID;
    }

    public async Task DisposeAsync() => await mock.DisposeAsync();

    [Fact]
    public async Task A_score_write_is_read_back()
    {
        var recorder = new RecordingHandler();
        var client = mock.Client("full", handler: recorder);

        var result = await client.WriteScoresAsync(gradebook, assignment.AssignmentNumber, new[] { new ScoreWrite { StudentID = student, NumberCorrect = 7 } });

        Assert.Equal(1, result.Attempts);
        Assert.Equal(7, result.Scores.Single(s => s.StudentID == student).NumberCorrect);
        Assert.Equal(new[] { "POST", "GET" }, recorder.Requests.Select(r => r.Method));
        Assert.Equal(7, (await client.GetAssignmentScoreAsync(gradebook, assignment.AssignmentNumber, student)).NumberCorrect);
    }

    [Fact]
    public async Task A_score_write_whose_answer_was_lost_is_not_sent_again()
    {
        var recorder = new RecordingHandler();
        recorder.LoseAnswers(1, r => r.Method == HttpMethod.Post);
        var client = mock.Client("full", handler: recorder);

        var result = await client.WriteScoresAsync(gradebook, assignment.AssignmentNumber, new[] { new ScoreWrite { StudentID = student, NumberCorrect = 8 } });

        Assert.Equal(1, result.Attempts);
        Assert.Single(recorder.Requests, r => r.Method == "POST");
        Assert.Equal(8, result.Scores.Single(s => s.StudentID == student).NumberCorrect);
    }

    [Fact]
    public async Task A_score_write_that_never_arrived_is_sent_again_after_the_read_back()
    {
        var recorder = new RecordingHandler();
        recorder.LoseRequests(1, r => r.Method == HttpMethod.Post);
        var client = mock.Client("full", handler: recorder);

        var result = await client.WriteScoresAsync(gradebook, assignment.AssignmentNumber, new[] { new ScoreWrite { StudentID = student, NumberCorrect = 9 } });

        Assert.Equal(2, result.Attempts);
        Assert.Equal(new[] { "POST", "GET", "POST", "GET" }, recorder.Requests.Select(r => r.Method));
        Assert.Equal(9, result.Scores.Single(s => s.StudentID == student).NumberCorrect);
    }

    [Fact]
    public async Task A_score_write_that_never_shows_fails_after_the_attempts()
    {
        var recorder = new RecordingHandler();
        recorder.LoseRequests(100, r => r.Method == HttpMethod.Post);
        var client = mock.Client("full", o => o.MaxWriteAttempts = 3, recorder);

        var failed = await Assert.ThrowsAsync<AeriesWriteNotConfirmedException>(() => client.WriteScoresAsync(gradebook, assignment.AssignmentNumber, new[] { new ScoreWrite { StudentID = student, NumberCorrect = 3.5m } }));

        Assert.Equal(3, failed.Attempts);
        Assert.Equal(3, recorder.Requests.Count(r => r.Method == "POST"));
    }

    [Fact]
    public async Task A_repeated_assignment_insert_creates_no_duplicate()
    {
        var client = mock.Client("full");
        var input = new AssignmentInput { Description = "Unit 4 quiz", AssignmentCategoryCode = assignment.AssignmentCategory?.Code ?? assignment.AssignmentCategoryCode, DateAssigned = new DateOnly(2026, 9, 1), DateDue = new DateOnly(2026, 9, 8), PointsPossible = 20, NumberCorrectPossible = 20, ExternalID = "illuminate-4711" };

        var first = await client.InsertAssignmentAsync(gradebook, input);
        var second = await client.InsertAssignmentAsync(gradebook, input);

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Single(await client.GetAssignmentsAsync(gradebook), a => a.ExternalID == "illuminate-4711");
    }

    [Fact]
    public async Task An_assignment_insert_whose_answer_was_lost_is_found_not_repeated()
    {
        var recorder = new RecordingHandler();
        recorder.LoseAnswers(1, r => r.Method == HttpMethod.Post);
        var client = mock.Client("full", handler: recorder);
        var input = new AssignmentInput { Description = "Lab report", AssignmentCategoryCode = assignment.AssignmentCategory?.Code ?? assignment.AssignmentCategoryCode, DateAssigned = new DateOnly(2026, 10, 1), DateDue = new DateOnly(2026, 10, 9), PointsPossible = 10, NumberCorrectPossible = 10, ExternalID = "illuminate-4712" };

        var result = await client.InsertAssignmentAsync(gradebook, input);

        Assert.True(result.Created);
        Assert.Single(recorder.Requests, r => r.Method == "POST");
        Assert.Single(await client.GetAssignmentsAsync(gradebook), a => a.ExternalID == "illuminate-4712");
    }

    [Fact]
    public async Task An_assignment_update_answers_the_array_of_updated_assignments()
    {
        var client = mock.Client("full");

        var updated = await client.UpdateAssignmentAsync(gradebook, assignment.AssignmentNumber, new AssignmentInput { Description = "Renamed quiz", PointsPossible = assignment.PointsPossible, NumberCorrectPossible = assignment.NumberCorrectPossible });

        // The mock links no gradebooks, so the array holds this gradebook's assignment alone.
        var only = Assert.Single(updated);
        Assert.Equal((gradebook, assignment.AssignmentNumber, "Renamed quiz"), (only.GradebookNumber, only.AssignmentNumber, only.Description));
        Assert.Equal("Renamed quiz", (await client.GetAssignmentsAsync(gradebook)).Single(a => a.AssignmentNumber == assignment.AssignmentNumber).Description);
    }
}
