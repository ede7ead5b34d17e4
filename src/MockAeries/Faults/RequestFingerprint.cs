using System;

namespace IlluminatePerms.MockAeries.Faults;

/// <summary>
/// A stable 64-bit fingerprint of what a request asks (method, path, query, body, certificate
/// profile): the same request gives the same fingerprint in every run, unlike
/// <see cref="string.GetHashCode()"/>, which .NET randomizes per process.
/// </summary>
internal static class RequestFingerprint
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(string method, string path, string query, ReadOnlySpan<byte> body, string profile)
    {
        var hash = OffsetBasis;
        hash = Add(hash, method);
        hash = Add(hash, path);
        hash = Add(hash, query);
        foreach (var b in body)
        {
            hash = (hash ^ b) * Prime;
        }

        return Add(hash, profile);
    }

    private static ulong Add(ulong hash, string text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        // A separator, so ("ab", "c") and ("a", "bc") differ.
        return (hash ^ 0xFF) * Prime;
    }
}
