using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Security;
using IlluminatePerms.MockAeries.Tests.Harness;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests;

/// <summary>
/// What the Student-related article (student_endpoints.html) says the student operations answer,
/// where the mock once answered otherwise: student updates answer arrays, activity and authorization
/// PUTs are upserts for a vendor that may insert, Student Data Changes lists the changed students'
/// keys, the extended record is its own record and 0 asks for every student, test scores are matched
/// on their testing administration.
/// </summary>
public sealed class StudentArticleTests : IAsyncLifetime
{
    private static readonly MockCertificate Updater = new("updater", "updater-cert", GrantSet.Parse("Student Data: Read, Update; Activities and Awards: Read, Update; Authorizations: Read, Update"), "test");
    private static readonly MockCertificate Upserter = new("upserter", "upserter-cert", GrantSet.Parse("Activities and Awards: Read, Insert, Update; Authorizations: Read, Insert, Update"), "test");
    private static readonly MockCertificate Writer = new("writer", "writer-cert", GrantSet.Parse("Test Scores: Read, Update; Authorizations: Read, Insert"), "test");

    private RunningMock mock = null!;

    private AeriesCaller Aeries => mock.Aeries;

    public async Task InitializeAsync()
        => mock = await RunningMock.StartAsync(new MockAeriesOptions { Scale = 300, Certificates = new[] { Updater, Upserter, Writer } });

    public async Task DisposeAsync() => await mock.DisposeAsync();

    [Theory]
    [InlineData("UpdateStudent/99400001", """{"HomePhone":"(888) 777-5555"}""")]
    [InlineData("UpdateStudentAddress/99400001", """{"MailingAddress":"123412 Main ST","CorrectionOrChange":"Change","EffectiveStartDate":"2017-05-02"}""")]
    public async Task A_student_update_answers_an_array_of_the_students_records(string path, string body)
    {
        var answer = await Aeries.PostAsync(path, body, "updater");

        Assert.Equal(200, answer.Status);
        Assert.Equal(JsonValueKind.Array, answer.Json.ValueKind);
        Assert.Equal(99400001, answer.Json[0].GetProperty("StudentID").GetInt32());
    }

    [Theory]
    [InlineData("""{"MailingAddress":"1 Elm St","CorrectionOrChange":"Change"}""")]
    [InlineData("""{"MailingAddress":"1 Elm St","CorrectionOrChange":"Move"}""")]
    public async Task An_address_change_needs_its_effective_date_and_a_documented_kind(string body)
    {
        var answer = await Aeries.PostAsync("UpdateStudentAddress/99400001", body, "updater");

        Assert.Equal(400, answer.Status);
        Assert.NotEqual("1 Elm St", (await Aeries.GetAsync("schools/994/students/99400001", "updater")).Json[0].GetProperty("MailingAddress").GetString());
    }

    [Theory]
    [InlineData("activities", """{"ActivityOrAwardCode":"BND","Name":"Band"}""")]
    [InlineData("authorizations", """{"TypeCode":"3","StatusCode":"1"}""")]
    public async Task A_put_of_an_unknown_number_creates_it_only_for_a_vendor_that_may_insert(string records, string body)
    {
        var path = $"schools/994/students/99400001/{records}/77";

        var withoutInsert = await Aeries.PutAsync(path, body, "updater");
        var withInsert = await Aeries.PutAsync(path, body, "upserter");
        var again = await Aeries.PutAsync(path, body, "upserter");

        Assert.Equal(404, withoutInsert.Status);
        Assert.Equal(201, withInsert.Status);
        Assert.Equal(77, withInsert.Json.GetProperty("SequenceNumber").GetInt32());
        Assert.Equal(200, again.Status);
    }

    [Fact]
    public async Task An_activity_update_sets_the_dates_it_leaves_out_to_null_and_keeps_the_rest()
    {
        var added = await Aeries.PutAsync("schools/994/students/99400001/activities/40", """{"ActivityOrAwardCode":"BND","Name":"Band","StartDate":"2026-09-01","EndDate":"2027-06-01"}""", "upserter");
        Assert.Equal(201, added.Status);

        var changed = await Aeries.PutAsync("schools/994/students/99400001/activities/40", """{"Comment":"Drums","EndDate":"2027-05-01"}""", "upserter");

        Assert.Equal(200, changed.Status);
        Assert.Equal(JsonValueKind.Null, changed.Json.GetProperty("StartDate").ValueKind);
        Assert.Equal("2027-05-01T00:00:00", changed.Json.GetProperty("EndDate").GetString());
        Assert.Equal(("Band", "Drums"), (changed.Json.GetProperty("Name").GetString(), changed.Json.GetProperty("Comment").GetString()));
    }

    [Fact]
    public async Task Student_data_changes_list_the_keys_of_the_students_changed_in_that_area()
    {
        Assert.Equal(200, (await Aeries.PostAsync("UpdateStudent/99400001", """{"HomePhone":"(888) 777-5555"}""", "updater")).Status);

        var students = await Aeries.GetAsync("StudentDataChanges/student/2026/1/3/0/0", "updater");
        var contacts = await Aeries.GetAsync("StudentDataChanges/contact/2026/1/3/0/0", "updater");
        var unknown = await Aeries.GetAsync("StudentDataChanges/students/2026/1/3/0/0", "updater");

        Assert.Equal(200, students.Status);
        var change = Assert.Single(students.Json.EnumerateArray());
        Assert.Equal((99400001, 994, 1), (change.GetProperty("StudentID").GetInt32(), change.GetProperty("SchoolCode").GetInt32(), change.GetProperty("StudentNumber").GetInt32()));
        Assert.Equal(0, contacts.Json.GetArrayLength());
        Assert.Equal(400, unknown.Status);
    }

    [Fact]
    public async Task The_extended_record_is_its_own_and_StudentID_0_asks_for_every_student_of_the_school()
    {
        var one = await Aeries.GetAsync("schools/994/students/99400001/extended", "updater");
        var all = await Aeries.GetAsync("schools/994/students/0/extended", "updater");
        var students = await Aeries.GetAsync("schools/994/students", "updater");

        var record = Assert.Single(one.Json.EnumerateArray());
        Assert.True(record.TryGetProperty("CountInCensusIndicator", out _));
        Assert.False(record.TryGetProperty("LastName", out _));
        Assert.Equal(students.Json.GetArrayLength(), all.Json.GetArrayLength());
        Assert.Equal(students.Json.EnumerateArray().Select(s => s.GetProperty("StudentID").GetInt32()), all.Json.EnumerateArray().Select(s => s.GetProperty("StudentID").GetInt32()));
    }

    [Fact]
    public async Task Test_scores_are_matched_on_their_testing_administration_and_carry_each_nonzero_score()
    {
        const string Fall = """{"StudentID":99400001,"TestID":"ELPAC","TestPart":1,"TestingAdministration":"0916","TestDate":"2016-09-17","ScaleScore":491,"Other":3}""";
        const string Spring = """{"StudentID":99400001,"TestID":"ELPAC","TestPart":1,"TestingAdministration":"SPRG17","TestDate":"2017-04-17","ScaleScore":520}""";

        var first = await Aeries.PostAsync("testing/UpdateScores", $"[{Fall},{Spring}]", "writer");
        var again = await Aeries.PostAsync("testing/UpdateScores", $"[{Fall}]", "writer");
        var tests = (await Aeries.GetAsync("students/99400001/tests", "writer")).Json.EnumerateArray().Where(t => t.GetProperty("TestID").GetString() == "ELPAC").ToList();

        Assert.Equal(2, first.Json.GetArrayLength());
        Assert.Equal(2, tests.Count);
        Assert.Equal(new[] { "0916", "SPRG17" }, tests.Select(t => t.GetProperty("TestingAdministration").GetString()));
        Assert.Equal(new[] { ("ScaleScore", 491m), ("Other", 3m) }, tests[0].GetProperty("Scores").EnumerateArray().Select(s => (s.GetProperty("Type").GetString()!, s.GetProperty("Score").GetDecimal())));
        Assert.Equal(tests[0].GetProperty("SequenceNumber").GetInt32(), again.Json[0].GetProperty("SequenceNumber").GetInt32());
    }

    [Fact]
    public async Task The_authorization_example_payload_is_accepted_and_answered_with_the_example_record_fields()
    {
        const string Example = """{"DateEntered":"2020-07-07 09:59:39.397","TypeCode":"3","MiscCode":"","StatusCode":"2","StatusDate":"2020-07-07 09:59:39.397","EffectiveEndDate":"","Comment":"New Comment","TestAdministration":"","Source":""}""";

        var added = await Aeries.PostAsync("schools/994/students/99400001/authorizations", Example, "writer");

        Assert.Equal(201, added.Status);
        Assert.Equal(("2", "New Comment"), (added.Json.GetProperty("Status").GetString(), added.Json.GetProperty("Comment").GetString()));
        Assert.Equal(JsonValueKind.Null, added.Json.GetProperty("EffectiveEndDate").ValueKind);
        Assert.Equal(994, added.Json.GetProperty("SchoolCode").GetInt32());
    }
}
