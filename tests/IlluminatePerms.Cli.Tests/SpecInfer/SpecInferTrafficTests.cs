using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using IlluminatePerms.Grants;
using IlluminatePerms.Spec;
using Xunit;
using static IlluminatePerms.Cli.Tests.SpecInfer.InferInputs;

namespace IlluminatePerms.Cli.Tests.SpecInfer;

/// <summary><c>spec infer --from-recording / --from-journal</c>: each request's operation, its grant, refused ones included.</summary>
public sealed class SpecInferTrafficTests
{
    [Fact]
    public async Task Recordings_give_the_grants_of_their_operations_with_counts_and_refusals()
    {
        using var directory = new TempDirectory();
        var recordings = Directory.CreateDirectory(directory.File("rec")).FullName;
        File.WriteAllText(Path.Combine(recordings, "20261204T143000Z-00001-get-x.json"), Recording("GET", "api/v5/schools/994/students", 200));
        File.WriteAllText(Path.Combine(recordings, "20261204T143000Z-00002-get-x.json"), Recording("GET", "api/v5/schools/994/students/99400001", 200));
        File.WriteAllText(Path.Combine(recordings, "20261204T143000Z-00003-put-x.json"), Recording("PUT", "api/v5/gradebooks/1234/assignments/5", 403));
        File.WriteAllText(Path.Combine(recordings, "20261204T143000Z-00004-get-x.json"), Recording("GET", "api/v5/systeminfo", 200));
        File.WriteAllText(Path.Combine(recordings, "20261204T143000Z-00005-get-unmatched.json"), Recording("GET", "api/v5/not/a/route", 404));
        File.WriteAllText(Path.Combine(recordings, "summary.md"), "# not a recording\n");

        var result = await CliRun.InAsync(null, directory.Path, "spec", "infer", "--from-recording", "rec", "--product", "P");

        Assert.Equal(0, result.ExitCode);
        var spec = SpecParser.Parse(result.Out);

        // The refused PUT still shows the grant was asked for.
        Assert.Equal(GrantSet.Parse("Student Data: Read; Gradebook Data: Update"), spec.Grants);
        Assert.Equal("TODO: say why the product needs it (used by traffic: GET schools/{SchoolCode}/students/{StudentID?} ×2)", spec.Rows.Single(r => r.Area.Name == "Student Data").Reason);
        Assert.Equal("TODO: say why the product needs it (used by traffic: PUT gradebooks/{GradebookNumber}/assignments/{AssignmentNumber} ×1 (1 refused))", spec.Rows.Single(r => r.Area.Name == "Gradebook Data").Reason);

        // The request of no operation is named, not dropped silently.
        Assert.Contains("1 request(s) match no operation", result.Error);
        Assert.Contains("GET api/v5/not/a/route (20261204T143000Z-00005-get-unmatched.json)", result.Error);
        Assert.Contains("5 request(s); 3 need a grant (1 refused: asked for, not held), 1 need none, 1 match no operation", result.Error);
    }

    [Fact]
    public async Task The_mocks_request_log_and_a_serialized_journal_are_both_read()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("requests.json"), RequestLog(("GET", "/api/v5/schools/994/students", 200), ("GET", "/api/v5/gradebooks/7", 401)));
        File.WriteAllText(directory.File("journal.json"), JsonSerializer.Serialize(new[] { new { Sequence = 1, Method = "GET", Path = "/api/v5/schools/994/students/grade/9", StatusCode = 200, Profile = "full", Fault = "None" } }));

        var log = await CliRun.InAsync(null, directory.Path, "spec", "infer", "--from-journal", "requests.json", "--product", "P");
        var journal = await CliRun.InAsync(null, directory.Path, "spec", "infer", "--from-journal", "journal.json", "--product", "P");

        Assert.Equal(0, log.ExitCode);
        Assert.Equal(GrantSet.Parse("Student Data: Read; Gradebook Data: Read"), SpecParser.Parse(log.Out).Grants);
        Assert.Contains("(1 refused)", log.Out);
        Assert.Equal(0, journal.ExitCode);
        Assert.Equal(GrantSet.Parse("Student Data: Read"), SpecParser.Parse(journal.Out).Grants);
        Assert.Contains("GET schools/{SchoolCode}/students/grade/{GradeLevel} ×1", journal.Out);
    }

    [Fact]
    public async Task Code_and_traffic_join_and_a_row_names_both_kinds_of_evidence()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("build.sarif"), Sarif(directory.Path, GrantUse("Sync.Roster", "Student Data: Read", "Sync.cs", 8), GrantUse("Sync.Write", "Gradebook Scores: Update", "Sync.cs", 20)));
        File.WriteAllText(directory.File("requests.json"), RequestLog(("GET", "/api/v5/schools/994/students", 200), ("GET", "/api/v5/schools/994/students", 200)));

        var result = await CliRun.InAsync(null, directory.Path, "spec", "infer", "--from-sarif", "build.sarif", "--from-journal", "requests.json", "--product", "P");

        Assert.Equal(0, result.ExitCode);
        var spec = SpecParser.Parse(result.Out);
        Assert.Equal(GrantSet.Parse("Student Data: Read; Gradebook Scores: Update"), spec.Grants);
        Assert.Equal("TODO: say why the product needs it (used by code: Sync.Roster at Sync.cs:8; traffic: GET schools/{SchoolCode}/students/{StudentID?} ×2)", spec.Rows.Single(r => r.Area.Name == "Student Data").Reason);
    }

    [Fact]
    public async Task Traffic_that_needs_no_grant_is_no_evidence_and_no_empty_spec_is_written()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("requests.json"), RequestLog(("GET", "/api/v5/systeminfo", 200), ("GET", "/nothing", 404)));

        var result = await CliRun.InAsync(null, directory.Path, "spec", "infer", "--from-journal", "requests.json", "--output", "out.csv");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no evidence of any grant", result.Error);
        Assert.Contains("GET /nothing", result.Error);
        Assert.False(File.Exists(directory.File("out.csv")));
    }

    [Theory]
    [InlineData("{\"not\":\"an array\"}", "is not a JSON array")]
    [InlineData("[{\"Request\":{\"ClientIP\":\"127.0.0.1\"}}]", "entry 1 of the request log")]
    [InlineData("[1,", "is not JSON")]
    public async Task A_request_log_that_is_not_one_is_refused(string text, string message)
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("requests.json"), text);

        var result = await CliRun.InAsync(null, directory.Path, "spec", "infer", "--from-journal", "requests.json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Error);
    }

    [Fact]
    public async Task A_recording_of_another_format_or_an_empty_directory_is_refused()
    {
        using var directory = new TempDirectory();
        var recordings = Directory.CreateDirectory(directory.File("rec")).FullName;

        var empty = await CliRun.InAsync(null, directory.Path, "spec", "infer", "--from-recording", "rec");
        File.WriteAllText(Path.Combine(recordings, "a.json"), Recording("GET", "api/v5/schools/994/students", 200).Replace("recording/1", "recording/2"));
        var other = await CliRun.InAsync(null, directory.Path, "spec", "infer", "--from-recording", "rec");

        Assert.Equal(1, empty.ExitCode);
        Assert.Contains("holds no recording", empty.Error);
        Assert.Equal(1, other.ExitCode);
        Assert.Contains("a.json cannot be read as a recording of 'illuminate-perms proxy --record': not a recording of illuminate-perms proxy", other.Error);
    }

    [Theory]
    [InlineData("{\"format\":\"illuminate-perms-recording/1\",\"request\":{\"method\":\"GET\",\"path\":\"api/v5/schools\"},\"answer\":{\"status\":99}}", "answer.status is not an HTTP status")]
    [InlineData("{\"format\":\"illuminate-perms-recording/1\",\"answer\":{\"status\":200}}", "\"request\" is missing")]
    [InlineData("{\"format\":\"illuminate-perms-recording/1\",\"request\":{\"path\":\"api/v5/schools\"},\"answer\":{\"status\":200}}", "request.method is missing")]
    public async Task A_recording_the_mock_could_not_replay_is_refused_with_the_same_reason(string content, string why)
    {
        using var directory = new TempDirectory();
        var recordings = Directory.CreateDirectory(directory.File("rec")).FullName;
        File.WriteAllText(Path.Combine(recordings, "a.json"), Recording("GET", "api/v5/schools/994/students", 200));
        File.WriteAllText(Path.Combine(recordings, "b.json"), content);

        var result = await CliRun.InAsync(null, directory.Path, "spec", "infer", "--from-recording", "rec");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("b.json cannot be read as a recording", result.Error);
        Assert.Contains(why, result.Error);
    }
}
