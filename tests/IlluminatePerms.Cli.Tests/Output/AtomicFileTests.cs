using System;
using System.IO;
using System.Net.Sockets;
using System.Threading.Tasks;
using IlluminatePerms.Cli.Files;
using IlluminatePerms.Cli.Output;
using IlluminatePerms.Tests.Shared.Hostile;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Output;

/// <summary>
/// Writing a report or summary file, and making an inventory's output directory: UTF-8 without a
/// BOM, no temporary file left behind, and a refusal that names the path and the reason for each
/// thing that cannot be written.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class AtomicFileTests : IDisposable
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void A_new_file_holds_the_text_as_utf8_without_a_bom_and_nothing_else_is_left_beside_it()
    {
        var path = directory.File("report.md");

        AtomicFile.Write(path, "École\n");

        Assert.Equal("École\n"u8.ToArray(), File.ReadAllBytes(path));
        Assert.Equal(new[] { path }, Directory.GetFileSystemEntries(directory.Path));
    }

    [Fact]
    public async Task A_pipe_gets_the_text_without_a_bom()
    {
        var fifo = HostileFiles.Fifo(directory.Path);
        var reader = Task.Run(() => File.ReadAllBytes(fifo));

        AtomicFile.Write(fifo, "École");

        Assert.Equal("École"u8.ToArray(), await reader.WaitAsync(HangGuard));
    }

    [Fact]
    public void A_device_that_refuses_the_bytes_is_an_error_naming_it()
    {
        var refusal = Assert.Throws<CliException>(() => AtomicFile.Write("/dev/full", "a report"));

        Assert.StartsWith("cannot write /dev/full: ", refusal.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<IOException>(refusal.InnerException);
    }

    [Fact]
    public void A_socket_is_refused_and_stays_a_socket()
    {
        var path = directory.File("s.sock");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));

        var refusal = Assert.Throws<CliException>(() => AtomicFile.Write(path, "a report"));

        Assert.Equal($"cannot write {path}: it is a disk or a socket, not a file.", refusal.Message);
        Assert.Equal(FileKind.Socket, FileKinds.OfEntry(path));
    }

    [Fact]
    public void A_file_in_a_directory_that_does_not_exist_is_refused_with_the_directory()
    {
        var path = directory.File(Path.Combine("reports", "north.json"));

        var refusal = Assert.Throws<CliException>(() => AtomicFile.Write(path, "{}"));

        Assert.Equal($"cannot write {path}: the directory {directory.File("reports")} does not exist.", refusal.Message);
    }

    [Fact]
    public void A_name_too_long_for_the_file_system_is_an_error_and_leaves_no_temporary_file()
    {
        var path = directory.File(new string('n', 300) + ".json");

        var refusal = Assert.Throws<CliException>(() => AtomicFile.Write(path, "{}"));

        Assert.StartsWith($"cannot write {path}: ", refusal.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<IOException>(refusal.InnerException);
        Assert.Empty(Directory.GetFileSystemEntries(directory.Path));
    }

    [Fact]
    public void An_output_directory_under_a_file_cannot_be_made_and_says_why()
    {
        File.WriteAllText(directory.File("notes.txt"), "not a directory");
        var path = directory.File(Path.Combine("notes.txt", "reports"));

        var refusal = Assert.Throws<CliException>(() => OutputDirectory.Create(path));

        Assert.StartsWith($"cannot create the directory {path}: ", refusal.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<IOException>(refusal.InnerException);
    }

    [Fact]
    public void An_output_directory_is_made_with_its_parents_and_an_existing_one_is_kept()
    {
        var path = directory.File(Path.Combine("runs", "monday"));
        OutputDirectory.Create(path);
        File.WriteAllText(Path.Combine(path, "summary.json"), "[]");

        OutputDirectory.Create(path);

        Assert.Equal("[]", File.ReadAllText(Path.Combine(path, "summary.json")));
    }
}
