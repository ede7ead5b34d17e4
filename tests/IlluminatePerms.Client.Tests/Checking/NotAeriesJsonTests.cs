using System;
using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Client.Errors;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.Client.Tests.Transport;
using IlluminatePerms.Connection;
using IlluminatePerms.MockAeries;
using IlluminatePerms.Tests.Shared.Hostile;
using Xunit;

namespace IlluminatePerms.Client.Tests.Checking;

/// <summary>A success answer that is not Aeries' JSON (a sign-in page, another content type, broken or misshapen JSON) is an error, never evidence of a grant.</summary>
public sealed class NotAeriesJsonTests
{
    private const string SignInReason = "The server answered 200 with an HTML page (text/html), not Aeries' JSON: a sign-in page or a proxy in the way?";

    [Fact]
    public async Task Probes_answered_with_a_sign_in_page_verify_nothing_and_name_the_page()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 100 });
        await using var server = HostileServer.Start(AeriesInFrontOf(mock, otherwise: HostileAnswers.SignInPage()));
        using var harness = new CheckerHarness(maxReadRetries: 0);

        var report = await harness.CheckAsync(HostileClients.BaseUrl(server), mock.Certificate("full"));

        Assert.Equal(CheckOutcome.Completed, report.Outcome);
        Assert.False(report.IsSatisfied);
        Assert.Empty(report.Excess);
        Assert.DoesNotContain(report.Results, r => r.Verdict == GrantVerdict.Verified);
        // A probe that needs no identifier names the page itself; one that needed a discovered identifier names it through the discovery read.
        var errors = report.Results.Where(r => r.Verdict == GrantVerdict.Error).ToList();
        Assert.Contains(errors, r => r.Reason == SignInReason && r.StatusCode == 200);
        Assert.All(errors, r => Assert.Contains(SignInReason["The server ".Length..], r.Reason, StringComparison.Ordinal));
        Assert.All(report.Results.Where(r => r.Verdict != GrantVerdict.Error), r => Assert.Equal(GrantVerdict.NotVerifiable, r.Verdict));
        Assert.Contains(server.Received, r => r.Target.Contains("/students", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_server_answering_every_request_with_a_sign_in_page_is_unreachable_and_the_summary_names_the_page()
    {
        await using var server = HostileServer.Start(HostileAnswers.SignInPage());
        using var harness = new CheckerHarness(maxReadRetries: 0);

        var report = await harness.CheckAsync(HostileClients.BaseUrl(server), AeriesCertificate.Parse("0123456789abcdef0123456789abcdef"));

        Assert.Equal(CheckOutcome.Unreachable, report.Outcome);
        Assert.Empty(report.Results);
        Assert.Contains("systeminfo did not answer like Aeries (answered 200 with an HTML page (text/html), not Aeries' JSON: a sign-in page or a proxy in the way?)", report.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/plain", """[{"StudentID": 1}]""", "answered 200 with text/plain, not Aeries' JSON")]
    [InlineData("application/xml", "<ArrayOfStudent/>", "answered 200 with application/xml, not Aeries' JSON")]
    [InlineData("application/json", """[{"StudentID": """, "answered 200 with JSON that does not parse, not Aeries' JSON")]
    [InlineData("application/json", "<html><body>Sign in</body></html>", "answered 200 with JSON that does not parse, not Aeries' JSON")]
    [InlineData("application/json", "\"OK\"", "answered 200 with JSON of another shape (a string where Aeries sends records)")]
    [InlineData("application/json", "[1, 2]", "answered 200 with JSON of another shape (an array holding a number where Aeries sends records)")]
    [InlineData("application/json", "null", "answered 200 with JSON of another shape (null where Aeries sends records)")]
    [InlineData("application/json", "", "answered 200 with an empty body, not Aeries' JSON")]
    public async Task Probes_answered_with_anything_but_aeries_records_verify_nothing(string contentType, string body, string expected)
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 100 });
        await using var server = HostileServer.Start(AeriesInFrontOf(mock, otherwise: HostileAnswers.Raw(200, body, contentType, "OK")));
        using var harness = new CheckerHarness(maxReadRetries: 0);

        var report = await harness.CheckAsync(HostileClients.BaseUrl(server), mock.Certificate("full"));

        Assert.Equal(CheckOutcome.Completed, report.Outcome);
        Assert.Empty(report.Excess);
        Assert.DoesNotContain(report.Results, r => r.Verdict == GrantVerdict.Verified);
        var errors = report.Results.Where(r => r.Verdict == GrantVerdict.Error).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, r => Assert.Contains(expected, r.Reason, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("text/html; charset=utf-8", "<html></html>", "The server answered 200 with an HTML page (text/html), not Aeries' JSON: a sign-in page or a proxy in the way? (schools.get_school_information)")]
    [InlineData("text/plain", "[]", "The server answered 200 with text/plain, not Aeries' JSON: a sign-in page or a proxy in the way? (schools.get_school_information)")]
    public async Task The_typed_client_refuses_a_success_answer_that_is_not_json(string contentType, string body, string expected)
    {
        await using var server = HostileServer.Start(HostileAnswers.Raw(200, body, contentType, "OK"));
        var client = new AeriesClient(HostileClients.BaseUrl(server), AeriesCertificate.Parse("0123456789abcdef0123456789abcdef"), new System.Net.Http.HttpClient());

        var refused = await Assert.ThrowsAsync<AeriesUnexpectedAnswerException>(() => client.GetSchoolsAsync());

        Assert.Equal(expected, refused.Message);
        Assert.Equal(200, refused.StatusCode);
    }

    /// <summary>systeminfo and schools answered by the mock, so the check gets past the certificate; every other request answered by <paramref name="otherwise"/>.</summary>
    private static HostileAnswer AeriesInFrontOf(MockSession mock, HostileAnswer otherwise)
        => EvidenceAnswers.When(
            r => EvidenceAnswers.PathEndsWith("/systeminfo")(r) || EvidenceAnswers.PathEndsWith("/schools")(r),
            HostileAnswers.Proxy(mock.Server.BaseUrl),
            otherwise);
}
