using System;
using System.IO;
using System.Runtime.InteropServices;

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
/// </summary>
internal static partial class FileKinds
{
    // The file-type bits of the mode the runtime's own native layer reports (its PAL constants, as in POSIX).
    private const int TypeMask = 0xF000;
    private const int StatusBufferBytes = 512;
    private const int ModeOffset = 4;

    /// <summary>The kind of <paramref name="path"/>, following symbolic links.</summary>
    public static FileKind Of(string path) => Stat(path, followLinks: true);

    /// <summary>The kind of <paramref name="path"/> itself: a symbolic link is <see cref="FileKind.Link"/>.</summary>
    public static FileKind OfEntry(string path) => Stat(path, followLinks: false);

    private static FileKind Stat(string path, bool followLinks)
    {
        if (OperatingSystem.IsWindows())
        {
            // No devices or pipes behind ordinary paths there; the attributes tell the rest.
            var info = new FileInfo(path);
            return !info.Exists && !System.IO.Directory.Exists(path) ? FileKind.Missing
                : info.Attributes.HasFlag(FileAttributes.Directory) ? FileKind.Directory
                : !followLinks && info.LinkTarget is not null ? FileKind.Link
                : FileKind.Regular;
        }

        // The BCL exposes no file type, so the runtime's own stat (libSystem.Native, which File.Exists uses):
        // its status record starts with two 32-bit fields, flags then mode; the buffer is larger than the record.
        var status = new byte[StatusBufferBytes];
        var result = followLinks ? NativeStat(path, status) : NativeLinkStat(path, status);
        if (result != 0)
        {
            return FileKind.Missing;
        }

        return (BitConverter.ToInt32(status, ModeOffset) & TypeMask) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.Link,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0x1000 => FileKind.Pipe,
            _ => FileKind.Socket,
        };
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int NativeStat(string path, [Out] byte[] status);

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_LStat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int NativeLinkStat(string path, [Out] byte[] status);
}
