using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using IlluminatePerms.Tests.Shared;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary><c>dotnet pack src/Cli</c> makes a .NET tool that installs from a local feed and runs <c>check</c>.</summary>
public sealed class ToolPackageTests
{
    [Fact]
    [Trait("Category", "RealBuild")]
    public void Packed_tool_installs_from_a_local_feed_and_checks_the_bundled_mock()
    {
        var repository = RepositoryRoot.Path;
        // The tests were built with the tool, in the same configuration: pack that build.
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        using var directory = new TempDirectory();
        var feed = Directory.CreateDirectory(directory.File("feed")).FullName;
        var tools = directory.File("tools");

        // A version of its own, so the install cannot take a copy cached by an earlier run.
        var version = $"0.1.0-test{DateTime.UtcNow:yyyyMMddHHmmss}{Environment.ProcessId}";
        var pack = DotnetCli.Run(repository, TimeSpan.FromMinutes(5), "pack", Path.Combine("src", "Cli", "IlluminatePerms.Cli.csproj"), "--no-build", "-c", configuration, "-o", feed, $"-p:PackageVersion={version}");
        Assert.True(pack.ExitCode == 0, pack.Output);
        Assert.Single(Directory.GetFiles(feed, "IlluminatePerms.Cli.*.nupkg"));

        var install = DotnetCli.Run(directory.Path, TimeSpan.FromMinutes(5), "tool", "install", "IlluminatePerms.Cli", "--tool-path", tools, "--add-source", feed, "--version", version);
        Assert.True(install.ExitCode == 0, install.Output);

        var executable = Path.Combine(tools, OperatingSystem.IsWindows() ? "illuminate-perms.exe" : "illuminate-perms");
        var result = ToolProcess.Run(executable, null, new[] { "check", "--format", "json" });

        Assert.Equal(2, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("completed", json.RootElement.GetProperty("outcome").GetString());
        Assert.Equal("partial", json.RootElement.GetProperty("demo").GetString());
    }
}
