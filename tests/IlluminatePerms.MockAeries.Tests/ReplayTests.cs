using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries.Replay;
using IlluminatePerms.MockAeries.Tests.Harness;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests;

/// <summary>
/// <c>--replay DIR</c> with recordings written here by hand (docs/recordings.md): what is served, to
/// whom, which recording wins, and which files stop the mock with their name. The proxy's side
/// (recording, then replaying) is tested with the CLI.
/// </summary>
public sealed class ReplayTests : IDisposable
{
    private const string RecordedStudents = "[{\"StudentID\":99400001,\"LastName\":\"Recorded\"}]";

    private readonly string directory = Directory.CreateTempSubdirectory("mock-replay-").FullName;

    [Fact]
    public async Task A_recorded_answer_is_served_as_recorded_to_a_certificate_that_may_call_it_and_to_no_other()
    {
        Write("a.json", Recording("GET", "api/v5/schools/994/students", "", 200, "\"body\":" + RecordedStudents, "application/json; charset=utf-8"));
        await using var server = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 10, ReplayDirectory = directory });
        using var aeries = new AeriesCaller(server);

        var replayed = await aeries.GetAsync("schools/994/students");
        var otherCase = await aeries.GetAsync("SCHOOLS/994/Students");
        var otherQuery = await aeries.GetAsync("schools/994/students?StartingRecord=1&EndingRecord=1");
        var refused = await aeries.GetAsync("schools/994/students", "empty");

        Assert.Equal((200, RecordedStudents, "application/json"), (replayed.Status, replayed.Body, replayed.ContentType));
        Assert.Equal(RecordedStudents, otherCase.Body);
        Assert.Equal(200, otherQuery.Status);
        Assert.NotEqual(RecordedStudents, otherQuery.Body);
        Assert.True(refused.Status is 401 or 403, refused.Status.ToString());
        Assert.DoesNotContain("Recorded", refused.Body);
    }

    [Fact]
    public async Task The_recorded_status_and_a_text_body_come_back_as_they_were()
    {
        Write("a.json", Recording("GET", "api/v5/schools/994", "", 503, "\"bodyText\":\"down for maintenance\"", "text/plain"));
        await using var server = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 10, ReplayDirectory = directory });
        using var aeries = new AeriesCaller(server);

        var replayed = await aeries.GetAsync("schools/994");

        Assert.Equal((503, "down for maintenance", "text/plain"), (replayed.Status, replayed.Body, replayed.ContentType));
    }

    [Fact]
    public void The_last_recording_in_name_order_wins_and_one_without_its_body_is_left_to_the_built_in_answer()
    {
        Write("20261204T100000Z-00001-get-x.json", Recording("GET", "api/v5/schools", "", 200, "\"bodyText\":\"older\"", null));
        Write("20261204T110000Z-00001-get-x.json", Recording("GET", "/api/v5/schools", "", 200, "\"bodyBase64\":\"" + Convert.ToBase64String(Encoding.UTF8.GetBytes("newer")) + "\"", null));
        Write("20261204T120000Z-00001-get-y.json", Recording("GET", "api/v5/schools/994", "", 200, "\"bodyOmitted\":\"larger than the proxy keeps\"", null));
        Write("20261204T130000Z-00001-get-z.json", Recording("get", "api/v5/staff", "?id=1", 204, string.Empty, null));

        var recordings = ReplayRecordings.Load(directory);

        Assert.Equal(2, recordings.Count);
        Assert.Equal(1, recordings.Skipped);
        Assert.Equal("newer", Encoding.UTF8.GetString(recordings.Find("GET", "/api/v5/schools", string.Empty)!.Body));
        Assert.Null(recordings.Find("GET", "/api/v5/schools/994", string.Empty));
        var empty = recordings.Find("GET", "/api/v5/staff", "?id=1")!;
        Assert.Equal((204, 0, null), (empty.StatusCode, empty.Body.Length, empty.ContentType));
        Assert.Null(recordings.Find("GET", "/api/v5/staff", "?id=2"));
        Assert.Null(recordings.Find("POST", "/api/v5/staff", "?id=1"));
    }

    [Fact]
    public void The_edges_of_a_recording_are_read_as_written()
    {
        const string Request = "\"request\":{\"method\":\"GET\",\"path\":\"api/v5/schools\"}";
        Write("a.json", "{\"format\":\"" + RecordedExchange.Format + "\"," + Request + ",\"answer\":{\"status\":100,\"headers\":[\"Content-Type\",[\"Content-Type\"],[\"Content-Type\",1],[\"content-type\",\"text/csv\"]],\"bodyText\":\"a\"}}");
        Write("b.json", "{\"format\":\"" + RecordedExchange.Format + "\",\"request\":{\"method\":\"GET\",\"path\":\"api/v5/staff\"},\"answer\":{\"status\":599,\"headers\":{\"Content-Type\":\"text/plain\"},\"bodyText\":\"b\"}}");

        var recordings = ReplayRecordings.Load(directory);

        var schools = recordings.Find("GET", "/api/v5/schools", string.Empty)!;
        var staff = recordings.Find("GET", "/api/v5/staff", string.Empty)!;
        Assert.Equal((100, "text/csv"), (schools.StatusCode, schools.ContentType));
        Assert.Equal((599, null), (staff.StatusCode, staff.ContentType));
    }

    [Theory]
    [InlineData("not json at all {", "not JSON")]
    [InlineData("[]", "not a recording of illuminate-perms proxy")]
    [InlineData("{\"format\":\"something-else\"}", "not a recording of illuminate-perms proxy")]
    [InlineData("{\"format\":\"illuminate-perms-recording/1\",\"request\":{\"method\":\"GET\",\"path\":\"api/v5/schools\"},\"answer\":{\"status\":99}}", "answer.status is not an HTTP status")]
    [InlineData("{\"format\":\"illuminate-perms-recording/1\",\"request\":{\"method\":\"GET\",\"path\":\"api/v5/schools\"},\"answer\":{\"status\":600}}", "answer.status is not an HTTP status")]
    [InlineData("{\"format\":\"illuminate-perms-recording/1\",\"request\":{\"method\":\"GET\",\"path\":\"api/v5/schools\"},\"answer\":{\"status\":\"200\"}}", "\"status\" is missing or not number")]
    [InlineData("{\"format\":\"illuminate-perms-recording/1\",\"answer\":{\"status\":200}}", "\"request\" is missing or not object")]
    [InlineData("{\"format\":\"illuminate-perms-recording/1\",\"request\":{\"method\":\"GET\",\"path\":\"api/v5/schools\"}}", "\"answer\" is missing or not object")]
    [InlineData("{\"format\":\"illuminate-perms-recording/1\",\"request\":{\"path\":\"api/v5/schools\"},\"answer\":{\"status\":200}}", "request.method is missing")]
    [InlineData("{\"format\":\"illuminate-perms-recording/1\",\"request\":{\"method\":\"GET\"},\"answer\":{\"status\":200}}", "request.path is missing")]
    [InlineData("{\"format\":\"illuminate-perms-recording/1\",\"request\":{\"method\":5,\"path\":\"api/v5/schools\"},\"answer\":{\"status\":200}}", "request.method is missing")]
    [InlineData("{\"format\":\"illuminate-perms-recording/1\",\"request\":{\"method\":\"GET\",\"path\":\"api/v5/schools\"},\"answer\":{\"status\":200,\"bodyBase64\":\"***\"}}", "answer.bodyBase64 is not base64")]
    public async Task A_recording_the_mock_cannot_read_stops_it_with_the_file_named(string content, string why)
    {
        var file = Write("bad.json", content);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 10, ReplayDirectory = directory }));

        Assert.Contains($"--replay: the recording {file} cannot be replayed: {why}", error.Message);
    }

    [Fact]
    public async Task A_binary_or_huge_recording_is_refused_with_the_file_named()
    {
        var binary = Path.Combine(directory, "a-binary.json");
        await File.WriteAllBytesAsync(binary, Enumerable.Range(0, 4096).Select(i => (byte)(i * 7)).ToArray());
        var binaryError = await Assert.ThrowsAsync<InvalidDataException>(() => MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 10, ReplayDirectory = directory }));
        File.Delete(binary);
        var huge = Path.Combine(directory, "b-huge.json");
        using (var stream = File.Create(huge))
        {
            // Sparse: the size is what counts, not the bytes written.
            stream.SetLength(ReplayRecordings.MaxFileBytes + 1);
        }

        var hugeError = await Assert.ThrowsAsync<InvalidDataException>(() => MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 10, ReplayDirectory = directory }));

        Assert.Contains(binary, binaryError.Message);
        Assert.Contains(huge, hugeError.Message);
        Assert.Contains("more than the", hugeError.Message);
    }

    [Fact]
    public void A_recording_of_exactly_the_largest_size_is_read()
    {
        // JSON allows white space after the value: the recording is padded to the limit.
        var recording = Encoding.UTF8.GetBytes(Recording("GET", "api/v5/schools", "", 200, "\"bodyText\":\"x\"", null));
        var padded = new byte[ReplayRecordings.MaxFileBytes];
        Array.Fill(padded, (byte)' ');
        recording.CopyTo(padded, 0);
        File.WriteAllBytes(Path.Combine(directory, "a.json"), padded);

        Assert.Equal(1, ReplayRecordings.Load(directory).Count);
    }

    [Fact]
    public void A_missing_directory_is_named()
    {
        var missing = Path.Combine(directory, "nowhere");

        var error = Assert.Throws<InvalidDataException>(() => ReplayRecordings.Load(missing));

        Assert.Equal($"--replay {missing}: no such directory.", error.Message);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static string Recording(string method, string path, string query, int status, string body, string? contentType)
    {
        var headers = contentType is null ? "[]" : $"[[\"Content-Type\",{JsonSerializer.Serialize(contentType)}]]";
        var bodyField = body.Length == 0 ? string.Empty : "," + body;
        return $"{{\"format\":\"{RecordedExchange.Format}\",\"request\":{{\"method\":\"{method}\",\"path\":\"{path}\",\"query\":\"{query}\"}},\"answer\":{{\"status\":{status},\"headers\":{headers}{bodyField}}}}}";
    }

    private string Write(string name, string content)
    {
        var file = Path.Combine(directory, name);
        File.WriteAllText(file, content);
        return file;
    }
}
