using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using IlluminatePerms.Tests.Shared;
using Xunit;

namespace IlluminateSync.Tests;

/// <summary>
/// The README's install steps as a newcomer runs them: its two marked blocks, unchanged, the first in
/// a copy of the repository (as their clone) and the second in a folder outside it, with an empty
/// NuGet package folder (set without a trailing slash, as CI caches set it) and the default package
/// source. They pack every package into one feed, make a product gated by its own permissions.csv, run
/// its tests against the mock through the xunit package, and run the tool from the feed.
/// </summary>
[Trait("Category", "RealBuild")]
public sealed class ReadmeInstallTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(25);
    private readonly string root = Directory.CreateTempSubdirectory("readme-install-").FullName;

    [Fact]
    public void The_readme_install_blocks_pack_install_build_and_test_a_vendor_project_from_an_empty_package_folder()
    {
        var blocks = InstallBlocks(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")));
        var clone = CopyOfRepository(Path.Combine(root, "clone"));
        var home = Directory.CreateDirectory(Path.Combine(root, "home")).FullName;
        var script = $"""
            set -euo pipefail
            cd '{clone}'
            {blocks["in the clone"]}
            cd '{home}'
            {blocks["in your folder"]}
            """;

        var (exitCode, output) = Bash(script, new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = Path.Combine(root, "packages"),
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        });

        Assert.True(exitCode == 0, output);
        // Both of the README's tests ran and passed, against the packed mock.
        Assert.Matches(@"Passed!\s+-\s+Failed:\s+0, Passed:\s+3,", output);
        // The tool from the feed printed the checklist of the vendor's own spec (its product name), not the bundled one.
        Assert.Contains("Acme Roster", output, StringComparison.Ordinal);
        // One version for every package in the feed.
        var versions = Directory.GetFiles(Path.Combine(clone, "feed"), "*.nupkg")
            .Select(path => Regex.Match(Path.GetFileNameWithoutExtension(path), @"\.(\d+\.\d+\.\d+-.+)$").Groups[1].Value)
            .ToList();
        // IlluminatePerms, .Client, .AspNetCore, .MockAeries, .MockAeries.Xunit and the tool.
        Assert.Equal(6, versions.Count);
        Assert.Single(versions.Distinct());
    }

    [Fact]
    public void The_readme_marks_exactly_the_two_install_blocks()
    {
        var blocks = InstallBlocks(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")));

        Assert.Equal(new[] { "in the clone", "in your folder" }, blocks.Keys.Order());
        Assert.Contains("dotnet pack", blocks["in the clone"], StringComparison.Ordinal);
    }

    /// <summary>Each <c>&lt;!-- install: NAME --&gt;</c> marker and the <c>sh</c> fence under it.</summary>
    private static Dictionary<string, string> InstallBlocks(string readme)
        => Regex.Matches(readme, @"<!-- install: (?<name>[^>]+?) -->\s*```sh\n(?<code>.*?)\n```", RegexOptions.Singleline)
            .ToDictionary(match => match.Groups["name"].Value, match => match.Groups["code"].Value);

    /// <summary>The repository's files as a clone holds them (tracked and new, never bin/obj), so uncommitted README edits are what is tested.</summary>
    private static string CopyOfRepository(string destination)
    {
        var (exitCode, files) = Bash($"cd '{RepositoryRoot.Path}' && git ls-files -z --cached --others --exclude-standard | tr '\\0' '\\n'", new Dictionary<string, string>());
        Assert.True(exitCode == 0, files);
        foreach (var file in files.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(file => File.Exists(Path.Combine(RepositoryRoot.Path, file))))
        {
            var target = Path.Combine(destination, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(RepositoryRoot.Path, file), target);
        }

        return destination;
    }

    private static (int ExitCode, string Output) Bash(string script, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash could not be started.");
        var output = new StringBuilder();
        process.OutputDataReceived += (_, line) => { lock (output) { output.AppendLine(line.Data); } };
        process.ErrorDataReceived += (_, line) => { lock (output) { output.AppendLine(line.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Write(script);
        process.StandardInput.Close();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"Timed out after {Timeout}.\n{output}");
        }

        process.WaitForExit();
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
