using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using IlluminatePerms.Client.Http;
using IlluminatePerms.Connection;
using IlluminatePerms.Tests.Shared.Hostile;
using Xunit;

namespace IlluminatePerms.Client.Tests.Connection;

/// <summary>Base-URL discovery reports a 3xx as a redirect attempt and never finds a base through one.</summary>
public sealed class DiscoveryRedirectTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Every_candidate_that_redirects_is_reported_as_a_redirect_and_nothing_reaches_the_target()
    {
        await using var trap = HostileServer.StartTrap();
        await using var server = HostileServer.Start(HostileAnswers.Redirect(302, new Uri(trap.BaseUrl, "aeries/api/v5/systeminfo").ToString()));
        using var http = new HttpClient(AeriesPrimaryHandler.Create(null));

        var result = await AeriesBaseUrlDiscovery.DiscoverAsync(server.BaseUrl.ToString(), http).WaitAsync(HangGuard);

        Assert.Null(result.Found);
        Assert.All(result.Attempts, attempt =>
        {
            Assert.Equal(302, attempt.StatusCode);
            Assert.Equal($"the server redirects to {trap.Origin} instead of answering: the base URL is probably wrong (see base-url)", attempt.Outcome);
        });
        Assert.Equal(result.Attempts.Count, server.Received.Count);
        Assert.Equal(0, trap.ConnectionsAccepted);
    }

    [Fact]
    public async Task A_redirect_the_callers_http_client_followed_to_a_real_aeries_is_not_found()
    {
        // The trap answers like Aeries; a default HttpClient follows the redirect to it. The answer
        // came from another host, so no candidate of the pasted host is taken for the base.
        await using var trap = HostileServer.Start(HostileAnswers.Json(200, "{\"AeriesVersion\":\"10.1\"}"), System.Net.IPAddress.Parse("127.0.0.2"));
        await using var server = HostileServer.Start(HostileAnswers.Redirect(307, new Uri(trap.BaseUrl, "api/v5/systeminfo").ToString()));
        using var http = new HttpClient();

        var result = await AeriesBaseUrlDiscovery.DiscoverAsync(server.BaseUrl.ToString(), http).WaitAsync(HangGuard);

        Assert.Null(result.Found);
        Assert.All(result.Attempts, attempt => Assert.StartsWith($"the server redirects to {trap.Origin} instead of answering", attempt.Outcome, StringComparison.Ordinal));
        Assert.All(trap.Received, request => Assert.Null(request.Header("AERIES-CERT")));
    }
}
