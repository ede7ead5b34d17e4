using System;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace IlluminatePerms.Client.Http;

/// <summary>
/// The socket handler under every Aeries client: connection reuse, the district's own certificate
/// authority when given, and no redirects (a 3xx is an answer the client reports, never followed:
/// .NET would resend the <c>AERIES-CERT</c> header to whatever host the <c>Location</c> names).
/// </summary>
public static class AeriesPrimaryHandler
{
    /// <summary>A handler that never follows redirects and trusts <paramref name="trustedAuthorities"/> besides the system's roots.</summary>
    public static SocketsHttpHandler Create(X509Certificate2Collection? trustedAuthorities)
    {
        var handler = new SocketsHttpHandler
        {
            // Several hosts behind one DNS name rotate; do not pin a connection for ever.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = System.Net.DecompressionMethods.All,
            MaxConnectionsPerServer = 16,
            // Aeries documents no redirects; following one would hand the certificate to another host.
            AllowAutoRedirect = false,
        };
        if (trustedAuthorities is { Count: > 0 })
        {
            var authorities = new X509Certificate2Collection(trustedAuthorities);
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, chain, errors) => Validate(certificate, chain, errors, authorities);
        }

        return handler;
    }

    private static bool Validate(X509Certificate? certificate, X509Chain? presented, SslPolicyErrors errors, X509Certificate2Collection authorities)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        // A wrong host name or a missing certificate is never excused by a trusted authority.
        if (certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(authorities);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (presented is not null)
        {
            foreach (var element in presented.ChainElements)
            {
                chain.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        return chain.Build(certificate as X509Certificate2 ?? new X509Certificate2(certificate));
    }
}
