using System;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Cli.Checking;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Checking;

/// <summary>
/// The one line a check that did not complete ends with, for a district's address (the tests that run
/// the tool reach only loopback): what happened, on which host, and what to do.
/// </summary>
public sealed class FailureMessageTests
{
    private const string District = "https://aeries.district.example:8443/aeries/";

    [Fact]
    public void A_completed_check_has_no_failure_line()
        => Assert.Null(FailureMessage.For(Report(CheckOutcome.Completed), WireTrouble.None, TimeSpan.FromSeconds(30)));

    [Theory]
    [InlineData(CheckOutcome.CertificateRejected, "None", "Aeries at aeries.district.example did not accept the certificate 477a…f5e1. Copy it whole from Security → API Security → Display Certificate Details of this district, and pass it with AERIES_CERT or --cert-file.")]
    [InlineData(CheckOutcome.Cancelled, "None", "Cancelled (Ctrl+C): the results finished before it are shown; the others are marked not checked.")]
    [InlineData(CheckOutcome.DeadlineExceeded, "Timeout", "aeries.district.example did not answer within 12.5 s per attempt (95.3 s waited in all, retries included). Check that the district's Aeries is up, or raise --timeout.")]
    [InlineData(CheckOutcome.Unreachable, "Timeout", "aeries.district.example did not answer within 12.5 s per attempt (95.3 s waited in all, retries included). Check that the district's Aeries is up, or raise --timeout.")]
    [InlineData(CheckOutcome.DeadlineExceeded, "None", "the check's deadline passed: the summary. Raise --timeout or check fewer grants.")]
    [InlineData(CheckOutcome.Unreachable, "Html", "https://aeries.district.example:8443/aeries/ answered a web page (HTML), not the Aeries API: it is probably a sign-in page. Give the base URL, the part before /Login.aspx (try 'illuminate-perms base-url <what you pasted>').")]
    [InlineData(CheckOutcome.Unreachable, "Tls", "the TLS handshake with aeries.district.example failed: this machine does not trust the district's server certificate. Check the host name, or trust the district's certificate authority.")]
    [InlineData(CheckOutcome.Unreachable, "Unreachable", "aeries.district.example could not be reached (no connection). Check the base URL, DNS and your network (VPN, firewall).")]
    [InlineData(CheckOutcome.Unreachable, "None", "the summary.")]
    public void Each_way_a_check_stops_short_gets_its_own_line(CheckOutcome outcome, string trouble, string line)
        => Assert.Equal(line, FailureMessage.For(Report(outcome), Enum.Parse<WireTrouble>(trouble), TimeSpan.FromSeconds(12.5)));

    [Fact]
    public void Plain_http_off_loopback_asks_for_the_https_address_and_never_offers_http()
    {
        var line = FailureMessage.For(Report(CheckOutcome.Unreachable), WireTrouble.PlainHttp, TimeSpan.FromSeconds(30));

        Assert.Equal("the server at aeries.district.example:8443 did not answer TLS: it speaks plain HTTP on that port. Give the district's https address (its port for TLS); the certificate is never sent over plain http to aeries.district.example.", line);
    }

    [Fact]
    public void Plain_http_on_loopback_names_the_http_address_on_the_same_port()
    {
        var line = FailureMessage.For(Report(CheckOutcome.Unreachable) with { BaseUrl = "https://127.0.0.1:5071/" }, WireTrouble.PlainHttp, TimeSpan.FromSeconds(30));

        Assert.Equal("the server at 127.0.0.1:5071 did not answer TLS: it speaks plain HTTP on that port. Did you mean http://127.0.0.1:5071/?", line);
    }

    private static GrantCheckReport Report(CheckOutcome outcome) => new()
    {
        BaseUrl = District,
        Certificate = "477a…f5e1",
        Outcome = outcome,
        Summary = "the summary.",
        StartedAt = DateTimeOffset.UnixEpoch,
        Duration = TimeSpan.FromSeconds(95.27),
        Requests = 3,
        Identifiers = [],
        Results = [],
        Excess = [],
    };
}
