using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using IlluminatePerms.Tests.Shared.Hostile;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Proxy;

/// <summary>
/// What <c>proxy --record DIR</c> writes: one readable file per exchange, named in order, with what
/// the exchange was; bodies that are not JSON as text or base64 only when personal data is kept; and
/// a directory that cannot take a file stops the recording, not the proxy.
/// </summary>
public sealed class RecordingWriterTests
{
    private const string Certificate = "0123456789abcdef0123456789abcdef";

    [Fact]
    public async Task Each_exchange_gets_a_readable_file_named_in_order_that_says_what_it_was()
    {
        await using var district = HostileServer.Start(HostileAnswers.Raw(200, "plain text, é", "text/plain; charset=utf-8"));
        using var recordings = new TempDirectory();
        await using var proxy = await ProxyRun.StartAsync(district.BaseUrl, null, "--record", recordings.Path, "--keep-personal-data");

        using (await proxy.GetAsync("api/v5/schools/994/students?StartingRecord=1", Certificate))
        {
        }

        using (await proxy.GetAsync("api/v5/nothing/here", Certificate))
        {
        }

        await proxy.StopAsync();

        var names = Directory.GetFiles(recordings.Path, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(2, names.Length);
        Assert.Matches(@"^\d{8}T\d{6}Z-00001-get-students\.get_student_information\.json$", names[0]);
        Assert.Matches(@"^\d{8}T\d{6}Z-00002-get-unmatched\.json$", names[1]);

        var text = await File.ReadAllTextAsync(Path.Combine(recordings.Path, names[0]!));
        Assert.StartsWith("{\n  \"format\": \"illuminate-perms-recording/1\",\n  \"recorded\": \"", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        using var recording = JsonDocument.Parse(text);
        var root = recording.RootElement;
        Assert.True(DateTimeOffset.TryParse(root.GetProperty("recorded").GetString(), System.Globalization.CultureInfo.InvariantCulture, out var recorded));
        Assert.InRange(recorded, DateTimeOffset.UtcNow.AddMinutes(-10), DateTimeOffset.UtcNow);
        Assert.Equal("students.get_student_information", root.GetProperty("operation").GetString());
        Assert.Equal("kept", root.GetProperty("personalData").GetString());
        Assert.Equal("GET", root.GetProperty("request").GetProperty("method").GetString());
        Assert.Equal("api/v5/schools/994/students", root.GetProperty("request").GetProperty("path").GetString());
        Assert.Equal("?StartingRecord=1", root.GetProperty("request").GetProperty("query").GetString());
        Assert.Equal(200, root.GetProperty("answer").GetProperty("status").GetInt32());
        Assert.Contains(new[] { "Content-Type", "text/plain; charset=utf-8" }, Recordings.Headers(root.GetProperty("answer")));
        Assert.Equal("plain text, é", root.GetProperty("answer").GetProperty("bodyText").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("trouble").ValueKind);

        using var unmatched = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(recordings.Path, names[1]!)));
        Assert.Equal(JsonValueKind.Null, unmatched.RootElement.GetProperty("operation").ValueKind);
    }

    [Fact]
    public async Task A_binary_answer_is_recorded_as_base64_when_personal_data_is_kept()
    {
        await using var district = HostileServer.Start(EvidenceAnswers.Bytes("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: 4\r\nConnection: close\r\n\r\n\u00ff\u00fe\u0000\u0080"));
        using var recordings = new TempDirectory();
        await using var proxy = await ProxyRun.StartAsync(district.BaseUrl, null, "--record", recordings.Path, "--keep-personal-data");

        using var answer = await proxy.GetAsync("api/v5/schools/994/students", Certificate);
        var bytes = await answer.Content.ReadAsByteArrayAsync();
        await proxy.StopAsync();

        Assert.Equal(new byte[] { 0xff, 0xfe, 0x00, 0x80 }, bytes);
        var recorded = Recordings.Only(recordings.Path).GetProperty("answer");
        Assert.Equal(Convert.ToBase64String(bytes), recorded.GetProperty("bodyBase64").GetString());
        Assert.False(recorded.TryGetProperty("bodyText", out _), recorded.ToString());
    }

    [Fact]
    public async Task An_answer_that_is_not_json_is_left_out_when_personal_data_is_replaced_and_says_why()
    {
        await using var district = HostileServer.Start(HostileAnswers.Raw(200, "Garcia, Ana", "text/plain"));
        using var recordings = new TempDirectory();
        await using var proxy = await ProxyRun.StartAsync(district.BaseUrl, null, "--record", recordings.Path);

        using (await proxy.GetAsync("api/v5/schools/994/students", Certificate))
        {
        }

        await proxy.StopAsync();

        var text = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(recordings.Path, "*.json")));
        Assert.DoesNotContain("Garcia", text, StringComparison.Ordinal);
        using var recording = JsonDocument.Parse(text);
        Assert.Equal("replaced", recording.RootElement.GetProperty("personalData").GetString());
        Assert.Equal(
            "11 bytes that are not JSON: personal data in them cannot be found, so they are left out (--keep-personal-data keeps them)",
            recording.RootElement.GetProperty("answer").GetProperty("bodyOmitted").GetString());
    }

    [Fact]
    public async Task A_request_with_an_empty_certificate_header_is_recorded_all_the_same()
    {
        await using var district = HostileServer.Start(HostileAnswers.Json(200, "[]"));
        using var recordings = new TempDirectory();
        await using var proxy = await ProxyRun.StartAsync(district.BaseUrl, null, "--record", recordings.Path);

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(proxy.Url, "api/v5/schools"));
        request.Headers.TryAddWithoutValidation("AERIES-CERT", "");
        using var answer = await proxy.Client.SendAsync(request);
        var result = await proxy.StopAsync();

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Single(proxy.RequestLines());
        Assert.Equal("GET", Recordings.Only(recordings.Path).GetProperty("request").GetProperty("method").GetString());
        Assert.DoesNotContain("error", result.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_recording_directory_that_is_missing_is_created_with_its_parents()
    {
        await using var district = HostileServer.Start(HostileAnswers.Json(200, "[]"));
        using var parent = new TempDirectory();
        var directory = Path.Combine(parent.Path, "new", "recordings");
        await using var proxy = await ProxyRun.StartAsync(district.BaseUrl, null, "--record", directory);

        using (await proxy.GetAsync("api/v5/schools", Certificate))
        {
        }

        await proxy.StopAsync();

        Assert.Single(Directory.GetFiles(directory, "*.json"));
        Assert.True(File.Exists(Path.Combine(directory, "summary.md")));
    }

    [Fact]
    public async Task A_recording_directory_that_stops_taking_files_stops_the_recording_with_an_error_and_the_proxy_goes_on()
    {
        await using var district = HostileServer.Start(HostileAnswers.Json(200, "[]"));
        using var parent = new TempDirectory();
        var directory = Path.Combine(parent.Path, "recordings");
        await using var proxy = await ProxyRun.StartAsync(district.BaseUrl, null, "--record", directory);

        using (await proxy.GetAsync("api/v5/schools", Certificate))
        {
        }

        for (var attempt = 0; attempt < 200 && proxy.RequestLines().Length < 1; attempt++)
        {
            await Task.Delay(50);
        }

        Assert.Single(Directory.GetFiles(directory, "*.json"));

        // The directory is replaced by a file: no recording can be written there any more.
        Directory.Delete(directory, recursive: true);
        await File.WriteAllTextAsync(directory, "not a directory");
        var statuses = new HttpStatusCode[3];
        for (var i = 0; i < statuses.Length; i++)
        {
            using var answer = await proxy.GetAsync("api/v5/schools", Certificate);
            statuses[i] = answer.StatusCode;
        }

        var result = await proxy.StopAsync();

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(4, proxy.RequestLines().Length);
        var errors = result.Error.Split('\n').Where(line => line.StartsWith("error: recording stopped", StringComparison.Ordinal)).ToArray();
        var error = Assert.Single(errors);
        Assert.Matches($"^error: recording stopped: cannot write {Regex.Escape(directory)}/\\S+-00002-get-\\S+\\.json: ", error);
    }

    [Fact]
    public async Task A_recording_path_that_is_a_file_or_under_one_is_refused_before_the_proxy_starts()
    {
        using var folder = new TempDirectory();
        var file = folder.File("recordings.txt");
        await File.WriteAllTextAsync(file, "a file");
        var district = $"http://127.0.0.1:{CliRun.ClosedPort()}/";

        var isFile = await CliRun.RunAsync("proxy", "--base-url", district, "--port", "0", "--record", file).WaitAsync(TimeSpan.FromSeconds(60));
        var underFile = await CliRun.RunAsync("proxy", "--base-url", district, "--port", "0", "--record", Path.Combine(file, "sub")).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, isFile.ExitCode);
        Assert.Equal($"error: --record {file} is a file; give a directory's path.", isFile.Error.TrimEnd());
        Assert.DoesNotContain("listening", isFile.Out, StringComparison.Ordinal);
        Assert.NotEqual(0, underFile.ExitCode);
        Assert.StartsWith($"error: --record: cannot create the directory {Path.Combine(file, "sub")} (", underFile.Error, StringComparison.Ordinal);
        Assert.EndsWith(").", underFile.Error.TrimEnd(), StringComparison.Ordinal);
    }
}
