using System;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.Client.Tests.Transport;
using IlluminatePerms.Connection;
using IlluminatePerms.MockAeries;
using IlluminatePerms.Tests.Shared.Hostile;
using Xunit;

namespace IlluminatePerms.Client.Tests.Checking;

/// <summary>
/// The check's first two requests, systeminfo and schools, go out together: a server that fails
/// either ends the check before any verdict, the summary says which request failed and how, and no
/// request is left on the wire when the report comes back.
/// </summary>
public sealed class CheckStartTests
{
    private const long AnswerCap = 1024;

    public static TheoryData<string, string> SystemInfoAnswers() => new()
    {
        { "redirect", "api/v5/systeminfo: the server redirects to https://sso.example.org instead of answering: the base URL is probably wrong (see base-url)." },
        { "no version", "api/v5/systeminfo answered, but not with an Aeries version: check the base URL." },
        { "too large", "api/v5/systeminfo did not answer like Aeries (answer too large): check the base URL (AeriesBaseUrl discovery can find it)." },
        { "error", "api/v5/systeminfo did not answer like Aeries (status 500): check the base URL (AeriesBaseUrl discovery can find it)." },
    };

    [Theory]
    [MemberData(nameof(SystemInfoAnswers))]
    public async Task A_systeminfo_answer_that_is_not_aeries_ends_the_check_and_drops_the_schools_request(string answer, string summaryAfterBaseUrl)
    {
        // Schools never answers: only the check cancelling it ends that request.
        await using var server = HostileServer.Start(HostileAnswers.ByPath(HostileAnswers.Silence(), ("/systeminfo", SystemInfo(answer))));
        using var harness = new CheckerHarness(maxReadRetries: 0, maxResponseBytes: AnswerCap);

        var report = await harness.CheckAsync(HostileClients.BaseUrl(server), HostileClients.NewCertificate());

        Assert.Equal((CheckOutcome.Unreachable, server.BaseUrl + summaryAfterBaseUrl), (report.Outcome, report.Summary));
        Assert.Null(report.AeriesVersion);
        Assert.Empty(report.Results);
        Assert.Equal(0, harness.InFlight.Current);
    }

    [Fact]
    public async Task A_server_whose_certificate_no_trusted_authority_issued_is_named_as_a_tls_failure()
    {
        await using var server = new TlsTestServer();
        using var harness = new CheckerHarness(maxReadRetries: 0);

        var report = await harness.CheckAsync(AeriesBaseUrl.Parse(server.BaseUrl.ToString()), HostileClients.NewCertificate());

        Assert.Equal(
            (CheckOutcome.Unreachable, server.BaseUrl + "api/v5/systeminfo did not answer like Aeries (TLS handshake failed: a district certificate authority may need trusting): check the base URL (AeriesBaseUrl discovery can find it)."),
            (report.Outcome, report.Summary));
    }

    public static TheoryData<string, string> SchoolsAnswers() => new()
    {
        { "redirect", "{0}api/v5/schools: the server redirects to https://sso.example.org instead of answering: the base URL is probably wrong (see base-url)." },
        { "too large", "Aeries answered systeminfo but not schools (answer too large)." },
        { "not json", "Aeries answered systeminfo but not schools (answered 200 with text/plain, not Aeries' JSON: a sign-in page or a proxy in the way?)." },
    };

    [Theory]
    [MemberData(nameof(SchoolsAnswers))]
    public async Task A_schools_answer_that_is_not_aeries_ends_the_check_after_systeminfo(string answer, string summary)
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 50 });
        await using var server = HostileServer.Start(EvidenceAnswers.When(EvidenceAnswers.PathEndsWith("/api/v5/schools"), Schools(answer), HostileAnswers.Proxy(mock.Server.BaseUrl)));
        using var harness = new CheckerHarness(maxReadRetries: 0, maxResponseBytes: AnswerCap);

        var report = await harness.CheckAsync(HostileClients.BaseUrl(server), mock.Certificate("full"));

        Assert.Equal((CheckOutcome.Unreachable, string.Format(System.Globalization.CultureInfo.InvariantCulture, summary, server.BaseUrl)), (report.Outcome, report.Summary));
        Assert.False(string.IsNullOrEmpty(report.AeriesVersion));
        Assert.Empty(report.Results);
    }

    [Theory]
    [InlineData(false, CheckOutcome.DeadlineExceeded)]
    [InlineData(true, CheckOutcome.Cancelled)]
    public async Task A_check_stopped_while_systeminfo_is_unanswered_says_so_and_leaves_nothing_on_the_wire(bool byCaller, CheckOutcome outcome)
    {
        await using var server = HostileServer.Start(HostileAnswers.Silence());
        using var harness = new CheckerHarness(maxReadRetries: 0);
        using var stop = new CancellationTokenSource();

        var checking = harness.CheckAsync(HostileClients.BaseUrl(server), HostileClients.NewCertificate(), b => b.Deadline = byCaller ? TimeSpan.FromMinutes(3) : TimeSpan.FromMilliseconds(300), cancellationToken: stop.Token);
        if (byCaller)
        {
            await WhenReceivedAsync(server, 2);
            await stop.CancelAsync();
        }

        var report = await checking;

        Assert.Equal((outcome, "The check was stopped before Aeries answered systeminfo."), (report.Outcome, report.Summary));
        Assert.Equal(0, harness.InFlight.Current);
    }

    [Fact]
    public async Task A_check_stopped_while_schools_is_unanswered_says_it_was_checking_the_certificate()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 50 });
        await using var server = HostileServer.Start(EvidenceAnswers.When(EvidenceAnswers.PathEndsWith("/api/v5/schools"), HostileAnswers.Silence(), HostileAnswers.Proxy(mock.Server.BaseUrl)));
        using var harness = new CheckerHarness(maxReadRetries: 0);

        var report = await harness.CheckAsync(HostileClients.BaseUrl(server), mock.Certificate("full"), b => b.Deadline = TimeSpan.FromSeconds(3));

        Assert.Equal((CheckOutcome.DeadlineExceeded, "The check was stopped while checking the certificate."), (report.Outcome, report.Summary));
        Assert.False(string.IsNullOrEmpty(report.AeriesVersion));
    }

    private static HostileAnswer SystemInfo(string answer) => answer switch
    {
        "redirect" => HostileAnswers.Redirect(302, "https://sso.example.org/login"),
        "no version" => HostileAnswers.Json(200, """{"AeriesVersion": "", "DatabaseYear": "2025"}"""),
        "too large" => HostileAnswers.Json(200, $$"""{"AeriesVersion": "10.0.0", "Padding": "{{new string('x', (int)AnswerCap * 2)}}"}"""),
        _ => HostileAnswers.Json(500, """{"Message": "An error has occurred."}"""),
    };

    private static HostileAnswer Schools(string answer) => answer switch
    {
        "redirect" => HostileAnswers.Redirect(302, "https://sso.example.org/login"),
        "too large" => HostileAnswers.Json(200, $$"""[{"SchoolCode": 994, "Name": "{{new string('x', (int)AnswerCap * 2)}}"}]"""),
        _ => HostileAnswers.Raw(200, """[{"SchoolCode": 994}]""", "text/plain", "OK"),
    };

    /// <summary>Waits, boundedly, until the server has read <paramref name="count"/> requests.</summary>
    private static async Task WhenReceivedAsync(HostileServer server, int count)
    {
        for (var i = 0; i < 500 && server.Received.Count < count; i++)
        {
            await Task.Delay(10);
        }

        Assert.True(server.Received.Count >= count, $"The server read {server.Received.Count} of {count} requests.");
    }
}
