using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using IlluminatePerms.Client.Errors;
using IlluminatePerms.Client.Models;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.MockAeries;
using Microsoft.Extensions.Logging;
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

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, 2)]
    [InlineData(HttpStatusCode.ServiceUnavailable, 2)]
    [InlineData(HttpStatusCode.TooManyRequests, 2)]
    [InlineData(HttpStatusCode.BadRequest, 0)]
    public async Task A_score_write_failed_in_transit_is_read_back_and_sent_again_and_any_other_failure_is_thrown(HttpStatusCode failure, int attempts)
    {
        var recorder = new RecordingHandler();
        recorder.LoseRequests(1, r => r.Method == HttpMethod.Post, failure);
        var logs = new CapturingLoggerProvider();
        var client = mock.Client("full", handler: recorder, logger: logs.CreateLogger<AeriesClient>());
        var write = new[] { new ScoreWrite { StudentID = student, NumberCorrect = 6 } };

        var result = await Record.ExceptionAsync(() => client.WriteScoresAsync(gradebook, assignment.AssignmentNumber, write));

        if (attempts == 0)
        {
            // A 4xx says the write was refused as sent: sending it again would not help.
            Assert.Equal(400, Assert.IsType<AeriesApiException>(result).StatusCode);
            Assert.Equal(new[] { "POST" }, recorder.Requests.Select(r => r.Method));
            return;
        }

        Assert.Null(result);
        Assert.Equal(new[] { "POST", "GET", "POST", "GET" }, recorder.Requests.Select(r => r.Method));
        var written = logs.ClientMessages.Where(l => !l.StartsWith("Debug: ", StringComparison.Ordinal)).Select(l => l[(l.IndexOf(": ", StringComparison.Ordinal) + 2)..]).ToList();
        Assert.Equal(
            new[]
            {
                $"Aeries gradebook.create_updating_assignment_scores: {(int)failure} (AeriesApiException)",
                "Aeries gradebook.create_updating_assignment_scores: attempt 1 failed in transit (AeriesApiException); reading back before trying again",
                "Aeries gradebook.create_updating_assignment_scores: 1 of 1 score(s) not in the read-back after attempt 1",
                "Aeries gradebook.create_updating_assignment_scores: 1 score(s) written and read back (attempt 2)",
            },
            written);
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
    public async Task A_score_marked_missing_is_confirmed_by_its_read_back()
    {
        var client = mock.Client("full");

        var result = await client.WriteScoresAsync(gradebook, assignment.AssignmentNumber, new[] { new ScoreWrite { StudentID = student, IsMissing = true } });

        Assert.Equal(1, result.Attempts);
        Assert.True(result.Scores.Single(s => s.StudentID == student).IsMissing);
    }

    [Fact]
    public async Task An_assignment_insert_that_never_arrives_is_looked_up_before_each_attempt_and_fails_after_them()
    {
        var recorder = new RecordingHandler();
        recorder.LoseRequests(100, r => r.Method == HttpMethod.Post);
        var client = mock.Client("full", o => o.MaxWriteAttempts = 3, recorder);
        var input = new AssignmentInput { Description = "Never there", AssignmentCategoryCode = assignment.AssignmentCategory?.Code ?? assignment.AssignmentCategoryCode, PointsPossible = 1, NumberCorrectPossible = 1 };

        var failed = await Assert.ThrowsAsync<AeriesWriteNotConfirmedException>(() => client.InsertAssignmentAsync(gradebook, input));

        Assert.Equal(3, failed.Attempts);
        Assert.Equal(new[] { "GET", "POST", "GET", "POST", "GET", "POST" }, recorder.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task Writes_refuse_a_missing_body_by_name()
    {
        var client = mock.Client("full");

        Assert.Equal("assignment", (await Assert.ThrowsAsync<ArgumentNullException>(() => client.InsertAssignmentAsync(gradebook, null!))).ParamName);
        Assert.Equal("assignment", (await Assert.ThrowsAsync<ArgumentNullException>(() => client.UpdateAssignmentAsync(gradebook, 1, null!))).ParamName);
        Assert.Equal("scores", (await Assert.ThrowsAsync<ArgumentNullException>(() => client.WriteScoresAsync(gradebook, 1, null!))).ParamName);
    }

    [Fact]
    public async Task A_repeated_assignment_insert_creates_no_duplicate()
    {
        var logs = new CapturingLoggerProvider();
        var client = mock.Client("full", logger: logs.CreateLogger<AeriesClient>());
        var input = new AssignmentInput { Description = "Unit 4 quiz", AssignmentCategoryCode = assignment.AssignmentCategory?.Code ?? assignment.AssignmentCategoryCode, DateAssigned = new DateOnly(2026, 9, 1), DateDue = new DateOnly(2026, 9, 8), PointsPossible = 20, NumberCorrectPossible = 20, ExternalID = "illuminate-4711" };

        var first = await client.InsertAssignmentAsync(gradebook, input);
        var second = await client.InsertAssignmentAsync(gradebook, input);

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Single(await client.GetAssignmentsAsync(gradebook), a => a.ExternalID == "illuminate-4711");
        Assert.Single(logs.ClientMessages, "Information: Aeries gradebook.create_inserting_a_new_assignment: the assignment already exists (1 record(s)); nothing inserted");
    }

    [Fact]
    public async Task An_assignment_insert_whose_answer_was_lost_is_found_not_repeated()
    {
        var recorder = new RecordingHandler();
        recorder.LoseAnswers(1, r => r.Method == HttpMethod.Post);
        var logs = new CapturingLoggerProvider();
        var client = mock.Client("full", handler: recorder, logger: logs.CreateLogger<AeriesClient>());
        var input = new AssignmentInput { Description = "Lab report", AssignmentCategoryCode = assignment.AssignmentCategory?.Code ?? assignment.AssignmentCategoryCode, DateAssigned = new DateOnly(2026, 10, 1), DateDue = new DateOnly(2026, 10, 9), PointsPossible = 10, NumberCorrectPossible = 10, ExternalID = "illuminate-4712" };

        var result = await client.InsertAssignmentAsync(gradebook, input);

        Assert.True(result.Created);
        Assert.Single(recorder.Requests, r => r.Method == "POST");
        Assert.Single(await client.GetAssignmentsAsync(gradebook), a => a.ExternalID == "illuminate-4712");
        Assert.Single(logs.ClientMessages, "Warning: Aeries gradebook.create_inserting_a_new_assignment: attempt 1 failed in transit (AeriesApiException); looking it up before trying again");
    }

    /// <summary>
    /// A second insert after "Quiz A" (ExternalID q-1, assigned 1 September, due 8 September): whether it
    /// finds that one (ExternalID decides when both carry one; otherwise description and the dates given).
    /// </summary>
    [Theory]
    [InlineData("q-1", "Renamed", "2026-09-01", "2026-09-08", false)]
    [InlineData("q-2", "Quiz A", "2026-09-01", "2026-09-08", true)]
    [InlineData(null, "Quiz A", "2026-09-01", "2026-09-08", false)]
    [InlineData(null, "Quiz A", null, null, false)]
    [InlineData(null, "Quiz A", "2026-09-01", "2026-09-09", true)]
    [InlineData(null, "Quiz A", "2026-09-02", "2026-09-08", true)]
    [InlineData(null, "Quiz a", "2026-09-01", "2026-09-08", true)]
    public async Task An_assignment_insert_finds_an_existing_one_by_external_id_or_else_by_description_and_dates(string? externalId, string description, string? assigned, string? due, bool created)
    {
        var client = mock.Client("full");
        var category = assignment.AssignmentCategory?.Code ?? assignment.AssignmentCategoryCode;
        var first = new AssignmentInput { Description = "Quiz A", AssignmentCategoryCode = category, DateAssigned = new DateOnly(2026, 9, 1), DateDue = new DateOnly(2026, 9, 8), PointsPossible = 5, NumberCorrectPossible = 5, ExternalID = "q-1" };
        await client.InsertAssignmentAsync(gradebook, first);
        var before = (await client.GetAssignmentsAsync(gradebook)).Count;
        var second = new AssignmentInput
        {
            Description = description,
            AssignmentCategoryCode = category,
            DateAssigned = assigned is null ? null : DateOnly.Parse(assigned, System.Globalization.CultureInfo.InvariantCulture),
            DateDue = due is null ? null : DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
            PointsPossible = 5,
            NumberCorrectPossible = 5,
            ExternalID = externalId,
        };

        var result = await client.InsertAssignmentAsync(gradebook, second);

        Assert.Equal((created, created ? 1 : 0), (result.Created, result.Attempts));
        Assert.Equal(before + (created ? 1 : 0), (await client.GetAssignmentsAsync(gradebook)).Count);
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
