using System;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries;
using IlluminatePerms.Spec;

namespace IlluminatePerms.AspNetCore.Tests.Harness;

/// <summary>The in-process mock Aeries, seeded for the bundled spec, with the certificates a test pastes.</summary>
internal sealed class MockDistrict : IAsyncDisposable
{
    private MockDistrict(MockAeriesServer server) => Server = server;

    /// <summary>The mock.</summary>
    public MockAeriesServer Server { get; }

    /// <summary>The base URL as an admin would paste it: the sign-in page.</summary>
    public string SignInPage => new Uri(Server.BaseUrl, "Login.aspx").AbsoluteUri;

    /// <summary>The value of a mock certificate profile ("partial": some spec grants missing; "full": exactly the spec).</summary>
    public string Certificate(string profile) => Server.Certificate(profile).Value;

    /// <summary>Starts a small mock (enough students for every probe).</summary>
    public static async Task<MockDistrict> StartAsync()
        => new(await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 200, SpecGrants = PermissionSpec.BundledExample.Grants }));

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
