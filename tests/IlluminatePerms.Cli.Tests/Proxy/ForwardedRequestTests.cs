using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using IlluminatePerms.Tests.Shared.Hostile;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Proxy;

/// <summary>
/// The request reaches the district as the caller sent it: its target byte for byte, its body (with a
/// length, chunked, or none), its headers one value or many; the answer's headers come back as sent;
/// credentials go to the district but into no recording.
/// </summary>
public sealed class ForwardedRequestTests
{
    private const string Certificate = "0123456789abcdef0123456789abcdef";

    [Fact]
    public async Task The_request_target_reaches_the_district_byte_for_byte_and_is_recorded_so()
    {
        await using var district = HostileServer.Start(HostileAnswers.Json(200, "[]"));
        using var recordings = new TempDirectory();
        await using var proxy = await ProxyRun.StartAsync(district.BaseUrl, null, "--record", recordings.Path);
        const string Target = "/api/v5/schools/994/./students/%41b?Q=%7e&x=a+b&&y";

        var answer = await Recordings.SendRawAsync(proxy.Url, $"GET {Target} HTTP/1.1\r\nHost: {proxy.Url.Authority}\r\nConnection: close\r\n\r\n");
        await proxy.StopAsync();

        Assert.StartsWith("HTTP/1.1 200 ", answer, StringComparison.Ordinal);
        Assert.Equal(Target, Assert.Single(district.Received).Target);
        var request = Recordings.Only(recordings.Path).GetProperty("request");
        Assert.Equal("api/v5/schools/994/./students/%41b", request.GetProperty("path").GetString());
        Assert.Equal("?Q=%7e&x=a+b&&y", request.GetProperty("query").GetString());
    }

    [Fact]
    public async Task A_post_reaches_the_district_with_its_body_and_headers_once_each_and_its_answer_headers_come_back()
    {
        await using var district = HostileServer.Start(HostileAnswers.Json(200, "{\"ok\":true}", null,
            ("Set-Cookie", "session=set-cookie-secret"), ("X-Answer-Multi", "one"), ("X-Answer-Multi", "two")));
        using var recordings = new TempDirectory();
        await using var proxy = await ProxyRun.StartAsync(district.BaseUrl, null, "--record", recordings.Path);
        const string Body = "{\"StudentID\":99400001,\"Grade\":9}";

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(proxy.Url, "api/v5/schools/994/students"));
        request.Headers.Add("AERIES-CERT", Certificate);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "authorization-secret");
        request.Headers.Add("Cookie", "session=cookie-secret");
        request.Headers.Add("X-Request-Kept", "kept");
        request.Content = new StringContent(Body, Encoding.UTF8, "application/json");
        using var answer = await proxy.Client.SendAsync(request);
        await proxy.StopAsync();

        var received = Assert.Single(district.Received);
        Assert.Equal("POST", received.Method);
        Assert.Equal(Body, Encoding.UTF8.GetString(received.Body));
        Assert.Equal(Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), received.Header("Content-Length"));
        Assert.Equal("application/json; charset=utf-8", received.Header("Content-Type"));
        Assert.Equal(["kept"], received.Headers.Where(h => h.Key.Equals("X-Request-Kept", StringComparison.OrdinalIgnoreCase)).Select(h => h.Value));
        Assert.Equal(Certificate, received.Header("AERIES-CERT"));
        Assert.Equal("Bearer authorization-secret", received.Header("Authorization"));
        Assert.Equal("session=cookie-secret", received.Header("Cookie"));
        Assert.Equal(district.BaseUrl.Authority, received.Header("Host"));

        Assert.Equal(["one", "two"], answer.Headers.GetValues("X-Answer-Multi"));
        Assert.Equal("{\"ok\":true}", await answer.Content.ReadAsStringAsync());

        var file = Assert.Single(Directory.GetFiles(recordings.Path, "*.json"));
        var text = await File.ReadAllTextAsync(file);
        foreach (var secret in new[] { Certificate, "authorization-secret", "cookie-secret", "set-cookie-secret" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }

        using var recording = JsonDocument.Parse(text);
        var recorded = recording.RootElement.GetProperty("request");
        Assert.Equal("", recorded.GetProperty("query").GetString());
        Assert.Equal(Body, JsonSerializer.Serialize(recorded.GetProperty("body")));
        Assert.Contains(["X-Request-Kept", "kept"], Recordings.Headers(recorded));
        Assert.Contains(["Content-Type", "application/json; charset=utf-8"], Recordings.Headers(recorded));
        var answerHeaders = Recordings.Headers(recording.RootElement.GetProperty("answer"));
        Assert.Equal(2, answerHeaders.Count(h => h[0] == "X-Answer-Multi"));
        Assert.DoesNotContain(answerHeaders, h => h[0].Equals("Set-Cookie", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_chunked_body_reaches_the_district_whole()
    {
        await using var district = HostileServer.Start(HostileAnswers.Json(200, "{}"));
        using var recordings = new TempDirectory();
        await using var proxy = await ProxyRun.StartAsync(district.BaseUrl, null, "--record", recordings.Path);
        const string Body = "{\"StudentID\":99400001}";

        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(proxy.Url, "api/v5/schools/994/students/99400001"));
        request.Headers.TransferEncodingChunked = true;
        request.Content = new StringContent(Body, Encoding.UTF8, "application/json");
        using var answer = await proxy.Client.SendAsync(request);
        await proxy.StopAsync();

        var received = Assert.Single(district.Received);
        Assert.Equal(Body, Encoding.UTF8.GetString(received.Body));
        Assert.Null(received.Header("Transfer-Encoding"));
        Assert.Equal(Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), received.Header("Content-Length"));
        Assert.Equal(Body, JsonSerializer.Serialize(Recordings.Only(recordings.Path).GetProperty("request").GetProperty("body")));
    }

    [Fact]
    public async Task A_request_without_a_body_goes_on_without_one_and_an_empty_body_keeps_its_content_length()
    {
        await using var district = HostileServer.Start(HostileAnswers.Json(200, "{}"));
        await using var proxy = await ProxyRun.StartAsync(district.BaseUrl);

        using (await proxy.GetAsync("api/v5/schools/994", Certificate))
        {
        }

        using var delete = new HttpRequestMessage(HttpMethod.Delete, new Uri(proxy.Url, "api/v5/schools/994")) { Content = new ByteArrayContent([]) };
        using (await proxy.Client.SendAsync(delete))
        {
        }

        await proxy.StopAsync();

        var received = district.Received;
        Assert.Equal(2, received.Count);
        Assert.Null(received[0].Header("Content-Length"));
        Assert.Null(received[0].Header("Transfer-Encoding"));
        Assert.Equal("DELETE", received[1].Method);
        Assert.Equal("0", received[1].Header("Content-Length"));
    }

    [Fact]
    public async Task A_header_sent_twice_reaches_the_district_with_both_values()
    {
        await using var district = HostileServer.Start(HostileAnswers.Json(200, "[]"));
        using var recordings = new TempDirectory();
        await using var proxy = await ProxyRun.StartAsync(district.BaseUrl, null, "--record", recordings.Path);

        var answer = await Recordings.SendRawAsync(proxy.Url, $"GET /api/v5/schools HTTP/1.1\r\nHost: {proxy.Url.Authority}\r\nX-Multi: first\r\nX-Multi: second\r\nConnection: close\r\n\r\n");
        await proxy.StopAsync();

        Assert.StartsWith("HTTP/1.1 200 ", answer, StringComparison.Ordinal);
        var values = Assert.Single(district.Received).Headers.Where(h => h.Key.Equals("X-Multi", StringComparison.OrdinalIgnoreCase)).Select(h => h.Value);
        Assert.Equal("first, second", string.Join(", ", values));
        var recorded = Recordings.Headers(Recordings.Only(recordings.Path).GetProperty("request"));
        Assert.Equal(["first", "second"], recorded.Where(h => h[0] == "X-Multi").Select(h => h[1]));
    }

    [Fact]
    public async Task A_cookie_the_district_sets_is_not_sent_back_by_the_proxy_on_its_own()
    {
        await using var district = HostileServer.Start(HostileAnswers.Json(200, "[]", null, ("Set-Cookie", "district-session=1; Path=/")));
        await using var proxy = await ProxyRun.StartAsync(district.BaseUrl);

        using (await proxy.GetAsync("api/v5/schools", Certificate))
        {
        }

        using (await proxy.GetAsync("api/v5/schools", Certificate))
        {
        }

        await proxy.StopAsync();

        Assert.Equal(2, district.Received.Count);
        Assert.All(district.Received, received => Assert.Null(received.Header("Cookie")));
    }
}
