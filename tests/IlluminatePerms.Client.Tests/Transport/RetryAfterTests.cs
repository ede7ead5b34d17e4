using System;
using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.Checking;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Client.Errors;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries;
using IlluminatePerms.Tests.Shared.Hostile;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IlluminatePerms.Client.Tests.Transport;

/// <summary>
/// Retry-After: a wait that fits in the time the request has left is honoured; a longer one (than
/// the request's total timeout, or the check's deadline) is not waited for, and the error says
/// "Aeries asked to wait N s".
/// </summary>
public sealed class RetryAfterTests
{
    // Hang guards only: waiting for a long Retry-After, or a backoff of minutes, is what fails the test.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_retry_after_longer_than_the_time_left_is_not_waited_for()
    {
        await using var server = HostileServer.Start(HostileAnswers.RetryAfter(3600));
        await using var provider = Services(server, TimeSpan.FromMinutes(2));

        var error = await Assert.ThrowsAsync<AeriesBusyException>(() => provider.GetRequiredService<IAeriesClient>().GetSchoolsAsync().WaitAsync(HangGuard));

        Assert.Equal(TimeSpan.FromHours(1), error.RetryAfter);
        Assert.True(error.LongerThanTimeLeft);
        Assert.Contains("Aeries asked to wait 3600 s", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Received);
    }

    [Fact]
    public async Task A_short_retry_after_is_honoured_instead_of_the_backoff()
    {
        // The backoff would be two minutes: only the server's 1 s lets the retry come in time.
        await using var server = HostileServer.Start(TransportAnswers.Sequence(HostileAnswers.RetryAfter(1, 429), HostileAnswers.Json(200, "[{\"SchoolCode\":994,\"Name\":\"A\"}]")));
        await using var provider = Services(server, TimeSpan.FromMinutes(5), retryBaseDelay: TimeSpan.FromMinutes(2));

        var schools = await provider.GetRequiredService<IAeriesClient>().GetSchoolsAsync().WaitAsync(HangGuard);

        Assert.Equal(994, Assert.Single(schools).SchoolCode);
        Assert.Equal(2, server.Received.Count);
    }

    [Fact]
    public async Task A_probe_asked_to_wait_past_its_time_is_an_error_that_says_so()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 20 });
        await using var server = HostileServer.Start(HostileAnswers.ByPath(HostileAnswers.Proxy(mock.Server.BaseUrl), ("/students", HostileAnswers.RetryAfter(600))));
        var services = new ServiceCollection();
        services.AddAeriesGrantChecker(o => o.RetryBaseDelay = TimeSpan.FromMilliseconds(2));
        await using var provider = services.BuildServiceProvider();
        var request = new GrantCheckRequest
        {
            BaseUrl = HostileClients.BaseUrl(server),
            Certificate = mock.Certificate("full"),
            Spec = GrantSet.Parse("Student Data: Read"),
            ProbeOutsideSpec = false,
        };

        var report = await provider.GetRequiredService<GrantChecker>().CheckAsync(request).WaitAsync(HangGuard);

        Assert.Equal(CheckOutcome.Completed, report.Outcome);
        var student = Assert.Single(report.Results);
        Assert.Equal(GrantVerdict.Error, student.Verdict);
        Assert.Contains("Aeries asked to wait 600 s", student.Reason, StringComparison.Ordinal);
        Assert.Single(server.Received, received => received.Target.Contains("/students", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_retry_after_that_fits_the_request_but_not_the_checks_deadline_is_not_waited_for()
    {
        // 60 s fits in the request's two minutes, not in the check's 20 s deadline.
        await using var server = HostileServer.Start(HostileAnswers.RetryAfter(60));
        var services = new ServiceCollection();
        services.AddAeriesGrantChecker(o =>
        {
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(2);
            o.TotalRequestTimeout = TimeSpan.FromMinutes(2);
        });
        await using var provider = services.BuildServiceProvider();
        var request = new GrantCheckRequest
        {
            BaseUrl = HostileClients.BaseUrl(server),
            Certificate = HostileClients.NewCertificate(),
            Spec = GrantSet.Parse("Student Data: Read"),
            RequestTimeout = TimeSpan.FromMinutes(2),
            Deadline = TimeSpan.FromSeconds(20),
        };

        var report = await provider.GetRequiredService<GrantChecker>().CheckAsync(request).WaitAsync(HangGuard);

        Assert.Equal(CheckOutcome.Unreachable, report.Outcome);
        Assert.Contains("Aeries asked to wait 60 s", report.Summary, StringComparison.Ordinal);
        Assert.Equal(1, server.Received.Count(received => received.Target.Contains("systeminfo", StringComparison.Ordinal)));
    }

    private static ServiceProvider Services(HostileServer server, TimeSpan totalTimeout, TimeSpan? retryBaseDelay = null)
    {
        var services = new ServiceCollection();
        services.AddAeriesClient(HostileClients.BaseUrl(server), HostileClients.NewCertificate(), o =>
        {
            o.TotalRequestTimeout = totalTimeout;
            o.RetryBaseDelay = retryBaseDelay ?? TimeSpan.FromMilliseconds(2);
        });
        return services.BuildServiceProvider();
    }
}
