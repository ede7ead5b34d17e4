using System;

namespace IlluminatePerms.MockAeries.Faults;

/// <summary>
/// Trouble to inject into matching requests. Rates are fractions (0.1 = one request in ten), drawn
/// from the server's seed, the request's content and its attempt number, so a run is repeatable under any concurrency.
/// </summary>
public sealed record FaultRule
{
    /// <summary>Applies to paths under <c>/api/v5/</c> that start with this (case-insensitive); null for every request.</summary>
    public string? PathPrefix { get; init; }

    /// <summary>Delay added before answering.</summary>
    public TimeSpan Latency { get; init; }

    /// <summary>Share of requests answered with <see cref="ErrorStatusCode"/>.</summary>
    public double ErrorRate { get; init; }

    /// <summary>500 or 503.</summary>
    public int ErrorStatusCode { get; init; } = 503;

    /// <summary>Share of requests answered 429 with a Retry-After header.</summary>
    public double ThrottleRate { get; init; }

    /// <summary>The Retry-After value of a 429, in seconds.</summary>
    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>Share of requests whose connection is dropped without an answer.</summary>
    public double DropRate { get; init; }

    /// <summary>
    /// Attempts of one request (same method, path and body) that may fail; later attempts pass.
    /// Null for no limit. 2 means a client that retries twice always gets through.
    /// </summary>
    public int? MaxFailuresPerRequest { get; init; }

    /// <summary>True when the rule applies to <paramref name="apiPath"/> (the path after <c>/api/v5/</c>).</summary>
    public bool AppliesTo(string apiPath)
        => PathPrefix is null || apiPath.StartsWith(PathPrefix.TrimStart('/'), StringComparison.OrdinalIgnoreCase);
}
