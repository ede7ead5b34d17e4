using System;
using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Security;

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

    /// <summary>Every level of every area: what a certificate needs to call any operation.</summary>
    public static GrantSet Everything { get; } = GrantSet.Of(AreaCatalog.All.SelectMany(area =>
        new[] { AeriesAccess.Read, AeriesAccess.Insert, AeriesAccess.Update, AeriesAccess.Delete }.Select(access => new Grant(area, access))));

    public static async Task<RunningMock> StartAsync(MockAeriesOptions options) => new(await MockAeriesServer.StartAsync(options));

    /// <summary>A small district (300 students unless told) whose one certificate, "demo", may do everything.</summary>
    public static Task<RunningMock> StartWithEverythingAsync(int scale = 300)
        => StartAsync(new MockAeriesOptions { Scale = scale, Certificates = new[] { new MockCertificate("demo", "everything", Everything, "test") } });

    public async ValueTask DisposeAsync()
    {
        Aeries.Dispose();
        await Server.DisposeAsync();
    }
}
