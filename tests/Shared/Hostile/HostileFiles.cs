using System;
using System.Diagnostics;
using System.IO;

namespace IlluminatePerms.Tests.Shared.Hostile;

/// <summary>Files no input should be read whole from: huge, binary, endless, and a pipe nobody writes to.</summary>
internal static class HostileFiles
{
    /// <summary>A device that never ends.</summary>
    public const string Endless = "/dev/zero";

    /// <summary>A sparse file of <paramref name="bytes"/> bytes (5 GB by default) in <paramref name="directory"/>: huge on paper, free on disk.</summary>
    public static string Huge(string directory, long bytes = 5L * 1024 * 1024 * 1024)
    {
        var path = Path.Combine(directory, "huge.bin");
        using var file = File.Create(path);
        file.SetLength(bytes);
        return path;
    }

    /// <summary>A file of <paramref name="bytes"/> random bytes with NULs and invalid UTF-8.</summary>
    public static string Binary(string directory, int bytes = 64 * 1024)
    {
        var path = Path.Combine(directory, "binary.bin");
        var content = new byte[bytes];
        new Random(20261204).NextBytes(content);
        content[0] = 0;
        content[1] = 0xFF;
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>A named pipe (FIFO): opening it for reading blocks until a writer comes, and none will.</summary>
    public static string Fifo(string directory)
    {
        var path = Path.Combine(directory, "fifo");
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("mkfifo could not be started.");
        if (!mkfifo.WaitForExit(TimeSpan.FromSeconds(30)) || mkfifo.ExitCode != 0)
        {
            throw new InvalidOperationException($"mkfifo {path} failed.");
        }

        return path;
    }
}
