using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Proxy;

/// <summary>
/// <c>proxy --record DIR</c> then the mock's <c>--replay DIR</c>: the recorded answers come back for the
/// same requests, personal data replaced, the mock's certificate security still in force, and the
/// built-in data for what was not recorded.
/// </summary>
public sealed class RecordAndReplayTests
{
    private const string Students = "api/v5/schools/994/students?StartingRecord=1&EndingRecord=3";

    [Fact]
    public async Task Recorded_answers_replay_through_the_mock_with_its_security_in_force()
    {
        using var recordings = new TempDirectory();
        string original;
        await using (var district = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 30, Seed = 1 }))
        {
            await using var proxy = await ProxyRun.StartAsync(district.BaseUrl, null, "--record", recordings.Path);
            using var answer = await proxy.GetAsync(Students, district.Certificate("full").Value);
            original = await answer.Content.ReadAsStringAsync();
            await proxy.StopAsync();
        }

        var file = Directory.GetFiles(recordings.Path, "*students.get_student_information.json").Single();
        using var recording = JsonDocument.Parse(await File.ReadAllTextAsync(file));
        var recordedBody = recording.RootElement.GetProperty("answer").GetProperty("body");
        Assert.Equal("replaced", recording.RootElement.GetProperty("personalData").GetString());
        var originalFirst = JsonDocument.Parse(original).RootElement[0];
        Assert.Equal(originalFirst.GetProperty("StudentID").GetInt32(), recordedBody[0].GetProperty("StudentID").GetInt32());
        Assert.NotEqual(originalFirst.GetProperty("LastName").GetString(), recordedBody[0].GetProperty("LastName").GetString());
        Assert.Equal(originalFirst.GetProperty("LastName").GetString()!.Length, recordedBody[0].GetProperty("LastName").GetString()!.Length);

        // Another seed: the built-in data differ, so an answer equal to the recording came from it.
        await using var replay = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 30, Seed = 7, ReplayDirectory = recordings.Path });
        using var client = new HttpClient();
        var replayed = await SendAsync(client, replay, Students, replay.Certificate("full").Value);
        var refused = await SendAsync(client, replay, Students, replay.Certificate("empty").Value);
        var builtIn = await SendAsync(client, replay, "api/v5/schools/994/students?StartingRecord=1&EndingRecord=2", replay.Certificate("full").Value);

        Assert.Equal(HttpStatusCode.OK, replayed.Status);
        Assert.Equal(recordedBody.GetRawText(), replayed.Body);
        Assert.True(refused.Status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, refused.Status.ToString());
        Assert.DoesNotContain(recordedBody[0].GetProperty("LastName").GetString()!, refused.Body);
        Assert.Equal(HttpStatusCode.OK, builtIn.Status);
        Assert.NotEqual(recordedBody[0].GetProperty("LastName").GetString(), JsonDocument.Parse(builtIn.Body).RootElement[0].GetProperty("LastName").GetString());
    }

    [Fact]
    public async Task Keep_personal_data_records_the_answer_as_it_came()
    {
        using var recordings = new TempDirectory();
        await using var district = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 30 });
        await using var proxy = await ProxyRun.StartAsync(district.BaseUrl, null, "--record", recordings.Path, "--keep-personal-data");
        using var answer = await proxy.GetAsync(Students, district.Certificate("full").Value);
        var original = await answer.Content.ReadAsStringAsync();
        await proxy.StopAsync();

        using var recording = JsonDocument.Parse(await File.ReadAllTextAsync(Directory.GetFiles(recordings.Path, "*students.get_student_information.json").Single()));
        Assert.Equal("kept", recording.RootElement.GetProperty("personalData").GetString());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(original), JsonNode.Parse(recording.RootElement.GetProperty("answer").GetProperty("body").GetRawText())));
    }

    [Fact]
    public async Task The_mock_command_reports_an_unreadable_recording_and_does_not_serve()
    {
        using var recordings = new TempDirectory();
        await File.WriteAllTextAsync(recordings.File("x.json"), "[1,2");

        var result = await CliRun.RunAsync("mock", "--port", "0", "--scale", "10", "--replay", recordings.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"the recording {recordings.File("x.json")} cannot be replayed: not JSON", result.Error);
        Assert.DoesNotContain("Serving", result.Out);
    }

    private static async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpClient client, MockAeriesServer server, string path, string certificate)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.BaseUrl, path));
        request.Headers.Add("AERIES-CERT", certificate);
        using var answer = await client.SendAsync(request);
        return (answer.StatusCode, await answer.Content.ReadAsStringAsync());
    }
}
