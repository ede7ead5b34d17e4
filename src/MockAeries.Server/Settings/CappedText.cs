using System;
using System.Globalization;
using System.IO;
using System.Text;
using IlluminatePerms.Cli.Files;

namespace IlluminatePerms.MockAeries.Server.Settings;

/// <summary>
/// Reads a settings or spec file whole, but only an ordinary file of at most a cap, and only UTF-8
/// text: a device such as /dev/zero, a pipe nobody writes to, a sparse huge file or a binary one is
/// refused before or while reading, never read to the end.
/// </summary>
internal static class CappedText
{
    /// <summary>A config file or a spec is a few KB: 1 MB is far beyond any real one.</summary>
    public const int Cap = 1024 * 1024;

    /// <summary>The text of <paramref name="path"/>; <paramref name="what"/> names it in messages ("config file").</summary>
    /// <exception cref="SettingsException">Missing, not an ordinary file, over the cap, unreadable, or not UTF-8 text.</exception>
    public static string Read(string path, string what)
    {
        switch (FileKinds.Of(path))
        {
            case FileKind.Missing:
                throw new SettingsException($"the {what} {path} does not exist.");
            case FileKind.Regular:
                break;
            default:
                // Checked before opening: opening a pipe blocks, and a device such as /dev/zero never ends.
                throw new SettingsException($"the {what} {path} is not an ordinary file (a directory, device, pipe or socket).");
        }

        var bytes = new byte[Cap + 1];
        var read = 0;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            int count;
            while (read < bytes.Length && (count = stream.Read(bytes, read, bytes.Length - read)) > 0)
            {
                read += count;
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new SettingsException($"cannot read the {what} {path}: {error.Message}", error);
        }

        if (read > Cap)
        {
            throw new SettingsException($"the {what} {path} is larger than {Cap / (1024 * 1024)} MB; it is read only up to that.");
        }

        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes, 0, read);
        }
        catch (DecoderFallbackException error)
        {
            throw new SettingsException($"the {what} {path} is not UTF-8 text (byte {error.Index.ToString(CultureInfo.InvariantCulture)}).", error);
        }

        return text.Contains('\0', StringComparison.Ordinal)
            ? throw new SettingsException($"the {what} {path} is binary, not text (it holds a NUL character).")
            : text;
    }
}
