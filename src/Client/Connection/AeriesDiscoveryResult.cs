using System.Collections.Generic;

namespace IlluminatePerms.Connection;

/// <summary>What <see cref="AeriesBaseUrlDiscovery"/> found.</summary>
/// <param name="Found">The base that answered like Aeries, or null.</param>
/// <param name="Attempts">Every candidate tried, in order of preference.</param>
public sealed record AeriesDiscoveryResult(AeriesBaseUrl? Found, IReadOnlyList<AeriesDiscoveryAttempt> Attempts);
