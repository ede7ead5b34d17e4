using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using IlluminatePerms.AspNetCore.Tests.Harness;
using Xunit;

namespace IlluminatePerms.AspNetCore.Tests;

/// <summary>The headers of every answer, and a page that needs no inline script or style to work.</summary>
public sealed class SecurityHeaderTests
{
    [Theory]
    [InlineData("GET", "")]
    [InlineData("GET", "assets/check.js")]
    [InlineData("GET", "assets/check.css")]
    [InlineData("POST", "api/check")]
    [InlineData("POST", "check")]
    public async Task Every_answer_forbids_inline_script_framing_and_sniffing(string method, string path)
    {
        await using var host = await CheckPageHost.StartAsync();
        using var client = host.Client();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new { baseUrl = "", certificate = "" });
        }

        using var response = await client.SendAsync(request);

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("default-src 'none'", policy);
        Assert.Contains("form-action 'self'", policy);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Cross-Origin-Opener-Policy").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Cross-Origin-Resource-Policy").Single());
        Assert.Equal("camera=(), microphone=(), geolocation=(), payment=()", response.Headers.GetValues("Permissions-Policy").Single());
    }

    [Fact]
    public async Task The_page_and_its_answers_are_not_cached()
    {
        await using var host = await CheckPageHost.StartAsync();
        using var client = host.Client();

        using var response = await client.GetAsync("");

        Assert.True(response.Headers.CacheControl?.NoStore, "the page holds an anti-forgery token: no-store");
    }

    [Fact]
    public async Task The_page_holds_no_inline_script_or_style()
    {
        await using var host = await CheckPageHost.StartAsync();
        using var client = host.Client();

        var html = await client.GetStringAsync("");

        var scripts = Regex.Matches(html, "<script([^>]*)>(.*?)</script>", RegexOptions.Singleline);
        Assert.Single(scripts);
        Assert.Contains("src=\"/assets/check.js\"", scripts[0].Groups[1].Value);
        Assert.Equal("", scripts[0].Groups[2].Value);
        Assert.DoesNotContain("<style", html);
        Assert.DoesNotContain(" style=", html);
        Assert.DoesNotMatch(" on[a-z]+=", html);
    }

    [Fact]
    public async Task Mapped_under_a_path_the_page_names_its_files_under_it()
    {
        await using var host = await CheckPageHost.StartAsync(path: "/onboarding/aeries");
        using var client = host.Client();

        var html = await client.GetStringAsync("onboarding/aeries");
        using var script = await client.GetAsync("onboarding/aeries/assets/check.js");

        Assert.Contains("src=\"/onboarding/aeries/assets/check.js\"", html);
        Assert.Contains("action=\"/onboarding/aeries/check\"", html);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
    }
}
