using System;
using System.Collections.Generic;
using IlluminatePerms.Client;
using IlluminatePerms.MockAeries.Faults;

namespace IlluminatePerms.MockAeries.Testing;

/// <summary>How a <see cref="MockAeriesHarness"/> starts its mock and configures its client.</summary>
public sealed class MockAeriesHarnessOptions
{
    /// <summary>Seed of the data and the faults. Same seed, same data.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Number of students in the district (schools, staff and sections follow).</summary>
    public int Scale { get; init; } = 600;

    /// <summary>Faults to inject: errors, throttling, dropped connections, latency.</summary>
    public IReadOnlyList<FaultRule> Faults { get; init; } = Array.Empty<FaultRule>();

    /// <summary>
    /// Behaviours Aeries does not document; among them the 401/403 convention for a missing
    /// permission (<see cref="MockAssumptions.MissingPermissionStatusCode"/>).
    /// </summary>
    public MockAssumptions Assumptions { get; init; } = new();

    /// <summary>First retry delay of the client (short, so a test with injected faults stays quick).</summary>
    public TimeSpan ClientRetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(5);

    /// <summary>Further transport and retry options of the clients, applied last (the base URL and certificate are the mock's).</summary>
    public Action<AeriesClientOptions>? ConfigureClient { get; init; }
}
