using System;
using System.IO;
using System.Threading.Tasks;
using IlluminatePerms.Tests.Shared.Hostile;
using Xunit;

namespace IlluminatePerms.Cli.Tests.SpecInfer;

/// <summary>Endless, blocking, huge and binary evidence files are refused with their path and why, never read to the end.</summary>
public sealed class SpecInferHostileInputTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    public static TheoryData<string, string> HostileInputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var input in new[] { "--from-sarif", "--from-journal", "--from-recording", "--compare" })
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
    public async Task A_hostile_evidence_file_is_refused_with_its_path_and_why(string input, string file)
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("build.sarif"), InferInputs.Sarif(directory.Path, InferInputs.GrantUse("Sync.Run", "Student Data: Read", "Sync.cs", 3)));
        var hostile = input == "--from-recording" ? Directory.CreateDirectory(directory.File("rec")).FullName : directory.Path;
        var path = file switch
        {
            "endless" => HostileFiles.Endless,
            "fifo" => HostileFiles.Fifo(hostile),
            "huge" => HostileFiles.Huge(hostile),
            _ => HostileFiles.Binary(hostile),
        };

        // A recording directory's files are read by their .json name; /dev/zero is reached through a link.
        if (input == "--from-recording")
        {
            var named = Path.Combine(hostile, "20261204T143000Z-00001-get-x.json");
            if (file == "endless")
            {
                File.CreateSymbolicLink(named, path);
            }
            else
            {
                File.Move(path, named);
            }

            path = named;
        }

        string[] args = input switch
        {
            "--from-recording" => ["spec", "infer", "--from-recording", "rec"],
            "--compare" => ["spec", "infer", "--from-sarif", "build.sarif", "--compare", path],
            _ => ["spec", "infer", input, path],
        };

        var result = await CliRun.InAsync(null, directory.Path, args).WaitAsync(HangGuard);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Problems.TrimEnd().Split('\n'), l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.Contains(input == "--from-recording" ? "20261204T143000Z-00001-get-x.json" : path, line);
        Assert.Contains(file switch
        {
            "endless" or "fifo" => "is not an ordinary file (a device, pipe or socket)",
            "huge" => "is 5368709120 bytes;",
            _ => "is not UTF-8 text",
        }, line);
        Assert.Equal(string.Empty, result.Out);
    }
}
