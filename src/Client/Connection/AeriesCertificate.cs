using System;
using System.Diagnostics;
using System.Linq;

namespace IlluminatePerms.Connection;

/// <summary>
/// An Aeries API certificate (the <c>AERIES-CERT</c> header). It is a secret: <see cref="ToString"/>
/// and <see cref="Redacted"/> show only its first and last four characters (<c>477a…f5e1</c>), and
/// that is the only form IlluminatePerms ever writes to logs, exceptions or reports.
/// </summary>
[DebuggerDisplay("{Redacted,nq}")]
public sealed class AeriesCertificate : IEquatable<AeriesCertificate>
{
    /// <summary>Length of the usual form: 32 hexadecimal characters.</summary>
    public const int UsualLength = 32;

    // Below this length, showing eight characters would reveal too much of the secret.
    private const int ShortestPartlyShown = 16;

    private readonly string value;

    private AeriesCertificate(string value, string? warning)
    {
        this.value = value;
        Warning = warning;
        Redacted = value.Length >= ShortestPartlyShown
            ? string.Concat(value.AsSpan(0, 4), "…", value.AsSpan(value.Length - 4))
            : $"…({value.Length} characters)";
    }

    /// <summary>
    /// Why the certificate looks unusual (not 32 hexadecimal characters), or null. Aeries may issue
    /// other forms, so this is a warning, not an error.
    /// </summary>
    public string? Warning { get; }

    /// <summary>The first and last four characters, e.g. <c>477a…f5e1</c>: safe to log.</summary>
    public string Redacted { get; }

    /// <summary>Number of characters.</summary>
    public int Length => value.Length;

    /// <summary>
    /// Reads a certificate as pasted: surrounding white space and quotes are removed, the case is kept
    /// (Aeries compares it case-sensitively).
    /// </summary>
    /// <exception cref="FormatException">Empty, or contains characters an HTTP header cannot carry; the message never shows the text.</exception>
    public static AeriesCertificate Parse(string text)
        => TryParse(text, out var certificate, out var error) ? certificate : throw new FormatException(error);

    /// <summary>Reads a certificate as pasted, without throwing.</summary>
    public static bool TryParse(string? text, out AeriesCertificate certificate, out string? error)
    {
        certificate = null!;
        var trimmed = (text ?? string.Empty).Trim().Trim('"', '\'').Trim();
        if (trimmed.Length == 0)
        {
            error = "The Aeries certificate is empty. Copy it from Security → API Security → Display Certificate Details.";
            return false;
        }

        if (trimmed.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c > '\u007E'))
        {
            error = $"The Aeries certificate ({trimmed.Length} characters) contains white space or characters an HTTP header cannot carry; copy it again from Display Certificate Details.";
            return false;
        }

        string? warning = null;
        if (trimmed.Length != UsualLength || !trimmed.All(Uri.IsHexDigit))
        {
            warning = $"The Aeries certificate is {trimmed.Length} characters long{(trimmed.All(Uri.IsHexDigit) ? string.Empty : " and not all hexadecimal")}; the usual form is {UsualLength} hexadecimal characters. Check that it was copied whole.";
        }

        certificate = new AeriesCertificate(trimmed, warning);
        error = null;
        return true;
    }

    /// <summary>The whole certificate, for the <c>AERIES-CERT</c> header only.</summary>
    internal string Reveal() => value;

    /// <summary>
    /// <paramref name="text"/> with every occurrence of this certificate, in any letter case (a server
    /// or proxy may change it), replaced by <see cref="Redacted"/>: for text a server sent back.
    /// </summary>
    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace(value, Redacted, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether <paramref name="text"/> contains this certificate in any letter case (leak checks), as <see cref="Redact"/> finds it.</summary>
    public bool AppearsIn(string? text) => text is not null && text.Contains(value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public bool Equals(AeriesCertificate? other) => other is not null && string.Equals(value, other.value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AeriesCertificate);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(value);

    /// <summary>The redacted form, e.g. <c>477a…f5e1</c>; never the certificate itself.</summary>
    public override string ToString() => Redacted;
}
