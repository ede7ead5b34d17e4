using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Net;

namespace IlluminatePerms.Connection;

/// <summary>
/// The base URL of a district's Aeries installation: everything before <c>/Login.aspx</c> on its
/// sign-in page, e.g. <c>https://demo.aeries.net/aeries/</c>. API calls go to <see cref="ApiUrl"/>.
/// </summary>
/// <remarks>
/// <see cref="Parse"/> accepts what an admin pastes: the sign-in page (with query or fragment), a URL
/// that already ends in <c>/api/v5</c> or an endpoint under it, surrounding quotes and white space,
/// missing or doubled slashes, a host in mixed case, no scheme (https is assumed).
/// </remarks>
public sealed class AeriesBaseUrl : IEquatable<AeriesBaseUrl>
{
    private const string ApiSegment = "api";
    private const string VersionSegment = "v5";

    private AeriesBaseUrl(Uri value)
    {
        Value = value;
        // Once: every request of the client is built on it.
        ApiUrl = new Uri(value, ApiSegment + "/" + VersionSegment + "/");
    }

    /// <summary>The canonical base URL: lower-case scheme and host, no default port, path ending in '/'.</summary>
    public Uri Value { get; }

    /// <summary>The v5 API root under the base, e.g. <c>https://demo.aeries.net/aeries/api/v5/</c>.</summary>
    public Uri ApiUrl { get; }

    /// <summary>The host, lower case.</summary>
    public string Host => Value.Host;

    /// <summary>Parses what an admin pasted.</summary>
    /// <param name="text">The URL as pasted.</param>
    /// <param name="allowInsecureHttp">Accept plain http on a host other than loopback (never for a real district).</param>
    /// <exception cref="FormatException">The text is not an Aeries base URL; the message says what is wrong and what was expected.</exception>
    public static AeriesBaseUrl Parse(string text, bool allowInsecureHttp = false)
        => TryParse(text, out var url, out var error, allowInsecureHttp) ? url : throw new FormatException(error);

    /// <summary>Parses what an admin pasted, without throwing.</summary>
    /// <param name="text">The URL as pasted.</param>
    /// <param name="url">The canonical base URL, when the text is one.</param>
    /// <param name="error">What is wrong and what was expected, when it is not.</param>
    /// <param name="allowInsecureHttp">Accept plain http on a host other than loopback.</param>
    public static bool TryParse(
        string? text,
        [NotNullWhen(true)] out AeriesBaseUrl? url,
        [NotNullWhen(false)] out string? error,
        bool allowInsecureHttp = false)
    {
        url = null;
        error = Check(text, allowInsecureHttp, out var canonical);
        if (error is not null)
        {
            return false;
        }

        url = new AeriesBaseUrl(canonical!);
        return true;
    }

    /// <summary>The base URL of a host and path, canonical (used by discovery for its candidates).</summary>
    internal AeriesBaseUrl WithPath(string path)
        => new(new Uri(Value.GetLeftPart(UriPartial.Authority) + "/" + path.Trim('/') + (path.Trim('/').Length == 0 ? string.Empty : "/")));

    /// <inheritdoc />
    public bool Equals(AeriesBaseUrl? other) => other is not null && Value.Equals(other.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AeriesBaseUrl);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <summary>The canonical base URL, e.g. <c>https://demo.aeries.net/aeries/</c>.</summary>
    public override string ToString() => Value.AbsoluteUri;

    private const string Expected = "Expected the address of the district's Aeries sign-in page, such as https://demo.aeries.net/aeries/Login.aspx, or its base, such as https://demo.aeries.net/aeries/.";

    private static string? Check(string? text, bool allowInsecureHttp, out Uri? canonical)
    {
        canonical = null;
        var trimmed = Unwrap(text);
        if (trimmed.Length == 0)
        {
            return "The Aeries URL is empty. " + Expected;
        }

        if (trimmed.Any(char.IsWhiteSpace))
        {
            return "The Aeries URL contains white space inside it. " + Expected;
        }

        var schemeEnd = trimmed.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0 && SchemeWithoutSlashes(trimmed) is { } written)
        {
            // "file:/etc/passwd", "javascript:…", "https:/host": a scheme all the same, slashes or not.
            if (!IsWebScheme(written))
            {
                return SchemeRefused(written);
            }

            trimmed = written + "://" + trimmed.Substring(written.Length + 1).TrimStart('/');
        }
        else if (schemeEnd < 0)
        {
            // "demo.aeries.net/aeries": an admin copying from the address bar often loses the scheme.
            if (trimmed.Contains(':') && !LooksLikeHostAndPort(trimmed))
            {
                return "The Aeries URL has no scheme (https://) and is not a host name. " + Expected;
            }

            trimmed = "https://" + trimmed.TrimStart('/');
        }
        else
        {
            var scheme = trimmed.Substring(0, schemeEnd);
            if (!IsWebScheme(scheme))
            {
                return SchemeRefused(scheme);
            }
        }

        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return "The Aeries URL is not a valid web address. " + Expected;
        }

        if (uri.UserInfo.Length > 0)
        {
            // Never echo it: a user name and password pasted into a URL are secrets.
            return "The Aeries URL contains a user name or password before the host; remove it (the certificate goes in its own setting). " + Expected;
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !allowInsecureHttp && !IsLoopback(uri))
        {
            return $"The Aeries URL uses plain http on '{uri.Host}': the certificate would travel unencrypted. Use https, or opt in to insecure http explicitly (for a test server only).";
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        var pathError = TrimToBase(segments);
        if (pathError is not null)
        {
            return pathError;
        }

        var authority = uri.GetComponents(UriComponents.SchemeAndServer, UriFormat.UriEscaped);
        var path = segments.Count == 0 ? "/" : "/" + string.Join("/", segments) + "/";
        canonical = new Uri(authority + path);
        return null;
    }

    /// <summary>Removes the sign-in page or the API part from the path, leaving the base's segments.</summary>
    private static string? TrimToBase(List<string> segments)
    {
        var api = segments.FindIndex(s => s.Equals(ApiSegment, StringComparison.OrdinalIgnoreCase));
        if (api >= 0)
        {
            if (api + 1 < segments.Count && !segments[api + 1].Equals(VersionSegment, StringComparison.OrdinalIgnoreCase)
                && segments[api + 1].Length > 1 && (segments[api + 1][0] == 'v' || segments[api + 1][0] == 'V') && segments[api + 1].Skip(1).All(char.IsDigit))
            {
                return $"The Aeries URL points at API version '{segments[api + 1]}'; IlluminatePerms speaks Aeries API v5. " + Expected;
            }

            segments.RemoveRange(api, segments.Count - api);
            return null;
        }

        // A sign-in page, or any other Aeries page the admin was on: the base is everything before it.
        if (segments.Count > 0 && segments[^1].EndsWith(".aspx", StringComparison.OrdinalIgnoreCase))
        {
            segments.RemoveAt(segments.Count - 1);
            return null;
        }

        if (segments.Count > 0 && segments[^1].Contains('.', StringComparison.Ordinal) && !segments[^1].EndsWith(".net", StringComparison.OrdinalIgnoreCase))
        {
            return $"The Aeries URL ends in the file '{segments[^1]}', which is not an Aeries page (.aspx). " + Expected;
        }

        return null;
    }

    private static string Unwrap(string? text)
    {
        var value = (text ?? string.Empty).Trim();
        // Quotes and angle brackets come along when a URL is copied from a message or a shell line.
        while (value.Length >= 2 && IsWrapper(value[0], value[^1]))
        {
            value = value.Substring(1, value.Length - 2).Trim();
        }

        return value;
    }

    private static bool IsWrapper(char first, char last)
        => (first == '"' && last == '"') || (first == '\'' && last == '\'') || (first == '<' && last == '>')
           || (first == '\u201C' && last == '\u201D') || (first == '\u2018' && last == '\u2019') || (first == '`' && last == '`');

    private static bool IsWebScheme(string scheme)
        => scheme.Equals(Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase) || scheme.Equals(Uri.UriSchemeHttp, StringComparison.OrdinalIgnoreCase);

    private static string SchemeRefused(string scheme)
    {
        // A long "scheme" is more likely something pasted by mistake (a certificate, say) than a scheme: not repeated.
        var named = scheme.Length <= 16 && scheme.All(c => c < 128) ? $"the scheme '{scheme}'" : "a scheme other than http or https";
        return $"The Aeries URL uses {named}; Aeries answers on https. " + Expected;
    }

    /// <summary>
    /// The scheme of text such as <c>file:/etc/passwd</c> or <c>javascript:</c>: letters (then letters,
    /// digits, '+', '-', '.') before the first ':', unless what follows is a port (<c>host:8443/aeries</c>).
    /// </summary>
    private static string? SchemeWithoutSlashes(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !char.IsAsciiLetter(text[0]) || !text.Take(colon).All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
        {
            return null;
        }

        var rest = text.AsSpan(colon + 1);
        var digits = 0;
        while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
        {
            digits++;
        }

        var isPort = digits > 0 && (digits == rest.Length || rest[digits] == '/');
        return isPort ? null : text.Substring(0, colon);
    }

    private static bool LooksLikeHostAndPort(string text)
    {
        var hostPart = text.Split('/')[0];
        var colon = hostPart.LastIndexOf(':');
        return colon > 0 && hostPart.Substring(colon + 1).All(char.IsDigit);
    }

    private static bool IsLoopback(Uri uri)
        => uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
