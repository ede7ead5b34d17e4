using System;
using IlluminatePerms.MockAeries.Faults;

namespace IlluminatePerms.MockAeries.Journal;

/// <summary>
/// One request as the mock saw it. It names the certificate's profile, never the certificate, and
/// the path without its query string.
/// </summary>
/// <param name="Sequence">1 for the first request after start or reset.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path, without the query string.</param>
/// <param name="StatusCode">The status answered (0 for a dropped connection).</param>
/// <param name="Profile">The certificate's profile; "none" without a certificate, "unknown" for one the mock does not know.</param>
/// <param name="Fault">The injected fault, <see cref="FaultKind.None"/> for none.</param>
public sealed record JournalEntry(long Sequence, string Method, string Path, int StatusCode, string Profile, FaultKind Fault)
{
    /// <summary>When the request was answered (UTC).</summary>
    public DateTimeOffset Time { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>The caller's address (such as <c>127.0.0.1</c>), when the connection tells it.</summary>
    public string? Client { get; init; }
}
