using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text;
using System.Threading.Tasks;
using IlluminatePerms.AspNetCore.Tests.Harness;
using IlluminatePerms.Spec;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;
using Xunit;

namespace IlluminatePerms.AspNetCore.Tests;

/// <summary>Per-client rate limits, request size limits, and a site that forgot a piece of the setup.</summary>
public sealed class LimitTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task A_site_whose_check_deadline_is_not_positive_does_not_start(int seconds)
    {
        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => CheckPageHost.StartAsync(o => o.CheckDeadline = TimeSpan.FromSeconds(seconds)));

        Assert.Equal("AeriesCheckOptions.CheckDeadline must be positive.", refused.Message);
    }

    [Fact]
    public async Task A_client_over_its_rate_limit_is_told_to_wait()
    {
        await using var host = await CheckPageHost.StartAsync(o => o.ChecksPerClient = 2);
        using var client = host.Client();

        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var allowed = await client.PostAsJsonAsync("api/check", new { baseUrl = "", certificate = "" });
            Assert.Equal(HttpStatusCode.BadRequest, allowed.StatusCode);
        }

        using var refused = await client.PostAsJsonAsync("api/check", new { baseUrl = "", certificate = "" });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "no Retry-After");
        Assert.Contains("default-src 'none'", string.Join(' ', refused.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("text/plain", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Too many checks from this address: wait a minute and try again.", await refused.Content.ReadAsStringAsync());
        // The page itself is not counted: an admin who was refused can still read it.
        using var page = await client.GetAsync("");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task A_body_declared_larger_than_the_limit_is_refused_unread()
    {
        await using var host = await CheckPageHost.StartAsync(o => o.MaxRequestBodyBytes = 1024);
        using var client = host.Client();
        using var content = new StringContent("{\"baseUrl\":\"" + new string('a', 2000) + "\"}", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("api/check", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("The request is larger than 1024 bytes: send the base URL and the certificate only.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_of_exactly_the_limit_is_read()
    {
        await using var host = await CheckPageHost.StartAsync(o => o.MaxRequestBodyBytes = 1024);
        using var client = host.Client();
        var json = "{\"baseUrl\":\"\",\"certificate\":\"\"}";
        using var content = new StringContent(json + new string(' ', 1024 - json.Length), Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("api/check", content);

        Assert.Equal(1024, content.Headers.ContentLength);
        // Read, and refused for what it says (no address), not for its size.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Give your Aeries address", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chunked_body_is_cut_off_at_the_limit()
    {
        await using var host = await CheckPageHost.StartAsync(o => o.MaxRequestBodyBytes = 1024);
        using var client = host.Client();
        // A stream of unknown length goes chunked, without Content-Length.
        using var content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes("{\"baseUrl\":\"" + new string('a', 5000) + "\"}")));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        using var response = await client.PostAsync("api/check", content);

        Assert.Null(content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("The request is larger than 1024 bytes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_UseRateLimiter_the_page_refuses_to_check()
    {
        await using var district = await MockDistrict.StartAsync();
        await using var host = await CheckPageHost.StartAsync(useRateLimiter: false);
        using var client = host.Client();

        using var response = await client.PostAsJsonAsync("api/check", new { baseUrl = district.SignInPage, certificate = district.Certificate("full") });

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("UseRateLimiter", await response.Content.ReadAsStringAsync());
        Assert.Empty(district.Server.Journal.Entries);
    }

    [Fact]
    public void Without_AddAeriesCheck_mapping_the_page_fails_at_startup()
    {
        var app = WebApplication.CreateSlimBuilder().Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapAeriesCheck("/", PermissionSpec.BundledExample));

        Assert.Contains("AddAeriesCheck", error.Message);
    }

    /// <summary>A stream that does not say how long it is, so HttpClient sends it chunked.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
