using System;
using System.IO;
using System.Text;
using IlluminatePerms.Cli.Files;

namespace IlluminatePerms.Cli.Output;

/// <summary>
/// Writes an output file so a reader sees the old content or the whole new one, never half: a temp
/// file beside it, then a rename that keeps the old file's mode. What is not an ordinary file is
/// never replaced by one: a device or a pipe (/dev/null, /dev/stdout) is written to as it is, and a
/// symbolic link, a directory or a disk is refused.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> (UTF-8, no BOM).</summary>
    /// <exception cref="CliException">The path is a link, directory or disk, or its directory does not exist or cannot be written.</exception>
    public static void Write(string path, string text)
    {
        var entry = FileKinds.OfEntry(path);
        var target = entry == FileKind.Link ? FileKinds.Of(path) : entry;
        switch (target)
        {
            case FileKind.CharacterDevice or FileKind.Pipe:
                // /dev/null, /dev/stdout (a link to the process's output), a terminal, a pipe: written in place.
                WriteInPlace(path, text);
                return;
            case FileKind.Directory:
                throw new CliException($"cannot write {path}: it is a directory; give a file's path.");
            case FileKind.BlockDevice or FileKind.Socket:
                throw new CliException($"cannot write {path}: it is a disk or a socket, not a file.");
        }

        if (entry == FileKind.Link)
        {
            // Replacing the link would leave the file it points to stale; writing through it could reach a file elsewhere.
            throw new CliException($"cannot write {path}: it is a symbolic link; give the path of the file itself, or remove the link.");
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (FileKinds.Of(directory) != FileKind.Directory)
        {
            throw new CliException($"cannot write {path}: the directory {directory} does not exist.");
        }

        // A short name of its own, so that a long file name still fits the file system's limit with the temp's additions.
        var temp = Path.Combine(directory, $".illuminate-perms-{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temp, text, new UTF8Encoding(false));
            if (entry == FileKind.Regular && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, File.GetUnixFileMode(path));
            }

            File.Move(temp, path, overwrite: true);
        }
        catch (IOException exception)
        {
            File.Delete(temp);
            throw new CliException($"cannot write {path}: {exception.Message}", exception);
        }
        catch (UnauthorizedAccessException exception)
        {
            File.Delete(temp);
            throw new CliException($"cannot write {path}: permission denied.", exception);
        }
    }

    private static void WriteInPlace(string path, string text)
    {
        try
        {
            // Open, never create or truncate: a device or pipe takes the bytes as they come.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 1);
            stream.Write(new UTF8Encoding(false).GetBytes(text));
        }
        catch (IOException exception)
        {
            throw new CliException($"cannot write {path}: {exception.Message}", exception);
        }
        catch (UnauthorizedAccessException exception)
        {
            throw new CliException($"cannot write {path}: permission denied.", exception);
        }
    }
}
