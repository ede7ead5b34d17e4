using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using IlluminatePerms.AspNetCore.Tests.Harness;
using Xunit;

namespace IlluminatePerms.AspNetCore.Tests;

/// <summary>POST api/check against the mock: the check report JSON of docs/cli-report.md, and JSON only.</summary>
public sealed class ApiCheckTests
{
    [Fact]
    public async Task Answers_the_check_report_with_missing_grants_and_their_fix_steps()
    {
        await using var district = await MockDistrict.StartAsync();
        await using var host = await CheckPageHost.StartAsync();
        using var client = host.Client();
        var certificate = district.Certificate("partial");

        using var response = await client.PostAsJsonAsync("api/check", new { baseUrl = district.SignInPage, certificate });
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var report = JsonDocument.Parse(text);
        var root = report.RootElement;
        Assert.Equal("illuminate-perms/check-report/1", root.GetProperty("shape").GetString());
        Assert.Equal("completed", root.GetProperty("outcome").GetString());
        // The sign-in page was pasted; the report names the base URL before /Login.aspx.
        Assert.Equal(district.Server.BaseUrl.AbsoluteUri, root.GetProperty("baseUrl").GetString());
        var missing = root.GetProperty("results").EnumerateArray().Where(r => r.GetProperty("verdict").GetString() == "missing").ToList();
        Assert.NotEmpty(missing);
        Assert.Equal(root.GetProperty("counts").GetProperty("missing").GetInt32(), missing.Count);
        Assert.All(missing, r => Assert.StartsWith("In Aeries, open Security → API Security", r.GetProperty("fix").GetString()));
        Assert.DoesNotContain(certificate, text, System.StringComparison.OrdinalIgnoreCase);
        Assert.Equal(certificate[..4] + "…" + certificate[^4..], root.GetProperty("certificate").GetString());
    }

    [Theory]
    [InlineData(null, "Illuminate Education's permission spec")]
    [InlineData("Illuminate spec of 2026-12", "Illuminate spec of 2026-12")]
    public async Task The_report_names_the_spec_as_the_site_mapped_it(string? specName, string shown)
    {
        await using var district = await MockDistrict.StartAsync();
        await using var host = await CheckPageHost.StartAsync(specName: specName);
        using var client = host.Client();

        using var response = await client.PostAsJsonAsync("api/check", new { baseUrl = district.SignInPage, certificate = district.Certificate("partial") });
        var body = await response.Content.ReadAsStringAsync();

        // Said first, so that a failure shows what the page answered (once, under full-CI load, an empty body).
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        using var report = JsonDocument.Parse(body);
        Assert.Equal(shown, report.RootElement.GetProperty("spec").GetString());
    }

    [Fact]
    public async Task Answers_a_features_array_with_each_features_verdict()
    {
        await using var district = await MockDistrict.StartAsync();
        await using var host = await CheckPageHost.StartAsync(spec: FeatureSpecs.RosteringAndCalendars);
        using var client = host.Client();

        using var response = await client.PostAsJsonAsync("api/check", new { baseUrl = district.SignInPage, certificate = district.Certificate("partial") });

        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var features = report.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(new[] { ("Rostering", "works"), ("Calendars", "fails") }, features.Select(f => (f.GetProperty("name").GetString()!, f.GetProperty("verdict").GetString()!)));
        Assert.Equal("Class Calendars", features[1].GetProperty("missing")[0].GetProperty("area").GetString());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task Refuses_what_a_cross_site_form_can_send(string contentType)
    {
        await using var district = await MockDistrict.StartAsync();
        await using var host = await CheckPageHost.StartAsync();
        using var client = host.Client();
        var body = JsonSerializer.Serialize(new { baseUrl = district.SignInPage, certificate = district.Certificate("full") });
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        using var response = await client.PostAsync("api/check", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.StartsWith("Send the check as application/json", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString(), System.StringComparison.Ordinal);
        Assert.Empty(district.Server.Journal.Entries);
    }

    [Fact]
    public async Task A_body_that_is_not_the_request_is_refused_without_repeating_it()
    {
        await using var host = await CheckPageHost.StartAsync();
        using var client = host.Client();
        const string certificate = "477a6f3c9d2e4b1a8c7f6e5d4c3bf5e1";
        using var content = new StringContent("{\"baseUrl\": \"https://demo.aeries.net/aeries/\", \"certificate\": " + certificate + "}", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("api/check", content);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(certificate, text, System.StringComparison.OrdinalIgnoreCase);
        Assert.Contains("The body is not a JSON object {\"baseUrl\": \"…\", \"certificate\": \"…\"}.", JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString(), System.StringComparison.Ordinal);
        Assert.Equal("Not a check request", JsonDocument.Parse(text).RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_certificate_pasted_as_the_base_url_is_neither_shown_nor_called()
    {
        await using var host = await CheckPageHost.StartAsync();
        using var client = host.Client();
        const string certificate = "477a6f3c9d2e4b1a8c7f6e5d4c3bf5e1";

        using var response = await client.PostAsJsonAsync("api/check", new { baseUrl = certificate, certificate });
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("shape of a certificate", text);
        Assert.DoesNotContain(certificate, text, System.StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(host.Logs, line => line.Contains(certificate, System.StringComparison.OrdinalIgnoreCase));
    }
}
