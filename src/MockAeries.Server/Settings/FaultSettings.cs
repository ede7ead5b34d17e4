namespace IlluminatePerms.MockAeries.Server.Settings;

/// <summary>One fault rule as the config file and <c>--fault</c> write it (see <see cref="Faults.FaultRule"/>; latency in milliseconds).</summary>
internal sealed record FaultSettings
{
    /// <summary>Paths under /api/v5/ that start with this; absent for every request.</summary>
    public string? PathPrefix { get; init; }

    /// <summary>Milliseconds added before answering.</summary>
    public int LatencyMs { get; init; }

    /// <summary>Share of requests answered with <see cref="ErrorStatusCode"/> (0 to 1).</summary>
    public double ErrorRate { get; init; }

    /// <summary>500 or 503.</summary>
    public int ErrorStatusCode { get; init; } = 503;

    /// <summary>Share of requests answered 429 (0 to 1).</summary>
    public double ThrottleRate { get; init; }

    /// <summary>The Retry-After of a 429, in seconds.</summary>
    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>Share of requests whose connection is dropped (0 to 1).</summary>
    public double DropRate { get; init; }

    /// <summary>Attempts of one request that may fail; absent for no limit.</summary>
    public int? MaxFailuresPerRequest { get; init; }
}
