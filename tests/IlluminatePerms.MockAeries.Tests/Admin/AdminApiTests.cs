using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests.Admin;

/// <summary>WireMock.Net's admin API on the mock: the request log from the journal, and posted stubs that win over the built-in routes.</summary>
public sealed class AdminApiTests
{
    private const string Stub = """{"Request":{"Path":"/api/v5/schools/994","Methods":["GET"]},"Response":{"StatusCode":403,"Body":"{\"Message\":\"stubbed\"}"}}""";

    [Fact]
    public async Task The_admin_api_is_off_unless_asked_for()
    {
        await using var server = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 50 });
        using var http = new HttpClient { BaseAddress = server.BaseUrl };

        Assert.Equal(404, (int)(await http.GetAsync("__admin/requests")).StatusCode);
        Assert.Equal(404, (int)(await http.PostAsync("__admin/mappings", new StringContent(Stub, Encoding.UTF8, "application/json"))).StatusCode);
        Assert.Equal(200, (int)(await Get(http, server, "api/v5/schools/994")).StatusCode);
    }

    [Fact]
    public async Task The_request_log_lists_each_answer_newest_first_without_the_certificate()
    {
        await using var server = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 50, AdminInterface = true });
        using var http = new HttpClient { BaseAddress = server.BaseUrl };
        await Get(http, server, "api/v5/schools/994");
        await http.GetAsync("api/v5/schools");

        var text = await http.GetStringAsync("__admin/requests");
        using var log = JsonDocument.Parse(text);
        var entries = log.RootElement.EnumerateArray().ToList();

        Assert.Equal(2, entries.Count);
        Assert.Equal(("/api/v5/schools", 401), Summary(entries[0]));
        Assert.Equal(("/api/v5/schools/994", 200), Summary(entries[1]));
        Assert.Equal("(redacted; profile full)", entries[1].GetProperty("Request").GetProperty("Headers").GetProperty("AERIES-CERT")[0].GetString());
        Assert.False(entries[0].GetProperty("Request").TryGetProperty("Headers", out _));
        Assert.Equal("127.0.0.1", entries[0].GetProperty("Request").GetProperty("ClientIP").GetString());
        Assert.DoesNotContain(server.Certificate("full").Value, text, StringComparison.OrdinalIgnoreCase);

        Assert.Equal(200, (int)(await http.DeleteAsync("__admin/requests")).StatusCode);
        Assert.Equal("[]", await http.GetStringAsync("__admin/requests"));
        Assert.Empty(server.Journal.Entries);
    }

    [Fact]
    public async Task A_posted_stub_wins_over_the_built_in_route_until_the_stubs_are_deleted()
    {
        await using var server = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 50, AdminInterface = true });
        using var http = new HttpClient { BaseAddress = server.BaseUrl };

        var posted = await http.PostAsync("__admin/mappings", new StringContent(Stub, Encoding.UTF8, "application/json"));
        Assert.True((int)posted.StatusCode == 201, await posted.Content.ReadAsStringAsync());
        var stubbed = await Get(http, server, "api/v5/schools/994");
        Assert.Equal(403, (int)stubbed.StatusCode);
        Assert.Equal("""{"Message":"stubbed"}""", await stubbed.Content.ReadAsStringAsync());

        // Other paths, and the stubbed path with a certificate-free call to another route, keep their built-in answers.
        Assert.Equal(200, (int)(await Get(http, server, "api/v5/schools/994/students/99400001")).StatusCode);
        Assert.Equal((403, "127.0.0.1"), (server.Journal.Entries[0].StatusCode, server.Journal.Entries[0].Client));

        Assert.Equal(200, (int)(await http.DeleteAsync("__admin/mappings")).StatusCode);
        Assert.Equal(200, (int)(await Get(http, server, "api/v5/schools/994")).StatusCode);
    }

    [Fact]
    public async Task A_built_in_answer_after_no_stub_matched_keeps_none_of_WireMocks_headers()
    {
        var deleter = new Security.MockCertificate("deleter", "deleter-cert", Grants.GrantSet.Parse("Staff Assignments (Classified): Delete"), "test");
        await using var server = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 50, AdminInterface = true, Certificates = new[] { deleter } });
        using var http = new HttpClient { BaseAddress = server.BaseUrl };
        await http.PostAsync("__admin/mappings", new StringContent(Stub, Encoding.UTF8, "application/json"));
        using var aeries = new Harness.AeriesCaller(server);

        var deleted = await aeries.SendAsync(HttpMethod.Delete, "staff/994605/assignments/classified/1", "deleter", null);

        Assert.Equal((204, null), (deleted.Status, deleted.ContentType));
    }

    [Fact]
    public async Task A_stub_that_answers_404_is_served_as_the_stub_and_the_log_names_each_fault()
    {
        const string Missing = """{"Request":{"Path":"/api/v5/schools/994","Methods":["GET"]},"Response":{"StatusCode":404,"Body":"{\"Message\":\"stubbed away\"}"}}""";
        await using var server = await MockAeriesServer.StartAsync(new MockAeriesOptions
        {
            Scale = 50,
            AdminInterface = true,
            Faults = new[] { new Faults.FaultRule { PathPrefix = "staff", ErrorRate = 1 } },
        });
        using var http = new HttpClient { BaseAddress = server.BaseUrl };
        await http.PostAsync("__admin/mappings", new StringContent(Missing, Encoding.UTF8, "application/json"));

        var stubbed = await Get(http, server, "api/v5/schools/994");
        await Get(http, server, "api/v5/staff/994605");
        using var log = JsonDocument.Parse(await http.GetStringAsync("__admin/requests"));
        var responses = log.RootElement.EnumerateArray().Select(e => e.GetProperty("Response")).ToList();

        Assert.Equal(404, (int)stubbed.StatusCode);
        Assert.Equal("""{"Message":"stubbed away"}""", await stubbed.Content.ReadAsStringAsync());
        Assert.Equal("Error", responses[0].GetProperty("FaultType").GetString());
        Assert.False(responses[1].TryGetProperty("FaultType", out var none) && none.ValueKind != JsonValueKind.Null);
    }

    [Fact]
    public async Task Reset_removes_the_posted_stubs()
    {
        await using var server = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 50, AdminInterface = true });
        using var http = new HttpClient { BaseAddress = server.BaseUrl };
        await http.PostAsync("__admin/mappings", new StringContent(Stub, Encoding.UTF8, "application/json"));

        server.Reset();

        Assert.Equal(200, (int)(await Get(http, server, "api/v5/schools/994")).StatusCode);
    }

    [Theory]
    [InlineData("GET", "__admin/settings", 404, "The mock's admin API has /__admin/requests and /__admin/mappings; nothing answers GET /__admin/settings.")]
    [InlineData("PUT", "__admin/settings", 404, "The mock's admin API has /__admin/requests and /__admin/mappings; nothing answers PUT /__admin/settings.")]
    [InlineData("GET", "__admin/requests/find", 404, "The mock's admin API has /__admin/requests and /__admin/mappings; nothing answers GET /__admin/requests/find.")]
    [InlineData("POST", "__admin/requests", 405, "POST is not allowed on /__admin/requests: GET reads the log, DELETE clears it.")]
    public async Task The_rest_of_wiremocks_admin_api_stays_closed(string method, string path, int status, string message)
    {
        await using var server = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 50, AdminInterface = true });
        using var http = new HttpClient { BaseAddress = server.BaseUrl };

        var answer = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("{\"MaxRequestLogCount\":100}", Encoding.UTF8, "application/json") });
        using var body = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());

        Assert.Equal(status, (int)answer.StatusCode);
        Assert.Equal(message, body.RootElement.GetProperty("Message").GetString());
    }

    private static (string, int) Summary(JsonElement entry)
        => (entry.GetProperty("Request").GetProperty("Path").GetString()!, entry.GetProperty("Response").GetProperty("StatusCode").GetInt32());

    private static Task<HttpResponseMessage> Get(HttpClient http, MockAeriesServer server, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("AERIES-CERT", server.Certificate("full").Value);
        return http.SendAsync(request);
    }
}
