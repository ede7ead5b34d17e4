using System;

namespace IlluminatePerms.Cli.Commands.Proxy;

/// <summary>How much and how long the proxy carries one exchange.</summary>
internal sealed record ProxyLimits
{
    /// <summary>Largest request body taken from the caller (Aeries' writes are small records).</summary>
    public long RequestBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Largest answer passed on; a longer one is cut off (a district's answer is never this large; a broken one may be endless).</summary>
    public long AnswerBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>Largest answer kept whole for the contract check and the recording; a larger one is passed on unchecked.</summary>
    public int KeptBytes { get; init; } = 32 * 1024 * 1024;

    /// <summary>Longest time from forwarding the request to the last byte of the answer; a slower answer is cut off.</summary>
    public TimeSpan AnswerTime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Answered exchanges waiting for their check and line. When the check falls this far behind, an
    /// exchange is passed on without them and counted, so that the traffic never waits for the check.
    /// </summary>
    public int QueuedExchanges { get; init; } = 1024;

    /// <summary>Longest time to connect to the district.</summary>
    public TimeSpan ConnectTime { get; init; } = TimeSpan.FromSeconds(15);
}
