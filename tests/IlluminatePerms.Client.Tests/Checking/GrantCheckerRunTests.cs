using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Checking;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.Connection;
using IlluminatePerms.MockAeries;
using IlluminatePerms.MockAeries.Faults;
using IlluminatePerms.Tests.Shared.Threading;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using Xunit;

namespace IlluminatePerms.Client.Tests.Checking;

/// <summary>How a check runs: faults, cancellation, deadline, progress and its concurrency bound.</summary>
public class GrantCheckerRunTests
{
    [Fact]
    public async Task Injected_503s_and_latency_give_the_same_verdicts_as_a_clean_run()
    {
        await using var clean = await MockSession.StartAsync(new MockAeriesOptions { Scale = 150 });
        await using var faulty = await MockSession.StartAsync(new MockAeriesOptions
        {
            Scale = 150,
            Seed = 1,
            Faults = new[] { new FaultRule { ErrorRate = 0.2, ErrorStatusCode = 503, Latency = TimeSpan.FromMilliseconds(5) } },
        });
        using var harness = new CheckerHarness(maxReadRetries: 6);

        foreach (var profile in new[] { "full", "partial", "empty" })
        {
            var expected = await harness.CheckAsync(clean, profile);
            var actual = await harness.CheckAsync(faulty, profile);

            Assert.Equal(Verdicts(expected), Verdicts(actual));
            Assert.Equal(expected.Excess.Select(r => r.Area), actual.Excess.Select(r => r.Area));
        }

        Assert.Contains(faulty.Server.Journal.Entries, e => e.StatusCode == 503);
    }

    [Fact]
    public async Task Systeminfo_and_schools_are_on_the_wire_together_but_a_rejected_certificate_still_ends_the_check_alone()
    {
        await using var slow = await MockSession.StartAsync(new MockAeriesOptions { Scale = 50, Faults = new[] { new FaultRule { Latency = TimeSpan.FromMilliseconds(200) } } });
        using var harness = new CheckerHarness();

        var report = await harness.CheckAsync(slow, IlluminatePerms.Connection.AeriesCertificate.Parse("0123456789abcdef0123456789abcdef"));

        Assert.Equal(CheckOutcome.CertificateRejected, report.Outcome);
        Assert.Equal(2, harness.InFlight.Max);
        Assert.False(string.IsNullOrEmpty(report.AeriesVersion));
    }

    [Fact]
    public async Task A_server_whose_systeminfo_is_not_aeries_ends_the_check_as_unreachable_whatever_schools_answered()
    {
        await using var odd = await MockSession.StartAsync(new MockAeriesOptions { Scale = 50, Faults = new[] { new FaultRule { PathPrefix = "systeminfo", ErrorRate = 1, ErrorStatusCode = 500 } } });
        using var harness = new CheckerHarness(maxReadRetries: 0);

        var report = await harness.CheckAsync(odd, "full");

        Assert.Equal(CheckOutcome.Unreachable, report.Outcome);
        Assert.Contains("systeminfo did not answer like Aeries (status 500)", report.Summary, StringComparison.Ordinal);
        Assert.Empty(report.Results);
        Assert.Null(report.AeriesVersion);
    }

    [Theory]
    [InlineData(500, "")]
    [InlineData(200, """{"DatabaseYear": "2026-2027"}""")]
    public async Task When_systeminfo_ends_the_check_the_schools_request_sent_with_it_is_cancelled_not_left_running(int status, string body)
    {
        // systeminfo fails at once (an error, or an answer without an Aeries version); schools would
        // answer long after the check should have ended.
        using var server = WireMockServer.Start();
        server.Given(Request.Create().WithPath("/aeries/api/v5/systeminfo")).RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));
        server.Given(Request.Create().WithPath("/aeries/api/v5/schools")).RespondWith(Response.Create().WithDelay(TimeSpan.FromSeconds(40)).WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""[{"SchoolCode": 994, "Name": "North High"}]"""));
        using var harness = new CheckerHarness(maxReadRetries: 0);
        var request = new GrantCheckRequest { BaseUrl = AeriesBaseUrl.Parse($"{server.Url}/aeries/"), Certificate = AeriesCertificate.Parse("0123456789abcdef0123456789abcdef"), Spec = CheckerHarness.Spec };

        // Bounded well below schools' 40 s: the check must not wait for the answer it drops.
        var report = await harness.Checker.CheckAsync(request).WaitAsync(TimeSpan.FromSeconds(25));

        Assert.Equal(CheckOutcome.Unreachable, report.Outcome);
        Assert.Contains("api/v5/systeminfo", report.Summary, StringComparison.Ordinal);
        Assert.Empty(report.Results);
        // Both went out together, and nothing of the check is still on the wire once it has reported.
        Assert.Equal(2, report.Requests);
        Assert.Equal(0, harness.InFlight.Current);
    }

    [Fact]
    public async Task Cancelling_mid_check_stops_promptly_and_reports_what_was_done()
    {
        await using var slow = await MockSession.StartAsync(new MockAeriesOptions { Scale = 100, Faults = new[] { new FaultRule { Latency = TimeSpan.FromMilliseconds(150) } } });
        using var harness = new CheckerHarness();
        using var cancel = new CancellationTokenSource();
        var progress = new Progress<GrantCheckProgress>(p =>
        {
            if (p.Completed >= 5)
            {
                cancel.Cancel();
            }
        });

        var report = await harness.CheckAsync(slow, "full", b => b.MaxConcurrency = 2, progress, cancel.Token).WaitAsync(TimeSpan.FromSeconds(60));
        var requestsAtReturn = slow.Server.Journal.Entries.Count;
        await Task.Delay(400);

        Assert.Equal(CheckOutcome.Cancelled, report.Outcome);
        Assert.Contains(report.Results, r => r.Verdict != GrantVerdict.NotChecked);
        Assert.Contains(report.Results, r => r.Verdict == GrantVerdict.NotChecked && r.Reason.StartsWith("Not checked", StringComparison.Ordinal));
        // A probe the stop cut short is not checked, never an error of the server.
        Assert.DoesNotContain(report.Results, r => r.Verdict == GrantVerdict.Error);
        // The summary counts the unfinished apart from the finished (it once said "52 of 52").
        // (Outside-spec areas the certificate cannot read are counted there but not listed.)
        var counts = System.Text.RegularExpressions.Regex.Match(report.Summary, @"^Cancelled after (\d+) of (\d+) results; the other (\d+) are marked not checked\.$");
        Assert.True(counts.Success, report.Summary);
        var (finished, total, other) = (int.Parse(counts.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(counts.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(counts.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(total, finished + other);
        Assert.InRange(finished, Math.Max(5, report.Results.Count(r => r.Verdict != GrantVerdict.NotChecked)), total - 1);
        Assert.InRange(other, report.Results.Count(r => r.Verdict == GrantVerdict.NotChecked), total);
        Assert.InRange(slow.Server.Journal.Entries.Count, requestsAtReturn, requestsAtReturn + 2);
        Assert.True(report.Requests < 40, $"{report.Requests} requests were sent after cancelling at 5 results.");
    }

    [Fact]
    public async Task The_deadline_ends_the_check_with_what_was_done()
    {
        // Only the probes are slow ("schools/994/..."; not systeminfo or schools), so the deadline
        // falls among them however loaded the machine is.
        await using var slow = await MockSession.StartAsync(new MockAeriesOptions { Scale = 100, Faults = new[] { new FaultRule { PathPrefix = "schools/", Latency = TimeSpan.FromMilliseconds(300) } } });
        using var harness = new CheckerHarness();

        var report = await harness.CheckAsync(slow, "full", b => { b.MaxConcurrency = 1; b.Deadline = TimeSpan.FromSeconds(3); });

        Assert.Equal(CheckOutcome.DeadlineExceeded, report.Outcome);
        Assert.Contains(report.Results, r => r.Verdict == GrantVerdict.Verified);
        Assert.Contains(report.Results, r => r.Verdict == GrantVerdict.NotChecked && r.Reason.StartsWith("Not checked", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Results, r => r.Verdict == GrantVerdict.Error);

        // The summary counts the results the check finished, spec and outside it, and those it did not.
        var summary = Regex.Match(report.Summary, @"^The deadline \(3 s\) passed after (\d+) of (\d+) results; the other (\d+) are marked not checked\.$");
        Assert.True(summary.Success, report.Summary);
        var (done, all, other) = (int.Parse(summary.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(summary.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(summary.Groups[3].Value, CultureInfo.InvariantCulture));
        Assert.Equal(all, done + other);
        Assert.InRange(done, report.Results.Count(r => r.Verdict != GrantVerdict.NotChecked), all - 1);
    }

    [Fact]
    public async Task Progress_counts_every_result_and_concurrency_stays_within_its_bound()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 100, Faults = new[] { new FaultRule { Latency = TimeSpan.FromMilliseconds(20) } } });
        using var harness = new CheckerHarness();
        var seen = new ConcurrentQueue<GrantCheckProgress>();

        var report = await harness.CheckAsync(mock, "full", b => b.MaxConcurrency = 3, new SynchronousProgress(seen.Enqueue));

        var reports = seen.ToList();
        Assert.Equal(report.Results.Count + report.Excess.Count, reports.Count(p => p.Latest.InSpec || p.Latest.Verdict == GrantVerdict.Verified));
        Assert.Equal(Enumerable.Range(1, reports.Count), reports.Select(p => p.Completed).Order());
        Assert.All(reports, p => Assert.Equal(reports[0].Total, p.Total));
        Assert.InRange(harness.InFlight.Max, 2, 3);
    }

    private static string[] Verdicts(GrantCheckReport report) => report.Results.Select(r => $"{r.Grant}={r.Verdict}").ToArray();

    private sealed class SynchronousProgress(Action<GrantCheckProgress> report) : IProgress<GrantCheckProgress>
    {
        public void Report(GrantCheckProgress value) => report(value);
    }

    [Fact]
    public async Task A_check_never_comes_back_to_the_callers_context()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 50 });
        using var harness = new CheckerHarness();
        GrantCheckReport? report = null;

        var returns = await CallerContext.ReturnsDuring(async () => report = await harness.CheckAsync(mock, "full").ConfigureAwait(false));

        Assert.Equal(0, returns);
        Assert.Equal(CheckOutcome.Completed, report?.Outcome);
    }
}
