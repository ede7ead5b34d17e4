using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using IlluminatePerms.Tests.Shared.Hostile;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary>
/// --output to what is not an ordinary file: a device or pipe is written to as it is and stays what
/// it was, a link is refused and stays a link, '-' is standard output, a replaced file keeps its
/// mode, and a file where an inventory wants a directory (or the other way round) is a clear error.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class OutputFileTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_character_device_is_written_to_and_stays_a_device()
    {
        using var directory = new TempDirectory();
        // A null device of our own: as root the old code replaced the device with a file, and /dev/null must not be the one at stake.
        var device = MakeNullDevice(directory.File("null"));

        var result = await CliRun.InAsync(null, directory.Path, "checklist", "--output", device);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(0, new FileInfo(device).Length);
        Assert.Equal("character special file", Kind(device));
    }

    [Fact]
    public async Task A_pipe_is_written_to_and_stays_a_pipe()
    {
        using var directory = new TempDirectory();
        var fifo = HostileFiles.Fifo(directory.Path);
        var reader = Task.Run(() => File.ReadAllText(fifo));

        var result = await CliRun.InAsync(null, directory.Path, "checklist", "--output", fifo).WaitAsync(HangGuard);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("API Security", await reader.WaitAsync(HangGuard));
        Assert.Equal("fifo", Kind(fifo));
    }

    [Fact]
    public async Task A_link_to_a_pipe_is_written_through_as_dev_stdout_is_and_stays_a_link()
    {
        using var directory = new TempDirectory();
        var fifo = HostileFiles.Fifo(directory.Path);
        // /dev/stdout is such a link (to /proc/self/fd/1); one of our own, so that a regression cannot replace the real one.
        File.CreateSymbolicLink(directory.File("stdout"), fifo);
        var reader = Task.Run(() => File.ReadAllText(fifo));

        var result = await CliRun.InAsync(null, directory.Path, "checklist", "--output", "stdout").WaitAsync(HangGuard);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("API Security", await reader.WaitAsync(HangGuard));
        Assert.Equal("symbolic link", Kind(directory.File("stdout")));
        Assert.Equal("fifo", Kind(fifo));
    }

    [Theory]
    [InlineData("checklist")]
    [InlineData("check")]
    public async Task A_symbolic_link_is_refused_and_neither_it_nor_its_target_changes(string command)
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("target.txt"), "keep me");
        File.CreateSymbolicLink(directory.File("link.txt"), directory.File("target.txt"));

        var result = await CliRun.InAsync(null, directory.Path, command, "--output", "link.txt");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"cannot write {directory.File("link.txt")}: it is a symbolic link; give the path of the file itself, or remove the link.", result.Error);
        Assert.Equal("symbolic link", Kind(directory.File("link.txt")));
        Assert.Equal("keep me", File.ReadAllText(directory.File("target.txt")));
    }

    [Fact]
    public async Task A_replaced_file_keeps_its_mode()
    {
        using var directory = new TempDirectory();
        var path = directory.File("checklist.md");
        File.WriteAllText(path, "old");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var result = await CliRun.InAsync(null, directory.Path, "checklist", "--output", "checklist.md");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("API Security", File.ReadAllText(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Theory]
    [InlineData("checklist", "--output", "-")]
    [InlineData("check", "--format", "json", "--output", "-")]
    public async Task A_dash_is_standard_output(params string[] args)
    {
        using var directory = new TempDirectory();

        var result = await CliRun.InAsync(null, directory.Path, args);

        Assert.Contains(args[0] == "check" ? "\"shape\": \"illuminate-perms/check-report/1\"" : "API Security", result.Out);
        Assert.DoesNotContain(args[0] == "check" ? "Report written to" : "Checklist written to", result.Out);
        Assert.Empty(Directory.GetFileSystemEntries(directory.Path));
    }

    [Fact]
    public async Task A_directory_given_as_a_report_file_is_a_clear_error()
    {
        using var directory = new TempDirectory();
        Directory.CreateDirectory(directory.File("report.json"));

        var result = await CliRun.InAsync(null, directory.Path, "check", "--format", "json", "--output", "report.json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"error: cannot write {directory.File("report.json")}: it is a directory; give a file's path.", result.Error);
    }

    [Fact]
    public async Task A_file_given_as_an_inventorys_output_directory_is_a_clear_error()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("reports"), "a file");
        File.WriteAllText(directory.File("districts.csv"), $"name,base_url,certificate\nNorth USD,http://127.0.0.1:{CliRun.ClosedPort()}/,env:CERT\n");

        var result = await CliRun.InAsync(null, directory.Path, "check", "--inventory", "districts.csv", "--output", "reports");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: --output {directory.File("reports")} is not a directory (a file or a link to none is there), but an inventory writes a directory of reports and summary.json: give a directory's path.", result.Problems.TrimEnd());
        Assert.Equal("a file", File.ReadAllText(directory.File("reports")));
    }

    [Fact]
    public async Task A_dash_is_refused_for_an_inventory()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("districts.csv"), $"name,base_url,certificate\nNorth USD,http://127.0.0.1:{CliRun.ClosedPort()}/,env:CERT\n");

        var result = await CliRun.InAsync(null, directory.Path, "check", "--inventory", "districts.csv", "--output", "-");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: --output - is standard output, but an inventory writes a directory", result.Error);
    }

    /// <summary>The file's type as stat names it ("character special file", "fifo", "symbolic link", "regular file"), the link itself for a link.</summary>
    private static string Kind(string path) => Run("stat", "-c", "%F", path);

    private static string MakeNullDevice(string path)
    {
        // mknod needs root; elsewhere the real /dev/null is safe to use, since only root could replace it.
        try
        {
            Run("mknod", path, "c", "1", "3");
            return path;
        }
        catch (InvalidOperationException)
        {
            return "/dev/null";
        }
    }

    private static string Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })
            ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output.Trim() : throw new InvalidOperationException($"{program} failed: {process.StandardError.ReadToEnd()}");
    }
}
