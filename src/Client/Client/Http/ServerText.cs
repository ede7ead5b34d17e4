using System;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Text;
using IlluminatePerms.Connection;

namespace IlluminatePerms.Client.Http;

/// <summary>
/// The one gate for text a server sent (error messages, versions, years, identifiers, content
/// types) on its way into a report, an exception or a log: the certificate is redacted, control
/// and format characters go, and the length is capped. A server that echoes what it received must
/// not get the certificate, or terminal escapes, into anything the tool shows or writes.
/// </summary>
internal static class ServerText
{
    /// <summary>Cap for a sentence: an error's <c>Message</c>.</summary>
    public const int MaxMessageLength = 500;

    /// <summary>Cap for a value: a version, a year, an identifier, a content type.</summary>
    public const int MaxValueLength = 100;

    /// <summary>
    /// The text as it may be shown: on one line, without control or format characters, with
    /// <paramref name="certificate"/> (any letter case) replaced by its redacted form, at most
    /// <paramref name="maxLength"/> characters (then "…"); null when nothing is left.
    /// </summary>
    public static string? Clean(string? text, AeriesCertificate? certificate, int maxLength = MaxMessageLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var line = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            if (char.IsWhiteSpace(character))
            {
                // Line breaks and tabs: one line, words kept apart.
                AppendSpace(line);
            }
            else if (char.GetUnicodeCategory(character) is not (UnicodeCategory.Control or UnicodeCategory.Format))
            {
                // Dropped otherwise: ESC starts terminal sequences, zero-width and direction marks hide or reorder text.
                line.Append(character);
            }
        }

        // Redacted once the invisible characters are gone, so a certificate split by them is still found.
        var cleaned = (certificate is null ? line.ToString() : certificate.Redact(line.ToString())).Trim();
        if (cleaned.Length == 0)
        {
            return null;
        }

        if (cleaned.Length <= maxLength)
        {
            return cleaned;
        }

        var cut = char.IsHighSurrogate(cleaned[maxLength - 1]) ? maxLength - 1 : maxLength;
        return string.Concat(cleaned.AsSpan(0, cut), "…");
    }

    /// <summary>
    /// A failure of the HTTP stack as it may be wrapped and shown. Its messages can quote what the
    /// server sent ("Received an invalid status line: '…'"): when any message in the chain needs
    /// cleaning, the answer is a copy with the innermost message cleaned and no inner exception (the
    /// original would still show the quote); otherwise the exception itself, stack trace and all.
    /// </summary>
    public static Exception Scrubbed(Exception exception, AeriesCertificate? certificate)
    {
        for (Exception? link = exception; link is not null; link = link.InnerException)
        {
            if (!string.Equals(Clean(link.Message, certificate, int.MaxValue), link.Message.Trim(), StringComparison.Ordinal))
            {
                var message = Clean(exception.GetBaseException().Message, certificate) ?? "The server's answer was malformed.";
                return exception is HttpRequestException http
                    ? new HttpRequestException(http.HttpRequestError, message, null, http.StatusCode)
                    : new IOException(message);
            }
        }

        return exception;
    }

    private static void AppendSpace(StringBuilder line)
    {
        if (line.Length > 0 && line[^1] != ' ')
        {
            line.Append(' ');
        }
    }
}
