using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using IlluminatePerms.Checking;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Client.Errors;
using IlluminatePerms.Client.Tests.Checking;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries;
using IlluminatePerms.MockAeries.Testing;
using IlluminatePerms.Tests.Shared.Hostile;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IlluminatePerms.Client.Tests.Transport;

/// <summary>
/// A 3xx is an answer, never followed: the client, the checker, the harness and the registered
/// pipeline report "the server redirects to &lt;origin&gt; instead of answering", and nothing, least
/// of all the certificate, reaches the host the Location names (a trap on 127.0.0.2).
/// </summary>
public sealed class RedirectTests
{
    private const string Advice = "instead of answering: the base URL is probably wrong (see base-url)";
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    public static TheoryData<int, string> Redirects()
    {
        var data = new TheoryData<int, string>();
        foreach (var status in new[] { 300, 301, 302, 303, 307, 308 })
        {
            foreach (var kind in new[] { "trap", "plain-http", "file", "relative" })
            {
                data.Add(status, kind);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Redirects))]
    public async Task The_client_reports_a_redirect_and_never_follows_it(int status, string kind)
    {
        await using var trap = HostileServer.StartTrap();
        var (location, origin) = Location(kind, trap);
        await using var server = HostileServer.Start(HostileAnswers.Redirect(status, location));
        var client = HostileClients.Direct(server, HostileClients.NewCertificate());

        var error = await Assert.ThrowsAsync<AeriesRedirectException>(() => client.GetSchoolsAsync().WaitAsync(HangGuard));

        Assert.Equal(status, error.StatusCode);
        Assert.Equal(origin ?? server.Origin, error.Target);
        Assert.Contains($"the server redirects to {origin ?? server.Origin} {Advice}", error.Message, StringComparison.Ordinal);
        Assert.False(error.Followed);
        Assert.Single(server.Received);
        Assert.Equal(0, trap.ConnectionsAccepted);
    }

    [Fact]
    public async Task The_registered_pipeline_neither_follows_nor_retries_a_redirect()
    {
        await using var trap = HostileServer.StartTrap();
        await using var server = HostileServer.Start(HostileAnswers.Redirect(307, new Uri(trap.BaseUrl, "api/v5/schools").ToString()));
        var services = new ServiceCollection();
        services.AddAeriesClient(HostileClients.BaseUrl(server), HostileClients.NewCertificate(), o =>
        {
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(2);
        });
        await using var provider = services.BuildServiceProvider();

        var error = await Assert.ThrowsAsync<AeriesRedirectException>(() => provider.GetRequiredService<IAeriesClient>().GetSchoolsAsync().WaitAsync(HangGuard));

        Assert.Equal(trap.Origin, error.Target);
        Assert.Single(server.Received);
        Assert.Equal(0, trap.ConnectionsAccepted);
    }

    [Fact]
    public async Task A_client_with_the_harness_settings_never_follows_a_redirect()
    {
        await using var trap = HostileServer.StartTrap();
        await using var server = HostileServer.Start(HostileAnswers.Redirect(302, new Uri(trap.BaseUrl, "api/v5/schools").ToString()));
        await using var harness = await MockAeriesHarness.StartAsync(MockAeriesServer.BundledSpec.Grants, new MockAeriesHarnessOptions { Scale = 20 });
        var services = new ServiceCollection();
        // The harness's own clients talk to the mock, which never redirects: point one with its settings elsewhere.
        services.AddAeriesClient(HostileClients.BaseUrl(server), HostileClients.NewCertificate(), harness.ConfigureClient);
        await using var provider = services.BuildServiceProvider();

        var error = await Assert.ThrowsAsync<AeriesRedirectException>(() => provider.GetRequiredService<IAeriesClient>().GetSchoolsAsync().WaitAsync(HangGuard));

        Assert.Equal(trap.Origin, error.Target);
        Assert.Equal(0, trap.ConnectionsAccepted);
    }

    [Fact]
    public async Task A_certificate_echoed_into_the_location_is_not_repeated()
    {
        var certificate = HostileClients.NewCertificate();
        await using var server = HostileServer.Start((request, connection, token) =>
            HostileAnswers.Redirect(302, $"https://{request.Header("AERIES-CERT")}.example.org/path?cert={request.Header("AERIES-CERT")}")(request, connection, token));
        var client = HostileClients.Direct(server, certificate);

        var error = await Assert.ThrowsAsync<AeriesRedirectException>(() => client.GetSchoolsAsync().WaitAsync(HangGuard));

        Assert.Equal($"https://{certificate.Redacted}.example.org", error.Target);
        Assert.False(certificate.AppearsIn(error.Message));
        Assert.DoesNotContain("path", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redirect_a_callers_http_client_followed_is_still_no_answer()
    {
        // new HttpClient() follows redirects (the .NET default): the request reaches the trap before
        // the client can see it, but what the trap answered is never taken for the district's data.
        await using var trap = HostileServer.StartTrap();
        await using var server = HostileServer.Start(HostileAnswers.Redirect(307, new Uri(trap.BaseUrl, "api/v5/schools").ToString()));
        using var http = new HttpClient();
        var client = new AeriesClient(HostileClients.BaseUrl(server), HostileClients.NewCertificate(), http);

        var error = await Assert.ThrowsAsync<AeriesRedirectException>(() => client.GetSchoolsAsync().WaitAsync(HangGuard));

        Assert.True(error.Followed);
        Assert.Equal(trap.Origin, error.Target);
        Assert.Contains("AeriesPrimaryHandler.Create", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_check_whose_systeminfo_redirects_ends_there_and_names_the_redirect()
    {
        await using var trap = HostileServer.StartTrap();
        await using var server = HostileServer.Start(HostileAnswers.Redirect(301, new Uri(trap.BaseUrl, "aeries/").ToString()));
        using var checker = new CheckerHarness();

        var report = await checker.Checker.CheckAsync(Request(server)).WaitAsync(HangGuard);

        Assert.Equal(CheckOutcome.Unreachable, report.Outcome);
        Assert.Contains($"systeminfo: the server redirects to {trap.Origin} {Advice}", report.Summary, StringComparison.Ordinal);
        Assert.Empty(report.Results);
        Assert.Equal(0, trap.ConnectionsAccepted);
    }

    [Fact]
    public async Task A_check_whose_schools_redirects_ends_there()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 20 });
        await using var trap = HostileServer.StartTrap();
        await using var server = HostileServer.Start(HostileAnswers.ByPath(
            HostileAnswers.Proxy(mock.Server.BaseUrl),
            ("/api/v5/schools", HostileAnswers.Redirect(308, new Uri(trap.BaseUrl, "api/v5/schools").ToString()))));
        using var checker = new CheckerHarness();

        var report = await checker.Checker.CheckAsync(Request(server, mock.Certificate("full"))).WaitAsync(HangGuard);

        Assert.Equal(CheckOutcome.Unreachable, report.Outcome);
        Assert.Contains($"schools: the server redirects to {trap.Origin} {Advice}", report.Summary, StringComparison.Ordinal);
        Assert.Equal(0, trap.ConnectionsAccepted);
    }

    [Fact]
    public async Task A_probe_that_redirects_is_an_error_not_evidence()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 20 });
        await using var trap = HostileServer.StartTrap();
        await using var server = HostileServer.Start(HostileAnswers.ByPath(
            HostileAnswers.Proxy(mock.Server.BaseUrl),
            ("/students", HostileAnswers.Redirect(302, new Uri(trap.BaseUrl, "api/v5/students").ToString()))));
        using var checker = new CheckerHarness();

        var report = await checker.Checker.CheckAsync(Request(server, mock.Certificate("full"), "Student Data: Read")).WaitAsync(HangGuard);

        Assert.Equal(CheckOutcome.Completed, report.Outcome);
        var student = Assert.Single(report.Results);
        Assert.Equal(GrantVerdict.Error, student.Verdict);
        Assert.Contains($"the server redirects to {trap.Origin} {Advice}", student.Reason, StringComparison.Ordinal);
        Assert.Equal(0, trap.ConnectionsAccepted);
    }

    private static GrantCheckRequest Request(HostileServer server, IlluminatePerms.Connection.AeriesCertificate? certificate = null, string? spec = null) => new()
    {
        BaseUrl = HostileClients.BaseUrl(server),
        Certificate = certificate ?? HostileClients.NewCertificate(),
        Spec = spec is null ? CheckerHarness.Spec : GrantSet.Parse(spec),
        ProbeOutsideSpec = false,
    };

    /// <summary>The Location of a kind of redirect, and the origin the report must name (null: the server's own).</summary>
    private static (string Location, string? Origin) Location(string kind, HostileServer trap) => kind switch
    {
        "trap" => (new Uri(trap.BaseUrl, "api/v5/schools").ToString(), trap.Origin),
        "plain-http" => ("http://aeries.district.example/aeries/api/v5/schools", "http://aeries.district.example"),
        "file" => ("file:///etc/passwd", "file://"),
        "relative" => ("/elsewhere/api/v5/schools", null),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
