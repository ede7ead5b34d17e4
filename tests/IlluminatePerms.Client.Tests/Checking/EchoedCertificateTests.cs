using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using IlluminatePerms.Checking;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Client.Errors;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.Client.Tests.Transport;
using IlluminatePerms.Connection;
using IlluminatePerms.MockAeries;
using IlluminatePerms.MockAeries.Faults;
using IlluminatePerms.Tests.Shared.Hostile;
using Microsoft.Extensions.Logging;
using Xunit;

namespace IlluminatePerms.Client.Tests.Checking;

/// <summary>
/// A server that echoes the certificate (in every JSON string, its messages, the reason phrase and
/// headers) gets it into no report, exception or log line: every value taken from a response passes
/// ServerText on its way in.
/// </summary>
public sealed class EchoedCertificateTests
{
    [Fact]
    public async Task A_check_behind_an_echoing_proxy_shows_the_certificate_nowhere()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 150 });
        // systeminfo and schools pass unchanged: the echo appended to their dates would stop the check
        // before the probes; every probe's answer (and the score write's) comes back echoed.
        await using var echo = HostileServer.Start(EvidenceAnswers.When(
            r => EvidenceAnswers.PathEndsWith("/systeminfo")(r) || EvidenceAnswers.PathEndsWith("/schools")(r),
            HostileAnswers.Proxy(mock.Server.BaseUrl),
            HostileAnswers.EchoingProxy(mock.Server.BaseUrl)));
        using var harness = new CheckerHarness(maxReadRetries: 0);
        var url = AeriesBaseUrl.Parse(echo.BaseUrl.ToString());
        var texts = new List<string>();
        var secrets = new[] { "full", "partial", "empty" }.Select(mock.Certificate).ToList();

        foreach (var certificate in secrets)
        {
            var report = await harness.CheckAsync(url, certificate, b => b.ProveScoreWrite = new ScoreWriteProof(1, 1, 1));
            Assert.Equal(CheckOutcome.Completed, report.Outcome);
            texts.Add(JsonSerializer.Serialize(report));
        }

        texts.AddRange(harness.Logs.Lines);

        Assert.Contains(echo.Received, r => r.Header("AERIES-CERT") is not null);
        // The assignment's UniqueID (a string, so echoed) is not sent on: its probe says why.
        Assert.Contains(texts, t => t.Contains("The UniqueID to probe with is not an identifier", StringComparison.Ordinal));
        AssertNoCertificate(texts, secrets);
    }

    [Fact]
    public async Task Systeminfo_that_carries_the_certificate_and_terminal_escapes_reaches_the_report_cleaned()
    {
        var certificate = AeriesCertificate.Parse("477a0123456789abcdef0123456789f5e1");
        // A server that learned the certificate from an earlier request and puts it, louder, where the report shows server text.
        var systeminfo = HostileAnswers.Json(200, JsonSerializer.Serialize(new { AeriesVersion = $"10.1 {certificate.Reveal().ToUpperInvariant()}\u001b[2J", DatabaseYear = $"2025-2026\r\n{certificate.Reveal()}" }));
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 100 });
        await using var server = HostileServer.Start(EvidenceAnswers.When(EvidenceAnswers.PathEndsWith("/systeminfo"), systeminfo, HostileAnswers.EchoingProxy(mock.Server.BaseUrl)));
        using var harness = new CheckerHarness(maxReadRetries: 0);

        var report = await harness.CheckAsync(HostileClients.BaseUrl(server), certificate);

        // The mock does not know this certificate: the check ends at schools, with systeminfo's values kept.
        Assert.Equal(CheckOutcome.CertificateRejected, report.Outcome);
        Assert.Equal("10.1 477a…f5e1[2J", report.AeriesVersion);
        Assert.Equal("2025-2026 477a…f5e1", report.DatabaseYear);
        AssertNoCertificate([JsonSerializer.Serialize(report), .. harness.Logs.Lines], [certificate]);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(500)]
    public async Task The_clients_exception_for_an_echoed_error_holds_no_certificate(int status)
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions
        {
            Scale = 50,
            Faults = status == 500 ? [new FaultRule { PathPrefix = "schools", ErrorRate = 1, ErrorStatusCode = 500 }] : [],
        });
        await using var echo = HostileServer.Start(HostileAnswers.EchoingProxy(mock.Server.BaseUrl));
        var certificate = status == 401 ? AeriesCertificate.Parse("477a0123456789abcdef0123456789f5e1") : mock.Certificate("full");
        var logs = new CapturingLoggerProvider();
        var client = new AeriesClient(AeriesBaseUrl.Parse(echo.BaseUrl.ToString()), certificate, new HttpClient(), logger: new Logger<AeriesClient>(logs));

        var failure = await Assert.ThrowsAnyAsync<AeriesApiException>(() => client.GetSchoolsAsync());

        Assert.Equal(status, failure.StatusCode);
        // The echo reached the client (the reason phrase, and the request head in the Message) and was redacted.
        Assert.Contains(echo.Received, r => r.Header("AERIES-CERT") == certificate.Reveal());
        Assert.Contains(certificate.Redacted, failure.AeriesMessage, StringComparison.Ordinal);
        AssertNoCertificate([failure.ToString(), failure.AeriesMessage ?? string.Empty, .. logs.Lines], [certificate]);
    }

    [Theory]
    [InlineData("HTTP/1.1 2000 {0}\r\nContent-Length: 0\r\n\r\n")]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX {0}\r\nContent-Length: 2\r\n\r\n[]")]
    public async Task A_malformed_answer_that_carries_the_certificate_gets_it_into_no_exception(string answer)
    {
        var certificate = AeriesCertificate.Parse("477a0123456789abcdef0123456789f5e1");
        await using var server = HostileServer.Start(EvidenceAnswers.Bytes(string.Format(System.Globalization.CultureInfo.InvariantCulture, answer, certificate.Reveal())));
        var logs = new CapturingLoggerProvider();
        var client = new AeriesClient(HostileClients.BaseUrl(server), certificate, new HttpClient(), logger: new Logger<AeriesClient>(logs));

        var failure = await Assert.ThrowsAsync<AeriesConnectionException>(() => client.GetSchoolsAsync());

        AssertNoCertificate([failure.ToString(), .. logs.Lines], [certificate]);
    }

    [Fact]
    public async Task Base_url_discovery_shows_the_version_a_server_sent_cleaned()
    {
        await using var server = HostileServer.Start(HostileAnswers.Json(200, "{\"AeriesVersion\":\"10.1\\u001b[2J\\r\\nSigned in as admin\"}"));
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });

        var result = await AeriesBaseUrlDiscovery.DiscoverAsync(server.BaseUrl.ToString(), http);

        // The server answers every path alike: each attempt shows the version cleaned.
        Assert.NotEmpty(result.Attempts);
        Assert.All(result.Attempts, a => Assert.Equal(("10.1[2J Signed in as admin", "Aeries 10.1[2J Signed in as admin"), (a.AeriesVersion, a.Outcome)));
    }

    private static void AssertNoCertificate(IReadOnlyList<string> texts, IReadOnlyList<AeriesCertificate> secrets)
    {
        Assert.NotEmpty(texts);
        foreach (var secret in secrets)
        {
            var leaks = texts.Where(t => t.Contains(secret.Reveal(), StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.True(leaks.Count == 0, $"The certificate {secret.Redacted} appears whole in: {leaks.FirstOrDefault()?.Replace(secret.Reveal(), "<SECRET>", StringComparison.OrdinalIgnoreCase)}");
        }
    }
}
