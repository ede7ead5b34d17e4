using System;
using System.Globalization;
using System.Linq;
using System.Net;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Faults;

namespace IlluminatePerms.MockAeries.Server.Settings;

/// <summary>Checks merged <see cref="MockSettings"/> and turns them into the library's <see cref="MockAeriesOptions"/>.</summary>
internal static class SettingsOptions
{
    /// <summary>Port when none is given.</summary>
    public const int DefaultPort = 5080;

    /// <summary>Students when none is given.</summary>
    public const int DefaultScale = 2000;

    /// <summary>The options to start the mock with; certificates from <paramref name="specGrants"/>.</summary>
    /// <exception cref="SettingsException">A value out of its range, naming its key.</exception>
    public static MockAeriesOptions From(MockSettings settings, GrantSet specGrants)
    {
        var defaults = new MockAeriesOptions();
        var host = settings.Host ?? defaults.Host;
        var port = Within(settings.Port ?? DefaultPort, 0, 65_535, "port");
        var year = Within(settings.DatabaseYear ?? defaults.DatabaseYear, 1990, 2100, "databaseYear");
        var years = settings.AvailableYears?.Select(y => Within(y, 1990, 2100, "availableYears")).ToList();
        if (years is { Count: 0 })
        {
            throw new SettingsException("availableYears: give at least one year, or leave it out for the default year and the two before it.");
        }

        var assumptions = settings.Assumptions ?? defaults.Assumptions;
        if (settings.RefusalStatus is { } refusal)
        {
            // The shorthand of one named assumption, applied as --assume would.
            assumptions = refusal is 401 or 403
                ? SettingsFlags.Assume(assumptions, [$"missingPermissionStatusCode={refusal.ToString(CultureInfo.InvariantCulture)}"])
                : throw new SettingsException($"refusalStatus must be 401 (what Aeries answers) or 403, not {refusal.ToString(CultureInfo.InvariantCulture)}.");
        }

        foreach (var area in settings.DisabledAreas ?? [])
        {
            if (!AreaCatalog.TryFind(area, out _))
            {
                throw new SettingsException($"disabledAreas: '{area}' is not an Aeries area; `illuminate-perms areas` lists them.");
            }
        }

        return new MockAeriesOptions
        {
            Host = host,
            Port = port,
            Scale = Within(settings.Scale ?? DefaultScale, 1, 1_000_000, "scale"),
            Seed = settings.Seed ?? defaults.Seed,
            DatabaseYear = year,
            AvailableDatabaseYears = years,
            SpecGrants = specGrants,
            DisabledAreas = settings.DisabledAreas ?? defaults.DisabledAreas,
            Faults = Faults(settings),
            Assumptions = assumptions,
            AdminInterface = settings.Admin ?? IsLoopback(host),
            ReplayDirectory = settings.Replay,
        };
    }

    /// <summary>Whether <paramref name="host"/> binds loopback only (the admin API is on by default only there).</summary>
    public static bool IsLoopback(string host)
        => string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));

    private static FaultRule[] Faults(MockSettings settings)
    {
        var latency = Within(settings.Latency ?? 0, 0, 60_000, "latency");
        var rules = (settings.Faults ?? []).Select((fault, index) => Rule(fault, $"faults[{index.ToString(CultureInfo.InvariantCulture)}]")).ToList();

        // --latency is a fault rule for every path, like the library's own way of adding latency.
        return latency == 0 ? [.. rules] : [new FaultRule { Latency = TimeSpan.FromMilliseconds(latency) }, .. rules];
    }

    private static FaultRule Rule(FaultSettings fault, string key) => new()
    {
        PathPrefix = fault.PathPrefix,
        Latency = TimeSpan.FromMilliseconds(Within(fault.LatencyMs, 0, 60_000, key + ".latencyMs")),
        ErrorRate = Rate(fault.ErrorRate, key + ".errorRate"),
        ErrorStatusCode = fault.ErrorStatusCode is 500 or 503 ? fault.ErrorStatusCode : throw new SettingsException($"{key}.errorStatusCode must be 500 or 503, not {fault.ErrorStatusCode}."),
        ThrottleRate = Rate(fault.ThrottleRate, key + ".throttleRate"),
        RetryAfterSeconds = Within(fault.RetryAfterSeconds, 0, 3600, key + ".retryAfterSeconds"),
        DropRate = Rate(fault.DropRate, key + ".dropRate"),
        MaxFailuresPerRequest = fault.MaxFailuresPerRequest is { } most ? Within(most, 1, int.MaxValue, key + ".maxFailuresPerRequest") : null,
    };

    private static double Rate(double value, string key)
        => value is >= 0 and <= 1 ? value : throw new SettingsException($"{key} is a share of requests between 0 and 1, not {value.ToString(CultureInfo.InvariantCulture)}.");

    private static int Within(int value, int least, int most, string key)
        => value >= least && value <= most ? value : throw new SettingsException($"{key} must be between {least.ToString("N0", CultureInfo.InvariantCulture)} and {most.ToString("N0", CultureInfo.InvariantCulture)}, not {value.ToString(CultureInfo.InvariantCulture)}.");
}
