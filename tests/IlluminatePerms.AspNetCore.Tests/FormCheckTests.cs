using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using IlluminatePerms.AspNetCore.Tests.Harness;
using Xunit;

namespace IlluminatePerms.AspNetCore.Tests;

/// <summary>POST check, the page's form: anti-forgery, the page answered without script, the event stream with it.</summary>
public sealed class FormCheckTests
{
    [Fact]
    public async Task Without_the_anti_forgery_token_nothing_is_checked()
    {
        await using var district = await MockDistrict.StartAsync();
        await using var host = await CheckPageHost.StartAsync();
        using var client = host.Client();

        using var response = await client.PostAsync("check", PageForm.Fields(district.SignInPage, district.Certificate("full"), token: null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("reload the page", await response.Content.ReadAsStringAsync());
        Assert.Empty(district.Server.Journal.Entries);
    }

    [Fact]
    public async Task A_token_from_another_visitor_is_refused()
    {
        await using var district = await MockDistrict.StartAsync();
        await using var host = await CheckPageHost.StartAsync();
        using var attacker = host.Client();
        using var victim = host.Client();
        // The attacker's page token is valid only with the attacker's cookie, which the victim's browser lacks.
        var token = await PageForm.TokenAsync(attacker);
        await victim.GetStringAsync("");

        using var response = await victim.PostAsync("check", PageForm.Fields(district.SignInPage, district.Certificate("full"), token));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(district.Server.Journal.Entries);
    }

    [Fact]
    public async Task Without_script_the_form_answers_the_page_with_what_to_tick()
    {
        await using var district = await MockDistrict.StartAsync();
        await using var host = await CheckPageHost.StartAsync();
        var certificate = district.Certificate("partial");

        var (response, html) = await PostFormAsync(host, district.SignInPage, certificate, events: false);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h3 id=\"fix-heading\">What to tick in Aeries</h3>", html);
        var steps = Regex.Matches(html, "<ol id=\"fix\"[^>]*>(.*?)</ol>").Single().Groups[1].Value;
        Assert.Contains("tick ", steps);
        Assert.Contains("data-verdict=\"missing\"", html);
        // The form is there again, with a token, for a second check after ticking.
        Assert.Contains("<form id=\"check-form\"", html);
        Assert.DoesNotContain(certificate, html, System.StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task With_script_each_probe_is_an_event_and_the_result_comes_last()
    {
        await using var district = await MockDistrict.StartAsync();
        await using var host = await CheckPageHost.StartAsync();
        var certificate = district.Certificate("partial");

        var (response, stream) = await PostFormAsync(host, district.SignInPage, certificate, events: true);

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = stream.Split("\n\n", System.StringSplitOptions.RemoveEmptyEntries)
            .Select(block => (Type: Regex.Match(block, "^event: (.*)$", RegexOptions.Multiline).Groups[1].Value, Data: Regex.Match(block, "^data: (.*)$", RegexOptions.Multiline).Groups[1].Value))
            .ToList();
        var progress = events.Where(e => e.Type == "progress").Select(e => JsonDocument.Parse(e.Data).RootElement).ToList();
        Assert.NotEmpty(progress);
        var total = progress[0].GetProperty("total").GetInt32();
        Assert.Equal(Enumerable.Range(1, total), progress.Select(p => p.GetProperty("completed").GetInt32()).Order());
        Assert.Equal("result", events[^1].Type);
        var result = JsonDocument.Parse(events[^1].Data).RootElement.GetProperty("html").GetString()!;
        Assert.Contains("What to tick in Aeries", result);
        Assert.DoesNotContain(certificate, stream, System.StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_report_download_is_the_self_contained_html_report()
    {
        await using var district = await MockDistrict.StartAsync();
        await using var host = await CheckPageHost.StartAsync();
        var certificate = district.Certificate("partial");

        var (response, html) = await PostFormAsync(host, district.SignInPage, certificate, events: false);

        var link = Regex.Match(html, "<a id=\"download\" download=\"(?<file>[^\"]+)\" href=\"data:text/html;charset=utf-8;base64,(?<body>[^\"]+)\">");
        Assert.True(link.Success, "no download link");
        Assert.Equal("aeries-check-127.0.0.1.html", link.Groups["file"].Value);
        var report = System.Text.Encoding.UTF8.GetString(System.Convert.FromBase64String(link.Groups["body"].Value));
        Assert.StartsWith("<!DOCTYPE html>", report);
        Assert.Contains("<h1>Aeries API permissions check</h1>", report);
        Assert.Contains("<ol id=\"fix\">", report);
        Assert.DoesNotContain(certificate, report, System.StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_page_says_which_feature_works_and_which_will_fail_with_what_to_tick()
    {
        await using var district = await MockDistrict.StartAsync();
        await using var host = await CheckPageHost.StartAsync(spec: FeatureSpecs.RosteringAndCalendars);

        var (_, html) = await PostFormAsync(host, district.SignInPage, district.Certificate("partial"), events: false);

        Assert.Contains("<h3 id=\"features-heading\">Features</h3>", html);
        var start = html.IndexOf("<ul id=\"features\" aria-labelledby=\"features-heading\">", System.StringComparison.Ordinal);
        Assert.True(start > 0, "no features list");
        var features = html[start..html.IndexOf("<h3>", start, System.StringComparison.Ordinal)];
        Assert.Contains("<li data-feature-verdict=\"works\"><strong>Rostering</strong>", features);
        Assert.Contains("<li data-feature-verdict=\"fails\"><strong>Calendars</strong>", features);
        Assert.Contains("Class Calendars: Read is missing: in Security → API Security, under “Scheduling” tick Class Calendars → Read.", features);
        // After what to tick first, before the tables.
        Assert.True(html.IndexOf("fix-heading", System.StringComparison.Ordinal) < html.IndexOf("features-heading", System.StringComparison.Ordinal));
        Assert.True(html.IndexOf("features-heading", System.StringComparison.Ordinal) < html.IndexOf("<table>", System.StringComparison.Ordinal));
        // The downloadable report has the section too.
        var report = System.Text.Encoding.UTF8.GetString(System.Convert.FromBase64String(Regex.Match(html, "base64,(?<body>[^\"]+)\"").Groups["body"].Value));
        Assert.Contains("<li data-feature-verdict=\"fails\"><strong>Calendars</strong>", report);
    }

    [Fact]
    public async Task A_spec_without_features_gives_the_page_no_features_section()
    {
        await using var district = await MockDistrict.StartAsync();
        await using var host = await CheckPageHost.StartAsync(spec: FeatureSpecs.WithoutFeatures);

        var (response, html) = await PostFormAsync(host, district.SignInPage, district.Certificate("partial"), events: false);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("fix-heading", html);
        Assert.DoesNotContain("features-heading", html);
    }

    /// <summary>Posts the form as the page does (token from a GET, its cookie kept), asking for the event stream or the page.</summary>
    private static async Task<(HttpResponseMessage Response, string Body)> PostFormAsync(CheckPageHost host, string baseUrl, string certificate, bool events)
    {
        using var client = host.Client();
        var token = await PageForm.TokenAsync(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, "check") { Content = PageForm.Fields(baseUrl, certificate, token) };
        if (events)
        {
            request.Headers.Accept.ParseAdd("text/event-stream");
        }

        var response = await client.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }
}
