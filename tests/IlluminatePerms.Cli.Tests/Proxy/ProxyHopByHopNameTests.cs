using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using IlluminatePerms.Tests.Shared.Hostile;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Proxy;

/// <summary>
/// Each header that belongs to one connection by name (RFC 9110 section 7.6.1), and each header a
/// Connection header lists (with <c>close</c> and spaces among them), stops at the proxy in either
/// direction and stays out of the recording.
/// </summary>
public sealed class ProxyHopByHopNameTests
{
    private static readonly string[] Fixed = ["Keep-Alive", "Proxy-Connection", "Proxy-Authenticate", "Proxy-Authorization", "TE", "Trailer", "Upgrade"];

    private static readonly string[] Dropped = [.. Fixed, "Connection", "Transfer-Encoding", "X-Hop-One", "X-Hop-Two"];

    [Fact]
    public async Task No_hop_by_hop_header_of_the_request_reaches_the_district_or_the_recording()
    {
        await using var district = HostileServer.Start(HostileAnswers.Json(200, "{}"));
        using var recordings = new TempDirectory();
        await using var proxy = await ProxyRun.StartAsync(district.BaseUrl, null, "--record", recordings.Path, "--keep-personal-data");

        var head = $"POST /api/v5/schools/994/students HTTP/1.1\r\nHost: {proxy.Url.Authority}\r\n"
            + string.Concat(Fixed.Select(name => $"{name}: {name}-value\r\n"))
            + "Connection: X-Hop-One, X-Hop-Two\r\nX-Hop-One: 1\r\nX-Hop-Two: 2\r\nX-Kept: kept\r\n"
            + "Content-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nbody\r\n0\r\n\r\n";

        // A second request closes the connection, so that the first one's Connection header names only headers.
        var answer = await Recordings.SendRawAsync(proxy.Url, head + $"GET /api/v5/schools HTTP/1.1\r\nHost: {proxy.Url.Authority}\r\nConnection: close\r\n\r\n");
        await proxy.StopAsync();

        Assert.StartsWith("HTTP/1.1 200 ", answer, StringComparison.Ordinal);
        Assert.Equal(2, district.Received.Count);
        var received = district.Received[0];
        Assert.Equal("body", System.Text.Encoding.UTF8.GetString(received.Body));
        Assert.Equal("kept", received.Header("X-Kept"));
        foreach (var name in Dropped)
        {
            Assert.True(received.Header(name) is null, $"{name} reached the district:\n{received.Head}");
        }

        var first = Directory.GetFiles(recordings.Path, "*-00001-post-*.json").Single();
        using var recording = JsonDocument.Parse(await File.ReadAllTextAsync(first));
        var recorded = Recordings.Headers(recording.RootElement.GetProperty("request"));
        Assert.Contains(new[] { "X-Kept", "kept" }, recorded);
        foreach (var name in Dropped)
        {
            Assert.DoesNotContain(recorded, header => header[0].Equals(name, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task No_hop_by_hop_header_of_the_answer_reaches_the_caller_or_the_recording()
    {
        var head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            + string.Concat(Fixed.Select(name => $"{name}: {name}-value\r\n"))
            + "Connection: close, X-Hop-One, X-Hop-Two\r\nX-Hop-One: 1\r\nX-Hop-Two: 2\r\nX-Kept: kept\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n2\r\n[]\r\n0\r\n\r\n";
        await using var district = HostileServer.Start(EvidenceAnswers.Bytes(head));
        using var recordings = new TempDirectory();
        await using var proxy = await ProxyRun.StartAsync(district.BaseUrl, null, "--record", recordings.Path, "--keep-personal-data");

        using var answer = await proxy.GetAsync("api/v5/schools/994/students", "0123456789abcdef0123456789abcdef");
        var body = await answer.Content.ReadAsStringAsync();
        await proxy.StopAsync();

        Assert.Equal("[]", body);
        Assert.Equal("kept", answer.Headers.GetValues("X-Kept").Single());
        foreach (var name in Fixed.Append("X-Hop-One").Append("X-Hop-Two"))
        {
            Assert.False(answer.Headers.NonValidated.Contains(name) || answer.Content.Headers.NonValidated.Contains(name), $"{name} reached the caller:\n{answer}");
        }

        var recorded = Recordings.Headers(Recordings.Only(recordings.Path).GetProperty("answer"));
        Assert.Contains(new[] { "X-Kept", "kept" }, recorded);
        foreach (var name in Dropped)
        {
            Assert.DoesNotContain(recorded, header => header[0].Equals(name, StringComparison.OrdinalIgnoreCase));
        }
    }
}
