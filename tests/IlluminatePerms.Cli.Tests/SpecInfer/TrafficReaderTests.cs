using IlluminatePerms.Cli.Commands.Spec;
using Xunit;

namespace IlluminatePerms.Cli.Tests.SpecInfer;

/// <summary>
/// The two readers of traffic for <c>spec infer</c>, read directly: the mock's request log in both
/// shapes (WireMock's log entries, the harness's journal) and a directory of proxy recordings.
/// </summary>
public sealed class TrafficReaderTests
{
    [Fact]
    public void A_log_entry_gives_its_request_and_the_status_of_its_nested_response()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("log.json", """
            [
              {"Request": {"Method": "GET", "Path": "/api/v5/schools", "AbsolutePath": "/other"}, "Response": {"StatusCode": 403}, "StatusCode": 200},
              {"request": {"method": "PUT", "absolutePath": "/api/v5/x"}, "response": {"statusCode": "0"}}
            ]
            """);

        Assert.Equal(
            new TrafficRequest[] { new("GET", "/api/v5/schools", 403, "log.json #1"), new("PUT", "/api/v5/x", null, "log.json #2") },
            RequestLogReader.Read(path));
    }

    [Fact]
    public void A_journal_entry_is_flat_and_its_status_is_its_own()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("journal.json", """
            [
              {"Method": "GET", "Path": "/api/v5/schools", "StatusCode": 401, "Response": {"StatusCode": 200}},
              {"Method": "GET", "Path": "/api/v5/schools"}
            ]
            """);

        var requests = RequestLogReader.Read(path);

        Assert.Equal(new TrafficRequest[] { new("GET", "/api/v5/schools", 401, "journal.json #1"), new("GET", "/api/v5/schools", null, "journal.json #2") }, requests);
        Assert.True(requests[0].Refused);
    }

    [Theory]
    [InlineData("""[{"Method": "GET", "Path": "/a"}, {"Method": "GET"}]""", 2)]
    [InlineData("""[{"Path": "/a"}]""", 1)]
    [InlineData("""[{"Request": {"Method": "GET", "Path": 7}}]""", 1)]
    [InlineData("""[7]""", 1)]
    public void An_entry_without_a_method_and_a_path_stops_the_reading_with_its_number(string json, int number)
    {
        using var directory = new TempDirectory();
        var path = directory.Write("log.json", json);

        var refusal = Assert.Throws<CliException>(() => RequestLogReader.Read(path));

        Assert.Equal($"entry {number} of the request log {path} names no request method and path (neither WireMock's LogEntryModel nor a journal entry).", refusal.Message);
    }

    [Fact]
    public void A_log_that_is_not_an_array_is_refused()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("log.json", """{"Method": "GET", "Path": "/a"}""");

        var refusal = Assert.Throws<CliException>(() => RequestLogReader.Read(path));

        Assert.Equal($"the request log {path} is not a JSON array of requests: give the answer of the mock's GET /__admin/requests.", refusal.Message);
    }

    [Fact]
    public void Recordings_are_read_in_ordinal_file_name_order_and_other_files_are_left_alone()
    {
        using var directory = new TempDirectory();
        directory.Write("b.json", InferInputs.Recording("GET", "/api/v5/b", 200));
        directory.Write("a.json", InferInputs.Recording("GET", "/api/v5/a", 403));
        directory.Write("B.json", InferInputs.Recording("GET", "/api/v5/B", 200));
        directory.Write("notes.txt", "not a recording");

        Assert.Equal(
            new TrafficRequest[] { new("GET", "/api/v5/B", 200, "B.json"), new("GET", "/api/v5/a", 403, "a.json"), new("GET", "/api/v5/b", 200, "b.json") },
            RecordingReader.Read(directory.Path));
    }

    [Fact]
    public void A_recording_directory_that_is_missing_or_a_file_is_refused_with_what_to_give()
    {
        using var directory = new TempDirectory();
        var missing = directory.File("missing");
        var file = directory.Write("file.json", "[]");

        Assert.Equal(
            $"the recording directory {missing} does not exist: give the directory of 'illuminate-perms proxy --record DIR'.",
            Assert.Throws<CliException>(() => RecordingReader.Read(missing)).Message);
        Assert.Equal(
            $"--from-recording {file} is not a directory: give the directory of 'illuminate-perms proxy --record DIR'.",
            Assert.Throws<CliException>(() => RecordingReader.Read(file)).Message);
    }
}
