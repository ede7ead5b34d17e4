using System.Collections.Generic;

namespace IlluminatePerms.MockAeries.Server.Settings;

/// <summary>
/// Every setting of the standalone mock, as the <c>--config</c> file holds it (camelCase keys, the
/// flags' names) and as the flags give it; null where neither says, so the flags override the file
/// key by key. docs/cli.md, "mock", describes each.
/// </summary>
internal sealed record MockSettings
{
    /// <summary>Port to listen on (0 picks a free one).</summary>
    public int? Port { get; init; }

    /// <summary>Address to bind.</summary>
    public string? Host { get; init; }

    /// <summary>The spec the certificates are made from; in a file, relative to the file's folder.</summary>
    public string? Spec { get; init; }

    /// <summary>Number of students.</summary>
    public int? Scale { get; init; }

    /// <summary>Seed of the data, certificates and faults.</summary>
    public int? Seed { get; init; }

    /// <summary>Milliseconds added before every answer.</summary>
    public int? Latency { get; init; }

    /// <summary>Status of a certificate without the operation's permission: 401 (Aeries) or 403.</summary>
    public int? RefusalStatus { get; init; }

    /// <summary>The district's default DatabaseYear.</summary>
    public int? DatabaseYear { get; init; }

    /// <summary>The years with data.</summary>
    public IReadOnlyList<int>? AvailableYears { get; init; }

    /// <summary>Areas answered with 501 (switched off in the district).</summary>
    public IReadOnlyList<string>? DisabledAreas { get; init; }

    /// <summary>Faults to inject.</summary>
    public IReadOnlyList<FaultSettings>? Faults { get; init; }

    /// <summary>The named assumptions (<see cref="MockAssumptions"/>), by their camelCase names.</summary>
    public MockAssumptions? Assumptions { get; init; }

    /// <summary>Whether WireMock.Net's admin API answers under /__admin/.</summary>
    public bool? Admin { get; init; }

    /// <summary>A folder of recordings made by <c>illuminate-perms proxy --record</c> to replay; in a file, relative to the file's folder.</summary>
    public string? Replay { get; init; }

    /// <summary>These settings with each one <paramref name="flags"/> gives replaced by the flag's.</summary>
    public MockSettings OverriddenBy(MockSettings flags) => new()
    {
        Port = flags.Port ?? Port,
        Host = flags.Host ?? Host,
        Spec = flags.Spec ?? Spec,
        Scale = flags.Scale ?? Scale,
        Seed = flags.Seed ?? Seed,
        Latency = flags.Latency ?? Latency,
        RefusalStatus = flags.RefusalStatus ?? RefusalStatus,
        DatabaseYear = flags.DatabaseYear ?? DatabaseYear,
        AvailableYears = flags.AvailableYears ?? AvailableYears,
        DisabledAreas = flags.DisabledAreas ?? DisabledAreas,
        Faults = flags.Faults ?? Faults,
        Assumptions = flags.Assumptions ?? Assumptions,
        Admin = flags.Admin ?? Admin,
        Replay = flags.Replay ?? Replay,
    };
}
