using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using IlluminatePerms.Client;
using IlluminatePerms.Client.Http;
using IlluminatePerms.Client.Models;
using IlluminatePerms.Connection;
using IlluminatePerms.MockAeries;
using Microsoft.Extensions.Logging;

namespace IlluminatePerms.Client.Tests.Harness;

/// <summary>A mock Aeries on a loopback port, and clients of it.</summary>
internal sealed class MockSession : IAsyncDisposable
{
    private MockSession(MockAeriesServer server) => Server = server;

    public MockAeriesServer Server { get; }

    public AeriesBaseUrl BaseUrl => AeriesBaseUrl.Parse(Server.BaseUrl.ToString());

    public static async Task<MockSession> StartAsync(MockAeriesOptions? options = null)
        => new(await MockAeriesServer.StartAsync(options ?? new MockAeriesOptions { Scale = 200 }));

    public AeriesCertificate Certificate(string profile) => AeriesCertificate.Parse(Server.Certificate(profile).Value);

    /// <summary>A client for <paramref name="profile"/>; requests go through <paramref name="handler"/> when given.</summary>
    public AeriesClient Client(string profile, Action<AeriesClientOptions>? configure = null, DelegatingHandler? handler = null, ILogger<AeriesClient>? logger = null)
    {
        var options = new AeriesClientOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(5) };
        configure?.Invoke(options);
        HttpMessageHandler primary = AeriesPrimaryHandler.Create(null);
        if (handler is not null)
        {
            handler.InnerHandler = primary;
            primary = handler;
        }

        return new AeriesClient(BaseUrl, Certificate(profile), new HttpClient(primary), options, logger);
    }

    /// <summary>The first score of the first assignment of the first teacher's first gradebook at the first school, read through <paramref name="profile"/>.</summary>
    public async Task<(int Gradebook, int Assignment, AssignmentScore Score)> FirstScoreAsync(string profile = "full")
    {
        var client = Client(profile);
        var school = (await client.GetSchoolsAsync()).First().SchoolCode;
        var staff = (await client.GetTeachersAsync(school)).First(t => t.StaffID1 > 0).StaffID1;
        var gradebook = (await client.GetStaffGradebooksAsync(staff)).First().GradebookNumber;
        var assignment = (await client.GetAssignmentsAsync(gradebook)).First().AssignmentNumber;
        return (gradebook, assignment, (await client.GetAssignmentScoresAsync(gradebook, assignment)).First());
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
