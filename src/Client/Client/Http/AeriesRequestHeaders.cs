using System.Net.Http;
using System.Net.Http.Headers;
using System.Reflection;
using IlluminatePerms.Connection;

namespace IlluminatePerms.Client.Http;

/// <summary>The headers every Aeries request carries.</summary>
internal static class AeriesRequestHeaders
{
    /// <summary>The certificate header; Aeries compares its value case-sensitively.</summary>
    public const string CertificateHeader = "AERIES-CERT";

    /// <summary>"IlluminatePerms/0.1.0": identifies the tool to the district's server logs.</summary>
    public static readonly ProductInfoHeaderValue UserAgent = new("IlluminatePerms", ToolVersion());

    // Aeries answers XML unless the request asks for JSON.
    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");

    public static void Apply(HttpRequestMessage request, AeriesCertificate? certificate)
    {
        request.Headers.Accept.Add(Json);
        request.Headers.UserAgent.Add(UserAgent);
        if (certificate is not null)
        {
            request.Headers.TryAddWithoutValidation(CertificateHeader, certificate.Reveal());
        }
    }

    private static string ToolVersion()
    {
        var version = typeof(AeriesRequestHeaders).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                      ?? typeof(AeriesRequestHeaders).Assembly.GetName().Version?.ToString()
                      ?? "0.0.0";
        // Drop the "+commit" build metadata: not valid in a product token.
        var plus = version.IndexOf('+', System.StringComparison.Ordinal);
        return plus < 0 ? version : version.Substring(0, plus);
    }
}
