using System;

namespace IlluminatePerms.MockAeries.Faults;

/// <summary>What the fault rules decided for one request.</summary>
/// <param name="Latency">Delay before answering.</param>
/// <param name="Kind">"error", "throttle", "drop" or null for none.</param>
/// <param name="StatusCode">The status of an error or throttle.</param>
/// <param name="RetryAfterSeconds">The Retry-After of a throttle.</param>
public sealed record FaultDecision(TimeSpan Latency, string? Kind, int StatusCode, int RetryAfterSeconds)
{
    /// <summary>No fault.</summary>
    public static readonly FaultDecision None = new(TimeSpan.Zero, null, 0, 0);
}
