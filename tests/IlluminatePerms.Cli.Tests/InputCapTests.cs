using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries;
using IlluminatePerms.Tests.Shared.Hostile;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary>
/// Every file the tool reads (certificate, spec, inventory, an inventory's certificate files) is
/// read with a cap: a device that never ends, a pipe nobody writes to, a sparse 5 GB file and a
/// binary one are refused with the path and why, quickly, instead of hanging or running out of memory.
/// </summary>
public sealed class InputCapTests
{
    /// <summary>A hang guard only: each refusal comes before anything is read whole.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    public static TheoryData<string, string> HostileInputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var input in new[] { "--cert-file", "--spec", "--inventory", "diff", "checklist --spec" })
        {
            foreach (var file in new[] { "endless", "fifo", "huge", "binary" })
            {
                data.Add(input, file);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public async Task A_hostile_input_file_is_refused_with_its_path_and_why(string input, string file)
    {
        using var directory = new TempDirectory();
        var path = Hostile(file, directory.Path);
        var closed = $"http://127.0.0.1:{CliRun.ClosedPort()}/";
        var args = input switch
        {
            "--cert-file" => new[] { "check", "--base-url", closed, "--cert-file", path },
            "--spec" => ["check", "--spec", path],
            "--inventory" => ["check", "--inventory", path],
            "diff" => ["diff", Path.Combine(AppContext.BaseDirectory, "Spec", "permissions.csv"), path],
            _ => ["checklist", "--spec", path],
        };

        var result = await CliRun.InAsync(null, directory.Path, args).WaitAsync(HangGuard);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Problems.TrimEnd().Split('\n'));
        Assert.Contains(path, line);
        Assert.Contains(file switch
        {
            "endless" or "fifo" => "is not an ordinary file (a device, pipe or socket)",
            "huge" => "is 5368709120 bytes;",
            // 64 KB fits under the caps of spec and inventory, but not the certificate's.
            _ => input == "--cert-file" ? "is 65536 bytes; a certificate file is read only up to 4 KB." : "is not UTF-8 text (byte 1 is not valid UTF-8)",
        }, line);
        Assert.DoesNotContain("fault of illuminate-perms", line);
    }

    [Fact]
    public async Task A_spec_with_a_nul_byte_is_refused_as_binary()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("permissions.csv"), "Area,Access,Reason\nStudents,Read,x\0y\n");

        var result = await CliRun.InAsync(null, directory.Path, "checklist", "--spec", "permissions.csv");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is binary, not text (a NUL character at offset 34)", result.Error);
    }

    [Fact]
    public async Task A_certificate_file_over_the_cap_is_refused_even_when_the_rest_is_white_space()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("cert.txt"), "0123456789abcdef0123456789abcdef" + new string('\n', 4 * 1024));

        var result = await CliRun.InAsync(null, directory.Path, "check", "--base-url", $"http://127.0.0.1:{CliRun.ClosedPort()}/", "--cert-file", "cert.txt");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is 4128 bytes; a certificate file is read only up to 4 KB.", result.Error);
        Assert.DoesNotContain("0123456789abcdef0123456789abcdef", result.All);
    }

    [Fact]
    public async Task A_file_that_reports_no_size_is_read_no_further_than_the_cap()
    {
        // /proc files say 0 bytes and are not: this process's memory map is well over 4 KB.
        var result = await CliRun.RunAsync("check", "--base-url", $"http://127.0.0.1:{CliRun.ClosedPort()}/", "--cert-file", "/proc/self/maps");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: the certificate file /proc/self/maps holds more than 4 KB (its size was not known in advance); a certificate file is read only up to 4 KB.", result.Error.TrimEnd());
    }

    [Fact]
    public async Task A_spec_with_many_errors_shows_the_first_twenty_and_counts_the_rest()
    {
        using var directory = new TempDirectory();
        var rows = Enumerable.Range(1, 50).Select(i => $"Not An Area {i},Read,because");
        File.WriteAllText(directory.File("permissions.csv"), "Area,Access,Reason\n" + string.Join("\n", rows) + "\n");

        var result = await CliRun.InAsync(null, directory.Path, "checklist", "--spec", "permissions.csv");

        Assert.Equal(1, result.ExitCode);
        var lines = result.Error.TrimEnd().Split('\n');
        Assert.StartsWith($"error: the spec {directory.File("permissions.csv")} has 50 error(s)", lines[0]);
        Assert.Equal(20, lines.Count(line => line.Contains("is not an Aeries API Security area", StringComparison.Ordinal)));
        Assert.Equal("  and 30 more", lines[^1]);
    }

    [Fact]
    public async Task An_inventory_district_whose_certificate_file_is_a_device_is_that_districts_error_alone()
    {
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 100 });
        using var directory = new TempDirectory();
        var fifo = HostileFiles.Fifo(directory.Path);
        File.WriteAllText(directory.File("districts.csv"), $"""
            name,base_url,certificate
            Zero USD,{aeries.BaseUrl},file:{HostileFiles.Endless}
            Pipe USD,{aeries.BaseUrl},file:{fifo}
            Good USD,{aeries.BaseUrl},env:CERT
            """);
        var variables = new Dictionary<string, string> { ["CERT"] = aeries.Certificate("full").Value };

        var result = await CliRun.InAsync(variables, directory.Path, "check", "--inventory", "districts.csv", "--output", "reports").WaitAsync(HangGuard);

        Assert.Equal(1, result.ExitCode);
        // The progress lines on standard error: the table may wrap a long path.
        Assert.Contains("Zero USD: could not check: the certificate file /dev/zero is not an ordinary file", result.Error);
        Assert.Contains($"Pipe USD: could not check: the certificate file {fifo} is not an ordinary file", result.Error);
        Assert.Contains("Good USD: all there", result.Error);
    }

    private static string Hostile(string file, string directory) => file switch
    {
        "endless" => HostileFiles.Endless,
        "fifo" => HostileFiles.Fifo(directory),
        "huge" => HostileFiles.Huge(directory),
        _ => HostileFiles.Binary(directory),
    };
}
