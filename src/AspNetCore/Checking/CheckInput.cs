using System.Diagnostics.CodeAnalysis;
using IlluminatePerms.Cli.Checking;
using IlluminatePerms.Connection;

namespace IlluminatePerms.AspNetCore.Checking;

/// <summary>What the admin gave: the district's base URL, normalised as <c>check</c> does, and the certificate.</summary>
/// <param name="BaseUrl">The canonical base URL.</param>
/// <param name="Certificate">The certificate; shown only redacted.</param>
internal sealed record CheckInput(AeriesBaseUrl BaseUrl, AeriesCertificate Certificate)
{
    /// <summary>The longest base URL taken: a sign-in page's address with its query fits many times over.</summary>
    public const int MaxBaseUrlLength = 2048;

    /// <summary>
    /// Reads the two fields as pasted. <paramref name="error"/> says what is wrong in words for the
    /// admin, and never repeats the certificate (nor a base URL that looks like one).
    /// </summary>
    public static bool TryRead(string? baseUrl, string? certificate, [NotNullWhen(true)] out CheckInput? input, [NotNullWhen(false)] out string? error)
    {
        input = null;
        if (string.IsNullOrWhiteSpace(baseUrl))
        {
            error = "Give your Aeries address: the address of its sign-in page will do (such as https://demo.aeries.net/aeries/Login.aspx).";
            return false;
        }

        if (baseUrl.Length > MaxBaseUrlLength)
        {
            error = $"The Aeries address is longer than {MaxBaseUrlLength} characters: give the address of the sign-in page only.";
            return false;
        }

        if (CertificateShape.AppearsIn(baseUrl))
        {
            // Not shown, not looked up: it may be the certificate pasted into the wrong field.
            error = "The Aeries address holds a long run of hexadecimal digits, the shape of a certificate: it is not shown and nothing was sent. Put the address in the first field and the certificate in the second.";
            return false;
        }

        // Plain http is taken on loopback only (a mock); the certificate never travels unencrypted to a district.
        if (!AeriesBaseUrl.TryParse(baseUrl, out var url, out error))
        {
            return false;
        }

        if (!AeriesCertificate.TryParse(certificate, out var parsed, out var certificateError))
        {
            error = certificateError ?? "The certificate is not one Aeries issues.";
            return false;
        }

        input = new CheckInput(url, parsed);
        return true;
    }
}
