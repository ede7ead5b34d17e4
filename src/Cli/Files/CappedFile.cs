using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace IlluminatePerms.Cli.Files;

/// <summary>
/// Reads an input file (certificate, spec, inventory, SARIF log, summary) whole, but only an
/// ordinary file of at most a given size, and only UTF-8 text: a device such as /dev/zero, a pipe
/// nobody writes to, a sparse 5 GB file or a binary one is refused before or while reading,
/// never read to the end.
/// </summary>
internal static class CappedFile
{
    /// <summary>A certificate is 32 characters; a few KB leaves room for any line ends or comments around it.</summary>
    public const int CertificateCap = 4 * 1024;

    /// <summary>A spec has one row per Aeries area (about a hundred): 1 MB is far beyond any real one.</summary>
    public const int SpecCap = 1024 * 1024;

    /// <summary>An inventory row is about 100 bytes: 16 MB holds over a hundred thousand districts.</summary>
    public const int InventoryCap = 16 * 1024 * 1024;

    /// <summary>Build logs (SARIF) and summaries of earlier runs grow with the project or the fleet.</summary>
    public const int LogCap = 64 * 1024 * 1024;

    /// <summary>The text of the file at <paramref name="path"/>.</summary>
    /// <param name="path">The file, as resolved.</param>
    /// <param name="what">What the file is, for messages ("certificate file", "spec").</param>
    /// <param name="cap">The most bytes read.</param>
    /// <param name="missingAdvice">The sentence that follows "… does not exist." (what to give instead).</param>
    /// <exception cref="CliException">Missing, not an ordinary file, larger than the cap, unreadable, or not UTF-8 text.</exception>
    public static string ReadText(string path, string what, int cap, string missingAdvice)
    {
        switch (FileKinds.Of(path))
        {
            case FileKind.Missing:
                throw new CliException($"the {what} {path} does not exist. {missingAdvice}".TrimEnd());
            case FileKind.Directory:
                throw new CliException($"the {what} {path} is a directory: give the path of a file.");
            case FileKind.Regular:
                break;
            default:
                // Checked before opening: opening a pipe blocks, and a device such as /dev/zero never ends.
                throw new CliException($"the {what} {path} is not an ordinary file (a device, pipe or socket): save it in a file and give that file's path.");
        }

        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            if (stream.Length > cap)
            {
                throw TooLarge(path, what, cap, stream.Length);
            }

            // At most cap + 1 bytes, whatever the length said: the file may grow while it is read.
            bytes = new byte[cap + 1];
            var read = 0;
            int count;
            while (read < bytes.Length && (count = stream.Read(bytes, read, bytes.Length - read)) > 0)
            {
                read += count;
            }

            if (read > cap)
            {
                throw TooLarge(path, what, cap, null);
            }

            Array.Resize(ref bytes, read);
        }
        catch (UnauthorizedAccessException exception)
        {
            throw new CliException($"cannot read the {what} {path}: permission denied.", exception);
        }
        catch (IOException exception)
        {
            throw new CliException($"cannot read the {what} {path}: {exception.Message}", exception);
        }

        return Decode(bytes, path, what);
    }

    private static string Decode(byte[] bytes, string path, string what)
    {
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException exception)
        {
            throw new CliException($"the {what} {path} is not UTF-8 text (byte {exception.Index.ToString(CultureInfo.InvariantCulture)} is not valid UTF-8): save it as UTF-8 text.", exception);
        }

        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            throw new CliException($"the {what} {path} is binary, not text (a NUL character at offset {nul.ToString(CultureInfo.InvariantCulture)}).");
        }

        return text;
    }

    private static CliException TooLarge(string path, string what, int cap, long? length)
        => new($"the {what} {path} {(length is { } bytes ? $"is {bytes.ToString(CultureInfo.InvariantCulture)} bytes" : $"holds more than {Size(cap)} (its size was not known in advance)")}; a {what} is read only up to {Size(cap)}.");

    private static string Size(int bytes)
        => bytes >= 1024 * 1024 ? $"{(bytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture)} MB" : $"{(bytes / 1024).ToString(CultureInfo.InvariantCulture)} KB";
}
