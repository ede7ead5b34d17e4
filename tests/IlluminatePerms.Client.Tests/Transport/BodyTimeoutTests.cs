using System;
using System.Threading.Tasks;
using IlluminatePerms.Checking;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Client.Errors;
using IlluminatePerms.Client.Tests.Checking;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries;
using IlluminatePerms.Tests.Shared.Hostile;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IlluminatePerms.Client.Tests.Transport;

/// <summary>
/// The attempt timeout covers the whole answer, body included: a body sent a byte at a time ends
/// at the timeout (not at the check's deadline), and an endless body ends at the response cap.
/// </summary>
public sealed class BodyTimeoutTests
{
    // Hang guards only: each case ends within seconds once the timeout or the cap applies.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task A_byte_a_time_body_ends_at_the_attempt_timeout_and_says_so()
    {
        await using var server = HostileServer.Start(HostileAnswers.SlowBody(TimeSpan.FromMilliseconds(200)));
        var client = HostileClients.Direct(server, HostileClients.NewCertificate(), o => o.AttemptTimeout = Timeout);

        var error = await Assert.ThrowsAsync<AeriesConnectionException>(() => client.GetSchoolsAsync().WaitAsync(HangGuard));

        Assert.Equal(Timeout, error.Timeout);
        Assert.Contains("within 2 s", error.Message, StringComparison.Ordinal);
        Assert.IsType<TimeoutException>(error.InnerException);
    }

    [Fact]
    public async Task The_registered_pipeline_bounds_the_body_by_the_attempt_timeout()
    {
        await using var server = HostileServer.Start(HostileAnswers.SlowBody(TimeSpan.FromMilliseconds(200)));
        var services = new ServiceCollection();
        services.AddAeriesClient(HostileClients.BaseUrl(server), HostileClients.NewCertificate(), o =>
        {
            o.AttemptTimeout = Timeout;
            o.MaxReadRetries = 0;
        });
        await using var provider = services.BuildServiceProvider();

        var error = await Assert.ThrowsAsync<AeriesConnectionException>(() => provider.GetRequiredService<IAeriesClient>().GetSchoolsAsync().WaitAsync(HangGuard));

        Assert.Equal(Timeout, error.Timeout);
    }

    [Fact]
    public async Task A_check_whose_systeminfo_trickles_ends_at_the_attempt_timeout_not_at_the_deadline()
    {
        await using var server = HostileServer.Start(HostileAnswers.SlowBody(TimeSpan.FromMilliseconds(200)));
        var services = new ServiceCollection();
        services.AddAeriesGrantChecker(o =>
        {
            o.AttemptTimeout = Timeout;
            o.MaxReadRetries = 0;
        });
        await using var provider = services.BuildServiceProvider();
        var request = new GrantCheckRequest
        {
            BaseUrl = HostileClients.BaseUrl(server),
            Certificate = HostileClients.NewCertificate(),
            Spec = CheckerHarness.Spec,
            Deadline = TimeSpan.FromMinutes(3),
        };

        var report = await provider.GetRequiredService<GrantChecker>().CheckAsync(request).WaitAsync(HangGuard);

        Assert.Equal(CheckOutcome.Unreachable, report.Outcome);
        Assert.Contains("no complete answer within 2 s", report.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_endless_body_ends_at_the_response_cap()
    {
        await using var server = HostileServer.Start(HostileAnswers.EndlessBody());
        var client = HostileClients.Direct(server, HostileClients.NewCertificate(), o =>
        {
            o.MaxResponseBytes = 1024 * 1024;
            o.AttemptTimeout = TimeSpan.FromMinutes(5);
        });

        var error = await Assert.ThrowsAsync<AeriesResponseTooLargeException>(() => client.GetSchoolsAsync().WaitAsync(HangGuard));

        Assert.Equal(1024 * 1024, error.LimitBytes);
    }

    [Fact]
    public async Task A_probe_whose_body_never_ends_is_cut_at_the_cap_and_the_check_completes()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 20 });
        await using var server = HostileServer.Start(HostileAnswers.ByPath(HostileAnswers.Proxy(mock.Server.BaseUrl), ("/students", HostileAnswers.EndlessBody())));
        using var checker = new CheckerHarness();
        var request = new GrantCheckRequest { BaseUrl = HostileClients.BaseUrl(server), Certificate = mock.Certificate("full"), Spec = GrantSet.Parse("Student Data: Read"), ProbeOutsideSpec = false };

        var report = await checker.Checker.CheckAsync(request).WaitAsync(HangGuard);

        Assert.Equal(CheckOutcome.Completed, report.Outcome);
        Assert.Contains(server.Received, received => received.Target.Contains("/students", StringComparison.Ordinal));
    }
}
