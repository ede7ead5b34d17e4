using System;
using System.Threading.Tasks;
using IlluminatePerms.Client;
using Microsoft.Extensions.DependencyInjection;

namespace IlluminatePerms.MockAeries.Testing;

/// <summary>A client of the mock with a certificate of your choice, and the services behind it.</summary>
public sealed class MockAeriesClientScope : IAsyncDisposable
{
    private readonly ServiceProvider services;

    internal MockAeriesClientScope(ServiceProvider services, AeriesClient client)
    {
        this.services = services;
        Client = client;
    }

    /// <summary>The client.</summary>
    public AeriesClient Client { get; }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => services.DisposeAsync();
}
