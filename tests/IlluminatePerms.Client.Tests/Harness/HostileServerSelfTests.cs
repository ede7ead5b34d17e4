using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using IlluminatePerms.Tests.Shared.Hostile;
using Xunit;

namespace IlluminatePerms.Client.Tests.Harness;

/// <summary>The hostile-server fixture does what its scripts say, so a test that relies on it fails for the tool's reasons only.</summary>
public sealed class HostileServerSelfTests
{
    private static HttpClient NoRedirects() => new(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task A_redirect_names_its_location_and_the_request_is_recorded()
    {
        await using var server = HostileServer.Start(HostileAnswers.Redirect(307, "http://127.0.0.2:9/x"));
        using var http = NoRedirects();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.BaseUrl, "api/v5/systeminfo"));
        request.Headers.Add("AERIES-CERT", "secret-value");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("http://127.0.0.2:9/x", response.Headers.Location?.ToString());
        var received = Assert.Single(server.Received);
        Assert.Equal("/api/v5/systeminfo", received.Target);
        Assert.Equal("secret-value", received.Header("aeries-cert"));
    }

    [Fact]
    public async Task The_trap_listens_on_another_loopback_address_and_counts_connections()
    {
        await using var trap = HostileServer.StartTrap();
        using var http = NoRedirects();

        var body = await http.GetStringAsync(trap.BaseUrl);

        Assert.Equal("127.0.0.2", trap.BaseUrl.Host);
        Assert.Equal("[]", body);
        Assert.Equal(1, trap.ConnectionsAccepted);
    }

    [Fact]
    public async Task A_chunked_request_body_is_read_whole()
    {
        await using var server = HostileServer.Start(HostileAnswers.Json(200, "{}"));
        using var http = NoRedirects();
        using var content = new StreamContent(new System.IO.MemoryStream("{\"a\":1}"u8.ToArray()));
        using var request = new HttpRequestMessage(HttpMethod.Post, server.BaseUrl) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await http.SendAsync(request);

        Assert.Equal("{\"a\":1}", System.Text.Encoding.UTF8.GetString(Assert.Single(server.Received).Body));
    }

    [Fact]
    public async Task The_echoing_proxy_puts_the_certificate_into_strings_reason_phrase_and_headers()
    {
        await using var upstream = HostileServer.Start(HostileAnswers.Json(200, "{\"AeriesVersion\":\"10.1\",\"Count\":3,\"Message\":\"m\"}"));
        await using var echo = HostileServer.Start(HostileAnswers.EchoingProxy(upstream.BaseUrl));
        using var http = NoRedirects();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(echo.BaseUrl, "api/v5/systeminfo"));
        request.Headers.Add("AERIES-CERT", "cafebabe");

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Contains("\"AeriesVersion\":\"10.1 cafebabe\"", body, StringComparison.Ordinal);
        Assert.Contains("\"Count\":3", body, StringComparison.Ordinal);
        Assert.Contains("AERIES-CERT: cafebabe", body, StringComparison.Ordinal);
        Assert.Contains("cafebabe", response.ReasonPhrase, StringComparison.Ordinal);
        Assert.Equal("/api/v5/systeminfo", Assert.Single(upstream.Received).Target);
    }

    [Fact]
    public async Task A_slow_body_is_still_arriving_after_its_headers()
    {
        await using var server = HostileServer.Start(HostileAnswers.SlowBody(TimeSpan.FromMilliseconds(200)));
        using var http = NoRedirects();

        using var response = await http.GetAsync(server.BaseUrl, HttpCompletionOption.ResponseHeadersRead);
        var stream = await response.Content.ReadAsStreamAsync();
        var first = new byte[1];
        await stream.ReadExactlyAsync(first);

        Assert.Equal(1_000_000, response.Content.Headers.ContentLength);
        Assert.Equal((byte)'[', first[0]);
    }

    [Fact]
    public async Task A_partly_hostile_server_proxies_some_paths_and_misbehaves_on_others()
    {
        await using var upstream = HostileServer.Start(HostileAnswers.Json(200, "{\"AeriesVersion\":\"10.1\"}"));
        await using var server = HostileServer.Start(HostileAnswers.ByPath(HostileAnswers.Proxy(upstream.BaseUrl), ("/schools", HostileAnswers.SignInPage())));
        using var http = NoRedirects();

        var proxied = await http.GetStringAsync(new Uri(server.BaseUrl, "api/v5/systeminfo"));
        using var page = await http.GetAsync(new Uri(server.BaseUrl, "api/v5/schools"));

        Assert.Equal("{\"AeriesVersion\":\"10.1\"}", proxied);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Single(upstream.Received);
    }
}
