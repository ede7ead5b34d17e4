using System;
using System.Net.Http;
using IlluminatePerms.Connection;

namespace IlluminatePerms.Client.Http;

/// <summary>
/// Where a redirect points, in a form safe to show: scheme, host and port of the <c>Location</c>
/// only. The <c>Location</c> is server text: its path and query may carry anything (the certificate
/// echoed back, a user's data), so they are never shown; the certificate is taken out of the host too.
/// </summary>
internal static class RedirectOrigin
{
    // A host name is at most 253 characters; a name longer than this is not worth printing whole.
    private const int MaxLength = 100;

    /// <summary>The origin of the redirect <paramref name="response"/> answered to a request for <paramref name="requestUri"/>.</summary>
    public static string Of(HttpResponseMessage response, Uri requestUri, AeriesCertificate? certificate)
    {
        var location = response.Headers.Location;
        if (location is null)
        {
            return response.Headers.NonValidated.Contains("Location") ? "an unreadable location" : "no location";
        }

        return Of(location.IsAbsoluteUri ? location : new Uri(requestUri, location), certificate);
    }

    /// <summary>The origin of <paramref name="target"/>: <c>https://host:port</c>, <c>file://</c> or <c>javascript:</c>.</summary>
    public static string Of(Uri target, AeriesCertificate? certificate)
    {
        var origin = target.IdnHost.Length == 0
            ? target.Scheme + (target.OriginalString.Contains("//", StringComparison.Ordinal) ? "://" : ":")
            : target.Scheme + "://" + target.IdnHost + (target.IsDefaultPort ? string.Empty : ":" + target.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (certificate is not null)
        {
            // Hosts are lower-cased by Uri: compare without case so an upper-case certificate is found too.
            origin = origin.Replace(certificate.Reveal(), certificate.Redacted, StringComparison.OrdinalIgnoreCase);
        }

        return origin.Length <= MaxLength ? origin : string.Concat(origin.AsSpan(0, MaxLength), "…");
    }
}
