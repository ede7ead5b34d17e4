using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Security;
using IlluminatePerms.MockAeries.Tests.Harness;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests;

/// <summary>The writes Illuminate makes: stateful, idempotent, validated whole; an unknown gradebook or assignment in the path is 404 like any addressed object.</summary>
public sealed class WriteTests : IAsyncLifetime
{
    private const string Scores = "gradebooks/4366926/assignments/1/Scores";

    private RunningMock mock = null!;

    private MockAeriesServer Server => mock.Server;

    private AeriesCaller Aeries => mock.Aeries;

    public async Task InitializeAsync()
    {
        var certificates = CertificateProfiles.For(MockAeriesServer.BundledSpec.Grants, 1)
            .Append(new MockCertificate("writer", "writer", MockAeriesServer.BundledSpec.Grants.Union(GrantSet.Parse("Gradebook Data: Update")), "test"))
            .ToList();
        mock = await RunningMock.StartAsync(new MockAeriesOptions { Scale = 300, Certificates = certificates });
    }

    public async Task DisposeAsync() => await mock.DisposeAsync();

    [Fact]
    public async Task A_score_write_back_is_seen_by_later_reads()
    {
        var roster = (await Aeries.GetAsync("gradebooks/4366926/assignments/1/scores")).Json;
        var student = roster[0].GetProperty("StudentID").GetInt32();

        var write = await Aeries.PostAsync(Scores, $$"""[{"StudentID": {{student}}, "NumberCorrect": 7, "DateCompleted": "2026/09/03"}]""", "full");
        Assert.Equal(200, write.Status);

        // The answer is every score of the assignment, the written one included.
        Assert.Equal(roster.GetArrayLength(), write.Json.GetArrayLength());
        Assert.Equal(7m, write.Json.EnumerateArray().Single(s => s.GetProperty("StudentID").GetInt32() == student).GetProperty("NumberCorrect").GetDecimal());

        var read = (await Aeries.GetAsync($"gradebooks/4366926/assignments/1/scores/{student}")).Json;
        Assert.Equal(7m, read.GetProperty("NumberCorrect").GetDecimal());
        Assert.Equal("2026-09-03T00:00:00", read.GetProperty("DateCompleted").GetString());
    }

    [Fact]
    public async Task A_score_written_as_missing_reads_back_missing_and_one_written_without_the_flag_does_not()
    {
        var student = (await Aeries.GetAsync("gradebooks/4366926/assignments/4/scores")).Json[0].GetProperty("StudentID").GetInt32();
        var scores = "gradebooks/4366926/assignments/4/Scores";

        Assert.Equal(200, (await Aeries.PostAsync(scores, $$"""[{"StudentID": {{student}}, "NumberCorrect": 0, "IsMissing": true}]""", "full")).Status);
        var missing = (await Aeries.GetAsync($"gradebooks/4366926/assignments/4/scores/{student}")).Json;
        Assert.Equal(200, (await Aeries.PostAsync(scores, $$"""[{"StudentID": {{student}}, "NumberCorrect": 5}]""", "full")).Status);
        var handedIn = (await Aeries.GetAsync($"gradebooks/4366926/assignments/4/scores/{student}")).Json;

        Assert.True(missing.GetProperty("IsMissing").GetBoolean());
        Assert.False(handedIn.GetProperty("IsMissing").GetBoolean());
    }

    [Fact]
    public async Task The_same_write_twice_gives_the_same_answer_and_state()
    {
        var student = (await Aeries.GetAsync("gradebooks/4366926/assignments/2/scores")).Json[1].GetProperty("StudentID").GetInt32();
        var body = $$"""[{"StudentID": {{student}}, "NumberCorrect": 3}]""";

        var first = await Aeries.PostAsync("gradebooks/4366926/assignments/2/Scores", body, "full");
        var after = (await Aeries.GetAsync("gradebooks/4366926/assignments/2/scores")).Body;
        var second = await Aeries.PostAsync("gradebooks/4366926/assignments/2/Scores", body, "full");

        Assert.Equal(first.Body, second.Body);
        Assert.Equal(after, (await Aeries.GetAsync("gradebooks/4366926/assignments/2/scores")).Body);
    }

    [Fact]
    public async Task An_unknown_student_rejects_the_whole_write_and_changes_nothing()
    {
        var before = (await Aeries.GetAsync("gradebooks/4366926/assignments/3/scores")).Body;
        var student = (await Aeries.GetAsync("gradebooks/4366926/assignments/3/scores")).Json[0].GetProperty("StudentID").GetInt32();

        var write = await Aeries.PostAsync("gradebooks/4366926/assignments/3/Scores", $$"""[{"StudentID": {{student}}, "NumberCorrect": 1}, {"StudentID": 99499999, "NumberCorrect": 2}]""", "full");

        Assert.Equal(400, write.Status);
        Assert.Equal("Student 99499999 is not in gradebook 4366926; no score was changed.", write.Message);
        Assert.Equal(before, (await Aeries.GetAsync("gradebooks/4366926/assignments/3/scores")).Body);
    }

    [Theory]
    [InlineData(Scores, "[]", "The body must list at least one score.")]
    [InlineData(Scores, """[{"StudentID": 99400001, "StandardScores": [{"AeriesStandardID": "CEL.4.RI.9", "NumberCorrect": 4}]}]""", "Assignment 1 of gradebook 4366926 is not scored by standard; no score was changed.")]
    [InlineData(Scores, "{not json", null)]
    public async Task Invalid_writes_are_400(string path, string body, string? message)
    {
        var write = await Aeries.PostAsync(path, body, "full");

        Assert.Equal(400, write.Status);
        if (message is not null)
        {
            Assert.Equal(message, write.Message);
        }
    }

    [Fact]
    public async Task Assignment_insert_is_201_idempotent_and_update_is_seen()
    {
        const string quiz = """{"Description":"Illuminate quiz","AssignmentCategoryCode":"q","DateAssigned":"2026-10-01","DateDue":"2026-10-02","PointsPossible":20}""";

        var created = await Aeries.PostAsync("gradebooks/4366926/Assignments", quiz, "writer");
        var again = await Aeries.PostAsync("gradebooks/4366926/Assignments", quiz, "writer");

        Assert.Equal(201, created.Status);
        Assert.Equal(created.Body, again.Body);
        // The answer is the array of assignments the insert added (one: no linked gradebooks).
        var made = Assert.Single(created.Json.EnumerateArray());
        var number = made.GetProperty("AssignmentNumber").GetInt32();
        Assert.Equal(7, number);
        Assert.Equal("Q", made.GetProperty("AssignmentCategory").GetProperty("Code").GetString());
        var unique = made.GetProperty("UniqueID").GetString();
        Assert.Equal(number, (await Aeries.GetAsync($"gradebooks/Assignments/{unique}")).Json.GetProperty("AssignmentNumber").GetInt32());
        Assert.Equal(7, (await Aeries.GetAsync("gradebooks/4366926/assignments")).Json.GetArrayLength());

        var updated = await Aeries.PutAsync($"gradebooks/4366926/assignments/{number}", """{"PointsPossible": 25, "GradingCompleted": true}""", "writer");
        Assert.Equal(200, updated.Status);
        var read = (await Aeries.GetAsync($"gradebooks/4366926/assignments/{number}")).Json;
        Assert.Equal(25m, read.GetProperty("PointsPossible").GetDecimal());
        Assert.Equal("Illuminate quiz", read.GetProperty("Description").GetString());
    }

    [Fact]
    public async Task Invalid_assignment_writes_are_400_and_change_nothing()
    {
        var before = (await Aeries.GetAsync("gradebooks/4366926/assignments")).Body;

        Assert.Equal("AssignmentCategoryCode 'X' is not one of gradebook 4366926's: H, Q, T.", (await Aeries.PostAsync("gradebooks/4366926/Assignments", """{"Description":"x","AssignmentCategoryCode":"X","DateAssigned":"2026-10-01","PointsPossible":5}""", "writer")).Message);
        Assert.Equal(400, (await Aeries.PostAsync("gradebooks/4366926/Assignments", """{"Description":"x"}""", "writer")).Status);
        Assert.Equal(400, (await Aeries.PutAsync("gradebooks/4366926/assignments/1", """{"PointsPossible": 0}""", "writer")).Status);
        Assert.Equal(404, (await Aeries.PutAsync("gradebooks/4366926/assignments/99", """{"PointsPossible": 5}""", "writer")).Status);
        Assert.Equal(404, (await Aeries.PostAsync("gradebooks/1/Assignments", """{"Description":"x","DateAssigned":"2026-10-01","PointsPossible":5}""", "writer")).Status);
        Assert.Equal(before, (await Aeries.GetAsync("gradebooks/4366926/assignments")).Body);
    }

    [Fact]
    public async Task Reset_forgets_every_write()
    {
        var original = (await Aeries.GetAsync("gradebooks/4366926/assignments/4/scores")).Body;
        var student = (await Aeries.GetAsync("gradebooks/4366926/assignments/4/scores")).Json[0].GetProperty("StudentID").GetInt32();
        await Aeries.PostAsync("gradebooks/4366926/assignments/4/Scores", $$"""[{"StudentID": {{student}}, "NumberCorrect": 2}]""", "full");
        Assert.NotEqual(original, (await Aeries.GetAsync("gradebooks/4366926/assignments/4/scores")).Body);

        Server.Reset();

        Assert.Equal(original, (await Aeries.GetAsync("gradebooks/4366926/assignments/4/scores")).Body);
        Assert.Single(Server.Journal.Entries);
    }
}
