using System;
using System.Buffers;
using System.Text;

namespace IlluminatePerms.Cli.Checking;

/// <summary>
/// Tells whether user input that should not hold a secret (a base URL, a district's name) holds
/// something shaped like an Aeries certificate: a run of 16 or more hexadecimal digits. Such input
/// is refused without being printed, and a base URL of that shape is never looked up or called.
/// </summary>
internal static class CertificateShape
{
    /// <summary>The shortest run counted: below it a certificate is shown redacted anyway (AeriesCertificate).</summary>
    public const int ShortestRun = 16;

    /// <summary>True when <paramref name="text"/> holds a run of at least <see cref="ShortestRun"/> hexadecimal digits between non-alphanumeric characters.</summary>
    public static bool AppearsIn(string text) => Redact(text) != text;

    /// <summary><paramref name="text"/> with each such run replaced by <see cref="Hidden"/>.</summary>
    public static string Redact(string text)
    {
        var redacted = new StringBuilder(text.Length);
        var start = 0;
        for (var index = 0; index <= text.Length; index++)
        {
            if (index < text.Length && char.IsAsciiLetterOrDigit(text[index]))
            {
                continue;
            }

            var word = text.AsSpan(start, index - start);
            redacted.Append(word.Length >= ShortestRun && !word.ContainsAnyExcept(HexDigits) ? Hidden : word);
            if (index < text.Length)
            {
                redacted.Append(text[index]);
            }

            start = index + 1;
        }

        return redacted.ToString();
    }

    /// <summary>What a certificate-shaped run is replaced by in a message.</summary>
    public const string Hidden = "(certificate-shaped text, not shown)";

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");
}
