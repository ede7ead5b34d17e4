using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.Client.Tests.Checking;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Testing;
using Xunit;

namespace IlluminatePerms.Client.Tests.Streams;

/// <summary>
/// The mock Aeries as the xunit harness starts it by default (600 students, all at school 994), and a
/// client whose certificate adds Attendance to the bundled spec (which reads only attendance history).
/// </summary>
public sealed class DefaultScaleAeries : IAsyncLifetime
{
    private MockAeriesClientScope? scope;

    public MockAeriesHarness Harness { get; private set; } = null!;

    /// <summary>A client (through AddAeriesClient) that may read Attendance and Attendance History.</summary>
    public AeriesClient Client => scope!.Client;

    /// <summary>The school with the most students.</summary>
    public int School { get; private set; }

    /// <summary>The StudentIDs the mock holds for <see cref="School"/>.</summary>
    public int[] StudentIds => Harness.Server.Roster.StudentIdsAt(School).ToArray();

    public async Task InitializeAsync()
    {
        Harness = await MockAeriesHarness.StartAsync(CheckerHarness.Spec);
        scope = Harness.ClientFor(Harness.Certificates.With(new Grant("Attendance", AeriesAccess.Read)));
        var roster = Harness.Server.Roster;
        School = roster.SchoolCodes.OrderByDescending(code => roster.StudentIdsAt(code).Count).First();
    }

    public async Task DisposeAsync()
    {
        if (scope is not null)
        {
            await scope.DisposeAsync();
        }

        await Harness.DisposeAsync();
    }
}
