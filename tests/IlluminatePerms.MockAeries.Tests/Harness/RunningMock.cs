using System;
using System.Threading.Tasks;

namespace IlluminatePerms.MockAeries.Tests.Harness;

/// <summary>A mock started for one test class, with a caller; disposes both.</summary>
internal sealed class RunningMock : IAsyncDisposable
{
    private RunningMock(MockAeriesServer server)
    {
        Server = server;
        Aeries = new AeriesCaller(server);
    }

    public MockAeriesServer Server { get; }

    public AeriesCaller Aeries { get; }

    public static async Task<RunningMock> StartAsync(MockAeriesOptions options) => new(await MockAeriesServer.StartAsync(options));

    public async ValueTask DisposeAsync()
    {
        Aeries.Dispose();
        await Server.DisposeAsync();
    }
}
