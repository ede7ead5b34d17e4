using System;
using System.Collections.Generic;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Faults;
using IlluminatePerms.MockAeries.Security;

namespace IlluminatePerms.MockAeries;

/// <summary>How to start a <see cref="MockAeriesServer"/>. Every default suits a test.</summary>
public sealed class MockAeriesOptions
{
    /// <summary>Seed of the data, the certificates and the faults. Same seed, same bytes.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Number of students (1 to 1,000,000); schools, staff and sections follow.</summary>
    public int Scale { get; init; } = 600;

    /// <summary>The district's default DatabaseYear (the year the school year starts).</summary>
    public int DatabaseYear { get; init; } = 2026;

    /// <summary>Years with data; others fall back silently to <see cref="DatabaseYear"/>, as Aeries does. Default: the default year and the two before it.</summary>
    public IReadOnlyList<int>? AvailableDatabaseYears { get; init; }

    /// <summary>The grants of the spec the built-in certificates are made from. Default: the bundled spec/permissions.csv.</summary>
    public GrantSet? SpecGrants { get; init; }

    /// <summary>The certificates the mock accepts. Default: <see cref="CertificateProfiles.For"/> of <see cref="SpecGrants"/>.</summary>
    public IReadOnlyList<MockCertificate>? Certificates { get; init; }

    /// <summary>Areas answered with 501, as Aeries does for a feature-flagged v5 area the district has not switched on.</summary>
    public IReadOnlyCollection<string> DisabledAreas { get; init; } = Array.Empty<string>();

    /// <summary>Faults to inject.</summary>
    public IReadOnlyList<FaultRule> Faults { get; init; } = Array.Empty<FaultRule>();

    /// <summary>Behaviours Aeries does not document.</summary>
    public MockAssumptions Assumptions { get; init; } = new();

    /// <summary>Address to bind. Loopback unless you mean otherwise.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>Port to bind; 0 for a free one.</summary>
    public int Port { get; init; }

    /// <summary>The time zone <c>systeminfo</c> names (the server's, in Aeries' Windows wording).</summary>
    public string TimeZoneName { get; init; } = "(UTC-08:00) Pacific Time (US & Canada)";

    /// <summary>Clock for <c>systeminfo</c>'s CurrentDateTime (written with its UTC offset).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// Whether WireMock.Net's admin API answers under <c>/__admin/</c>: <c>requests</c> (GET the log
    /// from the journal, certificates redacted; DELETE clears it) and <c>mappings</c> (POST a stub
    /// that wins over the built-in routes; DELETE removes the posted stubs). Off by default: anyone
    /// who reaches the port can change the answers, and the admin API has no password.
    /// </summary>
    public bool AdminInterface { get; init; }

    /// <summary>
    /// A directory of recordings made by <c>illuminate-perms proxy --record</c>: a request recorded there
    /// (method, path, query) gets the recorded answer, once the certificate may call its operation;
    /// others get the built-in data. Null for none.
    /// </summary>
    public string? ReplayDirectory { get; init; }

    /// <summary>How many requests the journal keeps (the newest).</summary>
    public int JournalCapacity { get; init; } = 100_000;
}
