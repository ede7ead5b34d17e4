using System.Collections.Generic;
using IlluminatePerms.Connection;

namespace IlluminatePerms.Checking;

/// <summary>
/// Whether the identifiers a probe would put in its URL are identifiers: most are taken from
/// earlier answers, and a server that echoes what it receives (or anything odd) would otherwise
/// have the certificate or arbitrary text sent in a path and written to the HTTP logs.
/// </summary>
internal static class ProbeValues
{
    // Aeries identifiers are numbers, codes and GUIDs (36 characters).
    private const int MaxLength = 64;

    /// <summary>The name of the first value that is not a plain identifier, or null when all are.</summary>
    public static string? FirstUnfit(IReadOnlyDictionary<string, string> values, AeriesCertificate certificate)
    {
        foreach (var (name, value) in values)
        {
            if (!IsPlain(value, certificate))
            {
                return name;
            }
        }

        return null;
    }

    private static bool IsPlain(string value, AeriesCertificate certificate)
    {
        if (value.Length == 0 || value.Length > MaxLength || !string.Equals(certificate.Redact(value), value, System.StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var character in value)
        {
            if (char.IsWhiteSpace(character) || char.IsControl(character) || char.GetUnicodeCategory(character) == System.Globalization.UnicodeCategory.Format)
            {
                return false;
            }
        }

        return true;
    }
}
