using System;

namespace IlluminatePerms.MockAeries.Faults;

/// <summary>What the fault rules decided for one request.</summary>
/// <param name="Latency">Delay before answering.</param>
/// <param name="Kind">What is injected.</param>
/// <param name="StatusCode">The status of an error or throttle.</param>
/// <param name="RetryAfterSeconds">The Retry-After of a throttle.</param>
internal sealed record FaultDecision(TimeSpan Latency, FaultKind Kind, int StatusCode, int RetryAfterSeconds)
{
    /// <summary>No fault.</summary>
    public static readonly FaultDecision None = new(TimeSpan.Zero, FaultKind.None, 0, 0);
}
