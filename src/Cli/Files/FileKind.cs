using System;
using System.IO;
using Mono.Unix;

namespace IlluminatePerms.Cli.Files;

/// <summary>What a path names, as the file system sees it.</summary>
internal enum FileKind
{
    /// <summary>Nothing is there.</summary>
    Missing,

    /// <summary>An ordinary file: the only kind the tool reads whole or replaces.</summary>
    Regular,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A symbolic link (only when links are not followed).</summary>
    Link,

    /// <summary>A character device such as /dev/null, /dev/zero or a terminal.</summary>
    CharacterDevice,

    /// <summary>A block device (a disk).</summary>
    BlockDevice,

    /// <summary>A named pipe (FIFO): reading it may never end.</summary>
    Pipe,

    /// <summary>A socket.</summary>
    Socket,
}

/// <summary>
/// Tells the kind of a path before it is opened: .NET shows devices and pipes as ordinary files
/// (File.Exists is true, Length 0), and opening a pipe for reading blocks until a writer comes.
/// On Unix the file type comes from stat and lstat, through Mono.Unix (the BCL exposes none).
/// </summary>
internal static class FileKinds
{
    /// <summary>The kind of <paramref name="path"/>, following symbolic links.</summary>
    public static FileKind Of(string path) => OperatingSystem.IsWindows() ? OnWindows(path, followLinks: true) : OnUnix(new UnixFileInfo(path));

    /// <summary>The kind of <paramref name="path"/> itself: a symbolic link is <see cref="FileKind.Link"/>.</summary>
    public static FileKind OfEntry(string path)
        => OperatingSystem.IsWindows() ? OnWindows(path, followLinks: false) : OnUnix(new UnixSymbolicLinkInfo(path));

    // UnixFileInfo reads stat (links followed); UnixSymbolicLinkInfo reads lstat (the entry itself).
    private static FileKind OnUnix(UnixFileSystemInfo entry)
    {
        if (!entry.Exists)
        {
            return FileKind.Missing;
        }

        return entry.FileType switch
        {
            FileTypes.RegularFile => FileKind.Regular,
            FileTypes.Directory => FileKind.Directory,
            FileTypes.SymbolicLink => FileKind.Link,
            FileTypes.CharacterDevice => FileKind.CharacterDevice,
            FileTypes.BlockDevice => FileKind.BlockDevice,
            FileTypes.Fifo => FileKind.Pipe,
            _ => FileKind.Socket,
        };
    }

    // No devices or pipes behind ordinary paths there; the attributes tell the rest.
    private static FileKind OnWindows(string path, bool followLinks)
    {
        var info = new FileInfo(path);
        return !info.Exists && !System.IO.Directory.Exists(path) ? FileKind.Missing
            : info.Attributes.HasFlag(FileAttributes.Directory) ? FileKind.Directory
            : !followLinks && info.LinkTarget is not null ? FileKind.Link
            : FileKind.Regular;
    }
}
