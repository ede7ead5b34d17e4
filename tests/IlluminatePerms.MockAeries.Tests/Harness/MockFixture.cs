using System.Threading.Tasks;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests.Harness;

/// <summary>One small mock per test class (it starts in well under a second); tests reset it.</summary>
public sealed class MockFixture : IAsyncLifetime
{
    public MockAeriesServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 300 });

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
