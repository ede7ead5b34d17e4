using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using IlluminatePerms.Checking;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries;
using IlluminatePerms.MockAeries.Faults;
using Xunit;

namespace IlluminatePerms.Client.Tests.Checking;

/// <summary>
/// Answers that say nothing about a permission: each makes its area's verdict an error whose reason
/// names what Aeries answered, and never a verified or missing grant.
/// </summary>
public sealed class ProbeFailureTests
{
    private const string BellSchedule = "schools/994/BellSchedule";

    [Theory]
    [InlineData(500, "Aeries answered 500 after the retries.")]
    [InlineData(503, "Aeries answered 503 after the retries.")]
    public async Task A_probe_that_keeps_failing_is_an_error_naming_the_status(int status, string reason)
    {
        var result = await CheckBellSchedule(new MockAeriesOptions { Scale = 50, Faults = new[] { new FaultRule { PathPrefix = BellSchedule, ErrorRate = 1, ErrorStatusCode = status } } });

        Assert.Equal((GrantVerdict.Error, reason, status), (result.Verdict, result.Reason, result.StatusCode));
    }

    [Theory]
    [InlineData(0, "Aeries asked to wait 0 s and was still busy after the retries (status 429).")]
    [InlineData(3600, "Aeries asked to wait 3600 s, longer than the time left for the request, so it was not retried (status 429).")]
    public async Task A_probe_that_keeps_being_throttled_is_an_error_naming_the_wait(int retryAfterSeconds, string reason)
    {
        var result = await CheckBellSchedule(new MockAeriesOptions { Scale = 50, Faults = new[] { new FaultRule { PathPrefix = BellSchedule, ThrottleRate = 1, RetryAfterSeconds = retryAfterSeconds } } });

        Assert.Equal((GrantVerdict.Error, reason, 429), (result.Verdict, result.Reason, result.StatusCode));
    }

    /// <summary>
    /// A wait is weighed against the least of the request's timeout, the transport's and the time left
    /// to the check's deadline: (request timeout, transport timeout, deadline, Retry-After, throttled
    /// attempts or 0 for all, and the reason).
    /// </summary>
    public static TheoryData<int, int, int, int, int, string> WaitsAgainstTimeLeft() => new()
    {
        { 2, 120, 120, 5, 0, "Aeries asked to wait 5 s, longer than the time left for the request, so it was not retried (status 429)." },
        { 30, 3, 120, 10, 0, "Aeries asked to wait 10 s, longer than the time left for the request, so it was not retried (status 429)." },
        { 30, 120, 4, 10, 0, "Aeries asked to wait 10 s, longer than the time left for the request, so it was not retried (status 429)." },
        // A short wait well within all three is waited out, and the retry is answered.
        { 30, 120, 60, 1, 1, "Aeries answered a request that needs this permission." },
    };

    [Theory]
    [MemberData(nameof(WaitsAgainstTimeLeft))]
    public async Task A_wait_is_weighed_against_the_time_left(int requestTimeout, int transportTimeout, int deadline, int retryAfter, int throttled, string reason)
    {
        var rule = new FaultRule { PathPrefix = BellSchedule, ThrottleRate = 1, RetryAfterSeconds = retryAfter, MaxFailuresPerRequest = throttled == 0 ? null : throttled };
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 50, Faults = new[] { rule } });

        var result = await CheckBellSchedule(
            mock,
            b =>
            {
                b.RequestTimeout = TimeSpan.FromSeconds(requestTimeout);
                b.Deadline = TimeSpan.FromSeconds(deadline);
            },
            TimeSpan.FromSeconds(transportTimeout));

        Assert.Equal(reason, result.Reason);
    }

    [Fact]
    public async Task A_probe_whose_connection_keeps_dropping_is_an_error_not_a_verdict()
    {
        var result = await CheckBellSchedule(new MockAeriesOptions { Scale = 50, Faults = new[] { new FaultRule { PathPrefix = BellSchedule, DropRate = 1 } } });

        Assert.Equal((GrantVerdict.Error, "Aeries could not be reached.", (int?)null), (result.Verdict, result.Reason, result.StatusCode));
    }

    [Fact]
    public async Task An_area_the_district_has_not_switched_on_is_an_error_naming_501()
    {
        var result = await CheckBellSchedule(new MockAeriesOptions { Scale = 50, DisabledAreas = new[] { "Bell Schedule" } });

        Assert.Equal((GrantVerdict.Error, "Aeries answered 501: the district has not switched this area of the v5 API on.", 501), (result.Verdict, result.Reason, result.StatusCode));
    }

    [Fact]
    public async Task A_refusal_that_names_another_area_is_not_verifiable_and_says_what_to_tick()
    {
        // A stub stands for a probe whose rows need another area: Aeries names that area, not the probed one.
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 50, AdminInterface = true });
        await StubBellScheduleAsync(mock, 401, JsonSerializer.Serialize(new { Message = "The district has not set permissions for \"Student Data Read\"" }));

        var result = await CheckBellSchedule(mock);

        Assert.Equal(GrantVerdict.NotVerifiable, result.Verdict);
        Assert.Equal("Aeries refused the request for Student Data (status 401), not for Bell Schedule; tick Student Data and check again to see Bell Schedule.", result.Reason);
    }

    /// <summary>Answers a stub gives the probe: (status, body) and the verdict and reason they make.</summary>
    public static TheoryData<int, string, GrantVerdict, string> StubbedAnswers => new()
    {
        { 404, "{\"Message\":\"Not found\"}", GrantVerdict.Error, "Aeries answered 404: the record probed was not found; give identifiers of records that exist." },
        { 400, "{\"Message\":\"Bad request\"}", GrantVerdict.Error, "Aeries answered 400, which says nothing about the permission." },
        { 429, "{\"Message\":\"Too many requests\"}", GrantVerdict.Error, "Aeries kept answering 429 (too many requests) after the retries." },
    };

    [Theory]
    [MemberData(nameof(StubbedAnswers))]
    public async Task A_probe_answer_makes_the_verdict_and_reason_it_states(int status, string body, GrantVerdict verdict, string reason)
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 50, AdminInterface = true });
        await StubBellScheduleAsync(mock, status, body);

        var result = await CheckBellSchedule(mock);

        Assert.Equal((verdict, reason), (result.Verdict, result.Reason));
    }

    [Fact]
    public async Task An_answer_larger_than_the_check_reads_is_still_an_answer()
    {
        // Over the probe's 4 MiB cap: the permission let the request through, whatever the rest holds.
        var records = Enumerable.Repeat("{\"Period\":1,\"Filler\":\"" + new string('x', 1000) + "\"}", 4500);
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 50, AdminInterface = true });
        await StubBellScheduleAsync(mock, 200, "[" + string.Join(",", records) + "]");

        var result = await CheckBellSchedule(mock);

        Assert.Equal((GrantVerdict.Verified, "Aeries answered a request that needs this permission (with more than the check reads)."), (result.Verdict, result.Reason));
    }

    [Theory]
    [InlineData("error", "status 500")]
    [InlineData("throttle", "Aeries asked to wait 0 s and was still busy after the retries")]
    [InlineData("drop", "not reachable")]
    public async Task Schools_failing_after_systeminfo_answered_ends_the_check_as_unreachable_saying_how(string fault, string how)
    {
        var rule = fault switch
        {
            "error" => new FaultRule { PathPrefix = "schools", ErrorRate = 1, ErrorStatusCode = 500 },
            "throttle" => new FaultRule { PathPrefix = "schools", ThrottleRate = 1, RetryAfterSeconds = 0 },
            _ => new FaultRule { PathPrefix = "schools", DropRate = 1 },
        };
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 50, Faults = new[] { rule } });
        using var harness = new CheckerHarness(maxReadRetries: 0);

        var report = await harness.CheckAsync(mock, "full");

        Assert.Equal(CheckOutcome.Unreachable, report.Outcome);
        Assert.Contains($"Aeries answered systeminfo but not schools ({how}).", report.Summary, StringComparison.Ordinal);
        Assert.Empty(report.Results);
        Assert.False(string.IsNullOrEmpty(report.AeriesVersion));
    }

    [Fact]
    public async Task A_probe_that_times_out_names_its_timeout_alike_in_every_culture()
    {
        using var german = new CultureScope("de-DE");
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 50, Faults = new[] { new FaultRule { PathPrefix = BellSchedule, Latency = TimeSpan.FromSeconds(20) } } });
        using var harness = new CheckerHarness(maxReadRetries: 0);

        var report = await harness.CheckAsync(mock, "full", b =>
        {
            b.Spec = GrantSet.Parse("Bell Schedule: Read");
            b.ProbeOutsideSpec = false;
            b.RequestTimeout = TimeSpan.FromSeconds(1.5);
        });

        var result = report.Results.Single(r => r.Area == "Bell Schedule");
        Assert.Equal((GrantVerdict.Error, "No answer within 1.5 s."), (result.Verdict, result.Reason));
    }

    private static async Task<GrantCheckResult> CheckBellSchedule(MockAeriesOptions options)
    {
        await using var mock = await MockSession.StartAsync(options);
        return await CheckBellSchedule(mock);
    }

    private static async Task<GrantCheckResult> CheckBellSchedule(MockSession mock, Action<GrantCheckRequestBuilder>? configure = null, TimeSpan? transportTimeout = null)
    {
        using var harness = new CheckerHarness(maxReadRetries: 1, transportTimeout);

        var report = await harness.CheckAsync(mock, "full", b =>
        {
            b.Spec = GrantSet.Parse("Bell Schedule: Read");
            b.ProbeOutsideSpec = false;
            configure?.Invoke(b);
        });

        Assert.Equal(CheckOutcome.Completed, report.Outcome);
        return report.Results.Single(r => r.Area == "Bell Schedule");
    }

    /// <summary>Makes the mock answer the Bell Schedule probe with <paramref name="status"/> and <paramref name="body"/> (JSON).</summary>
    private static async Task StubBellScheduleAsync(MockSession mock, int status, string body)
    {
        var stub = JsonSerializer.Serialize(new
        {
            Request = new { Path = "/api/v5/" + BellSchedule, Methods = new[] { "GET" } },
            Response = new
            {
                StatusCode = status,
                Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" },
                Body = body,
            },
        });
        using var http = new HttpClient { BaseAddress = mock.Server.BaseUrl };
        var posted = await http.PostAsync("__admin/mappings", new StringContent(stub, Encoding.UTF8, "application/json"));
        Assert.True(posted.IsSuccessStatusCode, await posted.Content.ReadAsStringAsync());
    }
}
