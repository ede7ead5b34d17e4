using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using IlluminatePerms.Tests.Shared.Hostile;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Proxy;

/// <summary>
/// Headers that belong to one connection (RFC 9110 section 7.6.1), the fixed ones and those a
/// Connection header names, stop at the proxy both ways; every other header passes unchanged.
/// </summary>
public sealed class ProxyHopByHopTests
{
    [Fact]
    public async Task Headers_a_connection_header_names_are_dropped_both_ways_and_the_rest_pass_unchanged()
    {
        await using var district = HostileServer.Start(HostileAnswers.Json(200, "[]", null,
            ("Connection", "X-Answer-Hop"), ("X-Answer-Hop", "answer hop"), ("X-Answer-Kept", "answer kept"), ("Keep-Alive", "timeout=5")));
        await using var proxy = await ProxyRun.StartAsync(district.BaseUrl);

        using var request = new HttpRequestMessage(HttpMethod.Get, new System.Uri(proxy.Url, "api/v5/schools/994/students?StartingRecord=1"));
        request.Headers.Add("AERIES-CERT", "0123456789abcdef0123456789abcdef");
        request.Headers.Connection.Add("X-Request-Hop");
        request.Headers.Add("X-Request-Hop", "request hop");
        request.Headers.Add("X-Request-Kept", "request kept, \"as sent\"");
        using var answer = await proxy.Client.SendAsync(request);
        await proxy.StopAsync();

        var received = Assert.Single(district.Received);
        Assert.Null(received.Header("X-Request-Hop"));
        Assert.DoesNotContain("X-Request-Hop", received.Head, System.StringComparison.OrdinalIgnoreCase);
        Assert.Equal("request kept, \"as sent\"", received.Header("X-Request-Kept"));
        Assert.Equal("0123456789abcdef0123456789abcdef", received.Header("AERIES-CERT"));
        Assert.Equal("/api/v5/schools/994/students?StartingRecord=1", received.Target);

        Assert.False(answer.Headers.Contains("X-Answer-Hop"));
        Assert.False(answer.Headers.Contains("Keep-Alive"));
        Assert.Equal("answer kept", answer.Headers.GetValues("X-Answer-Kept").Single());
        Assert.Equal("application/json; charset=utf-8", answer.Content.Headers.ContentType?.ToString());
    }
}
