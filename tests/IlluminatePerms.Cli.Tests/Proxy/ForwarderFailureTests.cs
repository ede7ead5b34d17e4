using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using IlluminatePerms.Cli.Commands.Proxy;
using IlluminatePerms.Tests.Shared.Hostile;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Proxy;

/// <summary>
/// What the caller, the request line and the recording show when the district cannot be reached, stays
/// silent, breaks off its answer, or sends more than the proxy passes on or keeps.
/// </summary>
public sealed class ForwarderFailureTests
{
    private const string Certificate = "0123456789abcdef0123456789abcdef";
    private const string Students = "api/v5/schools/994/students";

    [Fact]
    public async Task A_district_that_cannot_be_reached_gets_the_caller_a_502_that_says_so()
    {
        using var recordings = new TempDirectory();
        await using var proxy = await ProxyRun.StartAsync(new Uri($"http://127.0.0.1:{CliRun.ClosedPort()}/"), null, "--record", recordings.Path);

        using var answer = await proxy.GetAsync(Students, Certificate);
        var text = await answer.Content.ReadAsStringAsync();
        await proxy.StopAsync();

        Assert.Equal(HttpStatusCode.BadGateway, answer.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", answer.Content.Headers.ContentType?.ToString());
        Assert.StartsWith("illuminate-perms proxy: the district could not be reached (", text, StringComparison.Ordinal);
        Assert.EndsWith(").\n", text, StringComparison.Ordinal);
        var line = Assert.Single(proxy.RequestLines());
        Assert.StartsWith("502 ", line, StringComparison.Ordinal);
        Assert.Contains("trouble: the district could not be reached (", line, StringComparison.Ordinal);

        var recorded = Recordings.Only(recordings.Path).GetProperty("answer");
        Assert.Equal(502, recorded.GetProperty("status").GetInt32());
        Assert.False(recorded.TryGetProperty("bodyOmitted", out _), recorded.ToString());
        Assert.StartsWith("the district could not be reached (", Recordings.Only(recordings.Path).GetProperty("trouble").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_district_silent_past_the_answer_time_gets_the_caller_a_504_that_says_so()
    {
        await using var district = HostileServer.Start(HostileAnswers.Silence());
        await using var proxy = await ProxyRun.StartAsync(district.BaseUrl, new ProxyLimits { AnswerTime = TimeSpan.FromSeconds(1) });

        using var answer = await proxy.GetAsync(Students, Certificate);
        var text = await answer.Content.ReadAsStringAsync();
        await proxy.StopAsync();

        Assert.Equal(HttpStatusCode.GatewayTimeout, answer.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", answer.Content.Headers.ContentType?.ToString());
        Assert.Equal("illuminate-perms proxy: the district sent no answer within 1 s.\n", text);
        var line = Assert.Single(proxy.RequestLines());
        Assert.StartsWith("504 ", line, StringComparison.Ordinal);
        Assert.EndsWith("trouble: the district sent no answer within 1 s", line.TrimEnd('\r'), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_the_district_breaks_off_is_broken_for_the_caller_too_and_the_recording_says_how_far_it_got()
    {
        await using var district = HostileServer.Start(EvidenceAnswers.CloseMidAnswer());
        using var recordings = new TempDirectory();
        await using var proxy = await ProxyRun.StartAsync(district.BaseUrl, null, "--record", recordings.Path, "--keep-personal-data");

        var read = await Record.ExceptionAsync(async () =>
        {
            using var answer = await proxy.GetAsync(Students, Certificate);
            await answer.Content.ReadAsByteArrayAsync();
        });
        await proxy.StopAsync();

        Assert.True(read is HttpRequestException or IOException, read?.ToString() ?? "the broken answer looked whole");
        Assert.Contains("trouble: the district broke off its answer after 1 bytes", Assert.Single(proxy.RequestLines()), StringComparison.Ordinal);
        var recording = Recordings.Only(recordings.Path);
        Assert.Equal("the district broke off its answer after 1 bytes", recording.GetProperty("answer").GetProperty("bodyOmitted").GetString());
        Assert.Equal("the district broke off its answer after 1 bytes", recording.GetProperty("trouble").GetString());
    }

    [Fact]
    public async Task An_answer_declaring_more_bytes_than_the_proxy_keeps_is_passed_on_as_far_as_it_goes()
    {
        // Content-Length beyond what an int holds: the proxy must not size anything from it.
        await using var district = HostileServer.Start(EvidenceAnswers.Bytes("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 3000000000\r\nConnection: close\r\n\r\n["));
        await using var proxy = await ProxyRun.StartAsync(district.BaseUrl);

        // Read as a stream from the headers on: a buffered read refuses a declared 3 GB at once and hangs up, which races the district's close.
        var read = await Record.ExceptionAsync(async () =>
        {
            using var answer = await proxy.GetHeadersAsync(Students, Certificate);
            await using var body = await answer.Content.ReadAsStreamAsync();
            await body.CopyToAsync(Stream.Null);
        });
        await proxy.StopAsync();

        Assert.True(read is HttpRequestException or IOException, read?.ToString() ?? "the broken answer looked whole");
        var line = Assert.Single(proxy.RequestLines());
        Assert.StartsWith("200 ", line, StringComparison.Ordinal);
        Assert.EndsWith("not checked: the answer did not arrive whole; trouble: the district broke off its answer after 1 bytes", line.TrimEnd('\r'), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_caller_that_hangs_up_mid_answer_still_gets_its_line_and_recording_saying_how_far_the_answer_got()
    {
        await using var district = HostileServer.Start(HostileAnswers.SlowBody(TimeSpan.FromMilliseconds(50)));
        using var recordings = new TempDirectory();
        await using var proxy = await ProxyRun.StartAsync(district.BaseUrl, null, "--record", recordings.Path, "--keep-personal-data");

        using (var answer = await proxy.GetHeadersAsync(Students, null))
        await using (var body = await answer.Content.ReadAsStreamAsync())
        {
            Assert.Equal('[', body.ReadByte());
        }

        await proxy.StopAsync();

        var line = Assert.Single(proxy.RequestLines());
        Assert.StartsWith("200 GET schools/{SchoolCode}/students/{StudentID?}  ", line, StringComparison.Ordinal);
        Assert.Matches(@"; not checked: the answer did not arrive whole; trouble: the caller hung up after [1-9][0-9]* bytes of the answer\r?$", line);
        var recording = Recordings.Only(recordings.Path);
        Assert.Equal(200, recording.GetProperty("answer").GetProperty("status").GetInt32());
        Assert.StartsWith("the caller hung up after ", recording.GetProperty("trouble").GetString(), StringComparison.Ordinal);
        Assert.Equal(recording.GetProperty("trouble").GetString(), recording.GetProperty("answer").GetProperty("bodyOmitted").GetString());
    }

    [Fact]
    public async Task A_caller_that_hangs_up_before_the_district_answers_is_a_line_with_no_status_and_no_recording()
    {
        await using var district = HostileServer.Start(HostileAnswers.Silence());
        using var recordings = new TempDirectory();
        await using var proxy = await ProxyRun.StartAsync(district.BaseUrl, null, "--record", recordings.Path);

        using (var gaveUp = new System.Threading.CancellationTokenSource(TimeSpan.FromMilliseconds(300)))
        using (var request = new HttpRequestMessage(HttpMethod.Get, new Uri(proxy.Url, Students)))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => proxy.Client.SendAsync(request, gaveUp.Token));
        }

        var result = await proxy.StopAsync();

        var line = Assert.Single(proxy.RequestLines());
        Assert.StartsWith("000 GET schools/{SchoolCode}/students/{StudentID?}  ", line, StringComparison.Ordinal);
        Assert.EndsWith("; not checked: no answer came from the district; trouble: the caller hung up before the district answered", line.TrimEnd('\r'), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(recordings.Path, "*.json"));
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task An_answer_exactly_as_long_as_the_limits_is_passed_on_whole_and_kept()
    {
        const string Body = "[1,2,3,4,5,6,78]";
        await using var district = HostileServer.Start(HostileAnswers.Json(200, Body));
        using var recordings = new TempDirectory();
        await using var proxy = await ProxyRun.StartAsync(district.BaseUrl, new ProxyLimits { AnswerBytes = Body.Length, KeptBytes = Body.Length }, "--record", recordings.Path, "--keep-personal-data");

        using var answer = await proxy.GetAsync(Students, Certificate);
        var text = await answer.Content.ReadAsStringAsync();
        await proxy.StopAsync();

        Assert.Equal(Body, text);
        Assert.DoesNotContain("trouble:", Assert.Single(proxy.RequestLines()), StringComparison.Ordinal);
        var recording = Recordings.Only(recordings.Path);
        Assert.Equal(Body, JsonSerializer.Serialize(recording.GetProperty("answer").GetProperty("body")));
        Assert.Equal(JsonValueKind.Null, recording.GetProperty("trouble").ValueKind);
    }

    [Fact]
    public async Task An_answer_larger_than_the_proxy_keeps_is_passed_on_whole_but_not_recorded()
    {
        const string Body = "[1,2,3,4,5,6,78]";
        await using var district = HostileServer.Start(HostileAnswers.Json(200, Body));
        using var recordings = new TempDirectory();
        await using var proxy = await ProxyRun.StartAsync(district.BaseUrl, new ProxyLimits { KeptBytes = Body.Length - 1 }, "--record", recordings.Path, "--keep-personal-data");

        using var answer = await proxy.GetAsync(Students, Certificate);
        var text = await answer.Content.ReadAsStringAsync();
        await proxy.StopAsync();

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(Body, text);
        var recorded = Recordings.Only(recordings.Path).GetProperty("answer");
        Assert.False(recorded.TryGetProperty("body", out _), recorded.ToString());
        Assert.Equal("larger than the proxy keeps", recorded.GetProperty("bodyOmitted").GetString());
    }

    [Fact]
    public async Task A_chunked_answer_of_unknown_length_is_recorded_byte_for_byte()
    {
        await using var district = HostileServer.Start(EvidenceAnswers.Bytes("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\n[1,2]\r\n0\r\n\r\n"));
        using var recordings = new TempDirectory();
        await using var proxy = await ProxyRun.StartAsync(district.BaseUrl, null, "--record", recordings.Path, "--keep-personal-data");

        using var answer = await proxy.GetAsync(Students, Certificate);
        var text = await answer.Content.ReadAsStringAsync();
        await proxy.StopAsync();

        Assert.Equal("[1,2]", text);
        Assert.Equal("[1,2]", JsonSerializer.Serialize(Recordings.Only(recordings.Path).GetProperty("answer").GetProperty("body")));
    }

    [Fact]
    public async Task An_answer_cut_off_at_its_first_bytes_records_no_omitted_body_since_none_was_passed_on()
    {
        await using var district = HostileServer.Start(HostileAnswers.Json(200, "[1,2,3,4,5,6,78]"));
        using var recordings = new TempDirectory();
        await using var proxy = await ProxyRun.StartAsync(district.BaseUrl, new ProxyLimits { AnswerBytes = 4 }, "--record", recordings.Path, "--keep-personal-data");

        await Record.ExceptionAsync(async () =>
        {
            using var answer = await proxy.GetAsync(Students, Certificate);
            await answer.Content.ReadAsByteArrayAsync();
        });
        await proxy.StopAsync();

        var recording = Recordings.Only(recordings.Path);
        Assert.Equal("the answer passed 4 bytes and was cut off", recording.GetProperty("trouble").GetString());
        Assert.False(recording.GetProperty("answer").TryGetProperty("bodyOmitted", out _), recording.ToString());
    }
}
