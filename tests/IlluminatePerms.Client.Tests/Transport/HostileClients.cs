using System;
using System.Net.Http;
using System.Security.Cryptography;
using IlluminatePerms.Client.Http;
using IlluminatePerms.Connection;
using IlluminatePerms.Tests.Shared.Hostile;

namespace IlluminatePerms.Client.Tests.Transport;

/// <summary>Clients of a hostile server, each with a fresh certificate the server must never pass on.</summary>
internal static class HostileClients
{
    /// <summary>A certificate of the usual form, random so no two tests share one.</summary>
    public static AeriesCertificate NewCertificate() => AeriesCertificate.Parse(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));

    /// <summary>The server's root as a district base URL (plain http on loopback is accepted).</summary>
    public static AeriesBaseUrl BaseUrl(HostileServer server) => AeriesBaseUrl.Parse(server.BaseUrl.ToString());

    /// <summary>A client on the library's own socket handler (as <c>AddAeriesClient</c> builds it), no retry pipeline.</summary>
    public static AeriesClient Direct(HostileServer server, AeriesCertificate certificate, Action<AeriesClientOptions>? configure = null)
    {
        var options = new AeriesClientOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(5) };
        configure?.Invoke(options);
        return new AeriesClient(BaseUrl(server), certificate, new HttpClient(AeriesPrimaryHandler.Create(null)), options);
    }
}
