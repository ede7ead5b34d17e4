using System;
using System.Threading.Tasks;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests.Harness;

/// <summary>
/// A test class whose every test gets its own small mock, started before it and disposed after it,
/// and a caller whose "demo" certificate may do everything: writes change the mock, so no test sees
/// another's.
/// </summary>
public abstract class EverythingMockTest : IAsyncLifetime
{
    private RunningMock? mock;

    private protected MockAeriesServer Server => Running.Server;

    private protected AeriesCaller Aeries => Running.Aeries;

    private RunningMock Running => mock ?? throw new InvalidOperationException("The mock starts in InitializeAsync.");

    public async Task InitializeAsync() => mock = await RunningMock.StartWithEverythingAsync();

    public async Task DisposeAsync()
    {
        if (mock is not null)
        {
            await mock.DisposeAsync();
        }
    }
}
