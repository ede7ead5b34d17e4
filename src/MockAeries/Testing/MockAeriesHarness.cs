using System;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Client;
using IlluminatePerms.Connection;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Journal;
using IlluminatePerms.MockAeries.Security;
using Microsoft.Extensions.DependencyInjection;

namespace IlluminatePerms.MockAeries.Testing;

/// <summary>
/// A mock Aeries for a product's tests, in any test framework: it starts on a free loopback port,
/// makes certificates from the product's spec, and hands out clients registered through
/// <see cref="AeriesClientServiceCollectionExtensions.AddAeriesClient"/>, as the product registers its own.
/// <code>
/// await using var aeries = await MockAeriesHarness.StartAsync(RequiredGrants.All);
/// var students = aeries.Client.GetStudentsAsync(994);
/// var refused = aeries.ClientFor(aeries.Certificates.Without(new Grant("Gradebook Scores", AeriesAccess.Update)));
/// aeries.Reset(); // between tests
/// </code>
/// </summary>
public sealed class MockAeriesHarness : IAsyncDisposable
{
    private readonly MockAeriesHarnessOptions options;
    private readonly ServiceProvider services;

    private MockAeriesHarness(MockAeriesServer server, GrantSet spec, MockAeriesHarnessOptions options)
    {
        Server = server;
        this.options = options;
        Certificates = new SpecCertificates(server, spec);
        services = ClientServices(Certificates.Exact);
        Client = Resolve(services);
    }

    /// <summary>The running mock: its data, <see cref="MockAeriesServer.Journal"/> and options.</summary>
    public MockAeriesServer Server { get; }

    /// <summary>The district's base URL, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl => Server.BaseUrl;

    /// <summary>Every request since start or <see cref="Reset"/>, with the profile of its certificate and its status.</summary>
    public RequestJournal Journal => Server.Journal;

    /// <summary>Certificates made from the spec: exactly it, less, more, none.</summary>
    public SpecCertificates Certificates { get; }

    /// <summary>A client with the spec's exact certificate (<see cref="SpecCertificates.Exact"/>).</summary>
    public AeriesClient Client { get; }

    /// <summary>Starts a mock whose certificates are made from <paramref name="spec"/> (pass the generated <c>RequiredGrants.All</c>).</summary>
    /// <param name="spec">The product's spec.</param>
    /// <param name="options">Scale, faults, assumptions; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<MockAeriesHarness> StartAsync(GrantSet spec, MockAeriesHarnessOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        options ??= new MockAeriesHarnessOptions();
        var server = await MockAeriesServer.StartAsync(
            new MockAeriesOptions { Seed = options.Seed, Scale = options.Scale, SpecGrants = spec, Faults = options.Faults, Assumptions = options.Assumptions },
            cancellationToken).ConfigureAwait(false);
        return new MockAeriesHarness(server, spec, options);
    }

    /// <summary>
    /// A new client (through <c>AddAeriesClient</c>) that sends <paramref name="certificate"/>.
    /// Dispose the returned scope when done.
    /// </summary>
    public MockAeriesClientScope ClientFor(MockCertificate certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var provider = ClientServices(certificate);
        return new MockAeriesClientScope(provider, Resolve(provider));
    }

    /// <summary>
    /// Registers, for products that register the client themselves, a client of this mock that sends
    /// <paramref name="certificate"/>: <c>AddAeriesClient</c> with the mock's base URL and <see cref="ConfigureClient"/>.
    /// </summary>
    /// <param name="services">The product's service collection.</param>
    /// <param name="certificate">The certificate the client sends.</param>
    /// <returns>The HTTP client builder, to add handlers of your own.</returns>
    public IHttpClientBuilder AddClient(IServiceCollection services, MockCertificate certificate)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(certificate);
        return services.AddAeriesClient(AeriesBaseUrl.Parse(Server.BaseUrl.ToString()), AeriesCertificate.Parse(certificate.Value), ConfigureClient);
    }

    /// <summary>The transport and retry options a client of this mock uses (short retry delays, then <see cref="MockAeriesHarnessOptions.ConfigureClient"/>).</summary>
    /// <param name="client">The options to set.</param>
    public void ConfigureClient(AeriesClientOptions client)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.RetryBaseDelay = options.ClientRetryBaseDelay;
        options.ConfigureClient?.Invoke(client);
    }

    /// <summary>Restores the data (forgets every write), empties the journal and starts the faults over. Certificates stay.</summary>
    public void Reset() => Server.Reset();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync().ConfigureAwait(false);
        await Server.DisposeAsync().ConfigureAwait(false);
    }

    private static AeriesClient Resolve(IServiceProvider provider) => (AeriesClient)provider.GetRequiredService<IAeriesClient>();

    private ServiceProvider ClientServices(MockCertificate certificate)
    {
        var collection = new ServiceCollection();
        AddClient(collection, certificate);
        return collection.BuildServiceProvider();
    }
}
