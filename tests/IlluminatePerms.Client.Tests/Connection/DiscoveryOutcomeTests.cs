using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Client.Http;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.Connection;
using IlluminatePerms.Tests.Shared.Hostile;
using IlluminatePerms.Tests.Shared.Threading;
using Xunit;

namespace IlluminatePerms.Client.Tests.Connection;

/// <summary>What discovery says of each base it tried, on a host whose paths answer every way but Aeries' own.</summary>
public sealed class DiscoveryOutcomeTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Each_candidate_is_tried_once_in_order_and_the_first_that_answers_like_Aeries_is_found()
    {
        var tooLarge = "{\"AeriesVersion\":\"" + new string('x', 70_000) + "\"}";
        await using var server = HostileServer.Start(HostileAnswers.ByPath(
            HostileAnswers.Json(200, tooLarge),
            ("/district/", HostileAnswers.Json(404, "{\"Message\":\"Not found\"}")),
            ("/aeries/admin/", HostileAnswers.Json(200, "{}")),
            ("/aeries/", HostileAnswers.SignInPage()),
            ("/admin/", HostileAnswers.Json(500, "{\"Message\":\"Error\"}")),
            ("/Aeries.net/", HostileAnswers.Json(200, "{\"AeriesVersion\":\"10.2\"}")),
            ("/AeriesNet/", HostileAnswers.Json(200, "{\"AeriesVersion\":\"10.3\"}"))));
        using var http = new HttpClient(AeriesPrimaryHandler.Create(null));

        var result = await AeriesBaseUrlDiscovery.DiscoverAsync(new Uri(server.BaseUrl, "district/LoginParent.aspx").ToString(), http).WaitAsync(HangGuard);

        var expected = new (string Path, int? Status, string? Version, string Outcome)[]
        {
            ("district/", 404, null, "answered 404"),
            ("aeries/", 200, null, "answered 200 with something other than Aeries' JSON (a web page?)"),
            (string.Empty, 200, null, "answered 200 with a large body, not Aeries' systeminfo"),
            ("admin/", 500, null, "answered 500"),
            ("aeries/admin/", 200, null, "answered 200, but not with an Aeries version"),
            ("Aeries.net/", 200, "10.2", "Aeries 10.2"),
            ("AeriesNet/", 200, "10.3", "Aeries 10.3"),
        };
        Assert.Equal(
            expected.Select(e => (server.BaseUrl + e.Path, e.Status, e.Version, e.Outcome)),
            result.Attempts.Select(a => (a.BaseUrl.ToString(), a.StatusCode, a.AeriesVersion, a.Outcome)));
        Assert.Equal(server.BaseUrl + "Aeries.net/", result.Found?.ToString());
        Assert.Equal(expected.Length, server.Received.Count);
        Assert.All(server.Received, request =>
        {
            Assert.Equal("GET", request.Method);
            Assert.EndsWith("/api/v5/systeminfo", request.Target, StringComparison.Ordinal);
            Assert.Equal("application/json", request.Header("Accept"));
            Assert.Equal("IlluminatePerms/0.1.0", request.Header("User-Agent"));
            Assert.Null(request.Header("AERIES-CERT"));
        });
    }

    [Fact]
    public async Task Every_status_from_300_to_399_is_a_redirect_that_is_named_and_not_followed()
    {
        await using var trap = HostileServer.StartTrap();
        await using var server = HostileServer.Start(HostileAnswers.ByPath(
            HostileAnswers.Redirect(399, trap.BaseUrl + "x"),
            ("/district/", HostileAnswers.Redirect(300, trap.BaseUrl + "x"))));
        using var http = new HttpClient(AeriesPrimaryHandler.Create(null));

        var result = await AeriesBaseUrlDiscovery.DiscoverAsync(new Uri(server.BaseUrl, "district/").ToString(), http).WaitAsync(HangGuard);

        Assert.Null(result.Found);
        Assert.Equal(300, result.Attempts[0].StatusCode);
        Assert.All(result.Attempts.Skip(1), a => Assert.Equal(399, a.StatusCode));
        Assert.All(result.Attempts, a => Assert.Contains(trap.BaseUrl.Host, a.Outcome, StringComparison.Ordinal));
        Assert.Equal(0, trap.ConnectionsAccepted);
    }

    [Fact]
    public async Task A_host_that_does_not_answer_in_time_is_timed_out_and_the_callers_cancel_is_the_callers()
    {
        await using var server = HostileServer.Start(HostileAnswers.Silence());
        using var http = new HttpClient(AeriesPrimaryHandler.Create(null)) { Timeout = TimeSpan.FromMilliseconds(300) };

        var result = await AeriesBaseUrlDiscovery.DiscoverAsync(server.BaseUrl.ToString(), http).WaitAsync(HangGuard);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        using var patient = new HttpClient(AeriesPrimaryHandler.Create(null));
        var cancelled = AeriesBaseUrlDiscovery.DiscoverAsync(server.BaseUrl.ToString(), patient, cancellationToken: cancel.Token).WaitAsync(HangGuard);

        Assert.Null(result.Found);
        Assert.All(result.Attempts, attempt => Assert.Equal((null, "timed out"), (attempt.StatusCode, attempt.Outcome)));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
    }

    [Fact]
    public async Task A_certificate_from_an_authority_nobody_trusts_is_named_as_the_reason()
    {
        await using var server = new TlsTestServer();
        using var http = new HttpClient(AeriesPrimaryHandler.Create(null));

        var result = await AeriesBaseUrlDiscovery.DiscoverAsync(server.BaseUrl.ToString(), http).WaitAsync(HangGuard);

        Assert.Null(result.Found);
        Assert.All(result.Attempts, attempt => Assert.Equal((null, "TLS handshake failed (a district certificate authority to trust?)"), (attempt.StatusCode, attempt.Outcome)));
    }

    [Fact]
    public async Task No_http_client_is_refused_at_once()
        => await Assert.ThrowsAsync<ArgumentNullException>(() => AeriesBaseUrlDiscovery.DiscoverAsync("https://district.example/", null!));

    [Fact]
    public async Task Discovery_never_comes_back_to_the_callers_context()
    {
        await using var server = HostileServer.Start(HostileAnswers.ByPath(
            HostileAnswers.Json(404, "{\"Message\":\"Not found\"}"),
            ("/aeries/", HostileAnswers.Json(200, "{\"AeriesVersion\":\"10.2\"}"))));
        using var http = new HttpClient(AeriesPrimaryHandler.Create(null));
        AeriesDiscoveryResult? result = null;

        var returns = await CallerContext.ReturnsDuring(async () => result = await AeriesBaseUrlDiscovery.DiscoverAsync(server.BaseUrl.ToString(), http).ConfigureAwait(false));

        Assert.Equal(0, returns);
        Assert.Equal(server.BaseUrl + "aeries/", result?.Found?.ToString());
    }
}
