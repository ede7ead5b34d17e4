using System;
using System.Threading.Tasks;
using IlluminatePerms.Client;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Journal;
using IlluminatePerms.MockAeries.Security;
using IlluminatePerms.MockAeries.Testing;
using Xunit;

namespace IlluminatePerms.MockAeries.Xunit;

/// <summary>
/// One mock Aeries per test class (<c>IClassFixture&lt;T&gt;</c>) or collection
/// (<c>ICollectionFixture&lt;T&gt;</c>). xunit creates fixtures itself, so the spec comes in
/// through a small subclass you write, passing your build's generated grants; the certificates
/// can then never drift from what your build checks:
/// <code>
/// public sealed class AeriesFixture : MockAeriesFixture
/// {
///     protected override GrantSet Spec => RequiredGrants.All;
/// }
/// </code>
/// Override <see cref="Options"/> for faults, scale or the 403 convention. Call <see cref="Reset"/>
/// at the start of each test (or derive the test class from <see cref="MockAeriesTest{TFixture}"/>).
/// </summary>
public abstract class MockAeriesFixture : IAsyncLifetime
{
    private MockAeriesHarness? harness;

    /// <summary>The product's spec: return the generated <c>RequiredGrants.All</c>.</summary>
    protected abstract GrantSet Spec { get; }

    /// <summary>How the mock starts; override for faults, scale or assumptions.</summary>
    protected virtual MockAeriesHarnessOptions Options => new();

    /// <summary>The framework-neutral harness behind the fixture.</summary>
    /// <exception cref="InvalidOperationException">Used before xunit initialized the fixture.</exception>
    public MockAeriesHarness Harness => harness ?? throw new InvalidOperationException("The mock Aeries has not started: xunit starts a fixture before the first test of its class or collection.");

    /// <summary>The district's base URL on a free loopback port.</summary>
    public Uri BaseUrl => Harness.BaseUrl;

    /// <summary>A client (through AddAeriesClient) with the spec's exact certificate.</summary>
    public AeriesClient Client => Harness.Client;

    /// <summary>Certificates made from the spec: exactly it, less, more, none.</summary>
    public SpecCertificates Certificates => Harness.Certificates;

    /// <summary>Every request since start or reset: method, path, status, certificate profile, fault.</summary>
    public RequestJournal Journal => Harness.Journal;

    /// <summary>The running mock.</summary>
    public MockAeriesServer Server => Harness.Server;

    /// <summary>A new client that sends <paramref name="certificate"/>; dispose it when done.</summary>
    public MockAeriesClientScope ClientFor(MockCertificate certificate) => Harness.ClientFor(certificate);

    /// <summary>Restores the data and empties the journal, so the next test starts clean.</summary>
    public void Reset() => Harness.Reset();

    /// <inheritdoc />
    public async Task InitializeAsync() => harness = await MockAeriesHarness.StartAsync(Spec, Options).ConfigureAwait(false);

    /// <inheritdoc />
    public Task DisposeAsync() => harness is null ? Task.CompletedTask : harness.DisposeAsync().AsTask();
}
