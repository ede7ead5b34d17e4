using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using IlluminatePerms.Client.Errors;
using IlluminatePerms.Client.Http;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.Client.Tests.Transport;
using IlluminatePerms.Tests.Shared.Hostile;
using Microsoft.Extensions.Logging;
using Xunit;

namespace IlluminatePerms.Client.Tests.Client;

/// <summary>
/// What the client logs of each answer: the operation, the status or the failure, and how long it
/// took (shown here as N), at the level an operator filters by; never the certificate.
/// </summary>
public sealed partial class ClientLogTests
{
    public static TheoryData<string, string[]> Answers() => new()
    {
        { "ok", ["Debug: Aeries schools.get_school_information: 200 in N ms"] },
        { "500", ["Debug: Aeries schools.get_school_information: 500 in N ms", "Information: Aeries schools.get_school_information: 500 (AeriesApiException)"] },
        { "429", ["Debug: Aeries schools.get_school_information: 429 in N ms", "Information: Aeries schools.get_school_information: 429 (AeriesBusyException)"] },
        { "401", ["Debug: Aeries schools.get_school_information: 401 in N ms", "Information: Aeries schools.get_school_information: 401 (AeriesCertificateRejectedException)"] },
        { "redirect", ["Debug: Aeries schools.get_school_information: 302 in N ms", "Warning: Aeries schools.get_school_information: 302 redirect, not followed"] },
        { "closed", ["Warning: Aeries schools.get_school_information: not reachable after N ms"] },
        { "slow body", ["Debug: Aeries schools.get_school_information: 200 in N ms", "Warning: Aeries schools.get_school_information: the body did not arrive within 1 s"] },
        // The request's timeout (2 s) is sooner than the attempt's (5 s): it is the one that ends the body, and is named.
        { "slow body, request", ["Debug: Aeries schools.get_school_information: 200 in N ms", "Warning: Aeries schools.get_school_information: the body did not arrive within 2 s"] },
        // An HttpClient of the caller's that follows redirects, and one whose own timeout ends the request.
        { "followed", ["Debug: Aeries schools.get_school_information: 200 in N ms", "Warning: Aeries schools.get_school_information: the HTTP client followed a redirect; the answer is not used"] },
        { "silent", ["Warning: Aeries schools.get_school_information: timed out after N ms"] },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task Each_answer_is_logged_with_its_operation_status_and_level(string answer, string[] expected)
    {
        var hostile = answer switch
        {
            "ok" => HostileAnswers.Json(200, "[]"),
            "500" => HostileAnswers.Json(500, "{\"Message\":\"An error has occurred.\"}"),
            "429" => HostileAnswers.RetryAfter(1, status: 429),
            "401" => HostileAnswers.Json(401, "{\"Message\":\"Not authorized.\"}"),
            "redirect" => HostileAnswers.Redirect(302, "http://elsewhere.invalid/api/v5/schools"),
            "closed" => EvidenceAnswers.CloseWithoutAnswer(),
            "slow body" or "slow body, request" => HostileAnswers.SlowBody(TimeSpan.FromMilliseconds(400)),
            "silent" => HostileAnswers.Silence(),
            _ => EvidenceAnswers.When(EvidenceAnswers.PathEndsWith("/moved"), HostileAnswers.Json(200, "[]"), HostileAnswers.Redirect(302, "/moved")),
        };
        await using var server = HostileServer.Start(hostile);
        var certificate = HostileClients.NewCertificate();
        using var logs = new CapturingLoggerProvider();
        var options = answer == "slow body, request"
            ? new AeriesClientOptions { AttemptTimeout = TimeSpan.FromSeconds(5), TotalRequestTimeout = TimeSpan.FromSeconds(2) }
            : new AeriesClientOptions { AttemptTimeout = TimeSpan.FromSeconds(1) };
        var http = answer switch
        {
            "followed" => new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = true }),
            "silent" => new HttpClient(AeriesPrimaryHandler.Create(null)) { Timeout = TimeSpan.FromSeconds(1) },
            _ => new HttpClient(AeriesPrimaryHandler.Create(null)),
        };
        var client = new AeriesClient(HostileClients.BaseUrl(server), certificate, http, options, logs.CreateLogger<AeriesClient>());

        var thrown = await Record.ExceptionAsync(() => client.GetSchoolsAsync());

        var lines = Logged(logs);
        Assert.Equal(expected, lines);
        Assert.DoesNotContain(lines, certificate.AppearsIn);
        Assert.Equal(answer == "ok", thrown is null);
        if (answer == "silent")
        {
            // The HttpClient's own timeout is the one named.
            Assert.Equal(TimeSpan.FromSeconds(1), Assert.IsType<AeriesConnectionException>(thrown).Timeout);
        }
    }

    [Fact]
    public async Task A_stream_logs_how_many_records_it_read()
    {
        await using var server = HostileServer.Start(HostileAnswers.Json(200, """[{"StudentID": 1}, {"StudentID": 2}, {"StudentID": 3}]"""));
        using var logs = new CapturingLoggerProvider();
        var client = new AeriesClient(HostileClients.BaseUrl(server), HostileClients.NewCertificate(), new HttpClient(AeriesPrimaryHandler.Create(null)), new AeriesClientOptions(), logs.CreateLogger<AeriesClient>());

        var records = await client.StreamAttendanceAsync(994).ToListAsync();

        Assert.Equal(3, records.Count);
        Assert.Equal(
            ["Debug: Aeries attendance.get_student_attendance: 200 in N ms", "Debug: Aeries attendance.get_student_attendance: 3 records streamed"],
            Logged(logs));
    }

    /// <summary>The client's log lines, with elapsed times as "N ms".</summary>
    private static List<string> Logged(CapturingLoggerProvider logs) => logs.ClientMessages.Select(line => Elapsed().Replace(line, "N ms")).ToList();

    [GeneratedRegex(@"\d+(\.\d+)? ms")]
    private static partial Regex Elapsed();
}
