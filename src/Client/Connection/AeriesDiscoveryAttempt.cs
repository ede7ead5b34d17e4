namespace IlluminatePerms.Connection;

/// <summary>One base URL tried by <see cref="AeriesBaseUrlDiscovery"/>.</summary>
/// <param name="BaseUrl">The candidate base.</param>
/// <param name="StatusCode">The status of its <c>systeminfo</c>, if it answered.</param>
/// <param name="AeriesVersion">The Aeries version, when it answered like Aeries.</param>
/// <param name="Outcome">What happened, in a few words.</param>
public sealed record AeriesDiscoveryAttempt(AeriesBaseUrl BaseUrl, int? StatusCode, string? AeriesVersion, string Outcome);
