using System.Diagnostics.CodeAnalysis;
using IlluminatePerms.Connection;

namespace IlluminatePerms.Cli.Checking;

/// <summary>
/// A district's base URL as the tool accepts it (--base-url, base-url, an inventory's base_url):
/// https, or plain http on loopback only, for a mock.
/// </summary>
internal static class PastedBaseUrl
{
    /// <summary>Parses <paramref name="text"/>; <paramref name="error"/> says what is wrong and what to give instead.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out AeriesBaseUrl? url, [NotNullWhen(false)] out string? error)
    {
        if (CertificateShape.AppearsIn(text))
        {
            // Neither shown nor parsed: the library's messages quote hosts and segments, and a host would be looked up in DNS.
            url = null;
            error = $"The Aeries URL holds a long run of hexadecimal digits, the shape of an Aeries certificate: it is not shown, and nothing was sent anywhere. Give the district's Aeries address (such as https://demo.aeries.net/aeries/); the certificate goes in {CertificateSource.Variable}, --cert-file or an inventory's certificate column.";
            return false;
        }

        if (AeriesBaseUrl.TryParse(text, out url, out error))
        {
            return true;
        }

        // The library's refusal of plain http offers an opt-in for test servers; the tool has none to offer.
        if (AeriesBaseUrl.TryParse(text, out var insecure, out _, allowInsecureHttp: true))
        {
            error = $"The Aeries URL uses plain http on '{insecure.Host}': the certificate would travel unencrypted. Give its https address (illuminate-perms takes plain http only on loopback, such as a mock at http://127.0.0.1:PORT/).";
        }

        return false;
    }
}
