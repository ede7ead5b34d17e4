using System;
using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.Client.Errors;
using IlluminatePerms.Client.Models;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.Client.Tests.Transport;
using IlluminatePerms.MockAeries;
using IlluminatePerms.MockAeries.Faults;
using IlluminatePerms.Tests.Shared.Hostile;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace IlluminatePerms.Client.Tests.Client;

/// <summary>AddAeriesClient: reads retried, writes not, one circuit per district host.</summary>
public class ResilienceTests
{
    [Fact]
    public async Task Reads_are_retried_on_503_and_429_until_they_succeed()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions
        {
            Scale = 100,
            Faults = new[] { new FaultRule { PathPrefix = "schools", ErrorRate = 0.4, ThrottleRate = 0.2, RetryAfterSeconds = 0 } },
        });
        using var services = Services(mock, "full");
        var client = services.GetRequiredService<IAeriesClient>();

        for (var i = 0; i < 10; i++)
        {
            Assert.NotEmpty(await client.GetSchoolsAsync());
            mock.Server.Reset();
        }
    }

    [Theory]
    [InlineData(0, "drop", false)]
    [InlineData(1, "drop", true)]
    [InlineData(0, "503", false)]
    [InlineData(1, "503", true)]
    public async Task A_read_that_fails_once_is_retried_only_when_retries_are_allowed(int retries, string failure, bool answered)
    {
        var once = failure == "drop"
            ? new FaultRule { PathPrefix = "schools", DropRate = 1, MaxFailuresPerRequest = 1 }
            : new FaultRule { PathPrefix = "schools", ErrorRate = 1, ErrorStatusCode = 503, MaxFailuresPerRequest = 1 };
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 50, Faults = new[] { once } });
        using var services = Services(mock, "full", o => o.MaxReadRetries = retries);
        var client = services.GetRequiredService<IAeriesClient>();

        var error = await Record.ExceptionAsync(() => client.GetSchoolsAsync());

        Assert.Equal(answered, error is null);
        Assert.Equal(answered ? 2 : 1, mock.Server.Journal.Entries.Count);
    }

    [Fact]
    public void The_pipeline_is_built_only_from_a_pipeline_and_options()
    {
        var pipeline = new Polly.ResiliencePipelineBuilder<System.Net.Http.HttpResponseMessage>();

        Assert.Equal("pipeline", Assert.Throws<ArgumentNullException>(() => IlluminatePerms.Client.Resilience.AeriesResilience.Configure(null!, new AeriesClientOptions())).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => IlluminatePerms.Client.Resilience.AeriesResilience.Configure(pipeline, null!)).ParamName);
    }

    [Fact]
    public async Task A_failing_write_is_not_repeated_by_the_pipeline()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 100 });
        var direct = mock.Client("full");
        var school = (await direct.GetSchoolsAsync()).First().SchoolCode;
        var staff = (await direct.GetTeachersAsync(school)).First(t => t.StaffID1 > 0).StaffID1;
        var gradebook = (await direct.GetStaffGradebooksAsync(staff)).First().GradebookNumber;
        await using var failing = await MockSession.StartAsync(new MockAeriesOptions { Scale = 100, Faults = new[] { new FaultRule { PathPrefix = "gradebooks", ErrorRate = 1 } } });
        using var services = Services(failing, "full", o => o.MaxWriteAttempts = 1);
        var client = services.GetRequiredService<IAeriesClient>();

        await Assert.ThrowsAnyAsync<Exception>(() => client.UpdateAssignmentAsync(gradebook, 1, new AssignmentInput { Description = "x" }));

        Assert.Single(failing.Server.Journal.Entries, e => e.Method == "PUT");
    }

    [Fact]
    public async Task One_failing_district_never_opens_the_circuit_of_another()
    {
        await using var failing = await MockSession.StartAsync(new MockAeriesOptions { Scale = 50, Faults = new[] { new FaultRule { PathPrefix = "schools", ErrorRate = 1 } } });
        await using var healthy = await MockSession.StartAsync(new MockAeriesOptions { Scale = 50 });
        var services = new ServiceCollection();
        services.AddAeriesClient(failing.BaseUrl, failing.Certificate("full"), o => { o.RetryBaseDelay = TimeSpan.FromMilliseconds(1); o.MaxReadRetries = 1; });
        using var provider = services.BuildServiceProvider();
        var http = provider.GetRequiredService<System.Net.Http.IHttpClientFactory>().CreateClient(typeof(IAeriesClient).Name);
        using var logs = new CapturingLoggerProvider();
        var toFailing = new AeriesClient(failing.BaseUrl, failing.Certificate("full"), http, logger: logs.CreateLogger<AeriesClient>());
        var toHealthy = new AeriesClient(healthy.BaseUrl, healthy.Certificate("full"), http);

        AeriesConnectionException? open = null;
        for (var i = 0; i < 40 && open is null; i++)
        {
            try
            {
                await toFailing.GetSchoolsAsync();
            }
            catch (AeriesConnectionException exception)
            {
                open = exception;
            }
            catch (AeriesApiException exception) when (exception.StatusCode == 503)
            {
            }
        }

        Assert.NotNull(open);
        Assert.IsType<Polly.CircuitBreaker.BrokenCircuitException>(open.InnerException, exactMatch: false);
        Assert.False(open.IsTls);
        Assert.Equal("Warning: Aeries schools.get_school_information: not sent, the circuit for this host is open after repeated failures", logs.ClientMessages[^1]);
        Assert.NotEmpty(await toHealthy.GetSchoolsAsync());
    }

    [Fact]
    public async Task An_attempt_the_pipeline_times_out_is_logged_and_named_with_its_timeout()
    {
        await using var server = HostileServer.Start(HostileAnswers.Silence());
        using var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs));
        services.AddAeriesClient(HostileClients.BaseUrl(server), HostileClients.NewCertificate(), o =>
        {
            o.MaxReadRetries = 0;
            o.AttemptTimeout = TimeSpan.FromMilliseconds(300);
        });
        using var provider = services.BuildServiceProvider();

        var timedOut = await Assert.ThrowsAsync<AeriesConnectionException>(() => provider.GetRequiredService<IAeriesClient>().GetSchoolsAsync());

        Assert.Equal(TimeSpan.FromMilliseconds(300), timedOut.Timeout);
        Assert.Matches(@"^Warning: Aeries schools\.get_school_information: timed out after \d+(\.\d+)? ms$", Assert.Single(logs.ClientMessages));
    }

    private static ServiceProvider Services(MockSession mock, string profile, Action<AeriesClientOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddAeriesClient(mock.BaseUrl, mock.Certificate(profile), o =>
        {
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(2);
            o.MaxReadRetries = 6;
            configure?.Invoke(o);
        });
        return services.BuildServiceProvider();
    }
}
