using System;
using System.IO;
using System.Linq;
using IlluminatePerms.Tests.Shared;
using Xunit;

namespace IlluminatePerms.Analyzers.Tests.Harness;

/// <summary>
/// The IlluminatePerms package, packed once per test class into a temporary feed, and the helpers to
/// make consumer projects that install it from there as a developer would.
/// </summary>
public sealed class LocalFeed : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    public LocalFeed()
    {
        Root = Directory.CreateTempSubdirectory("illuminateperms-feed-").FullName;
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        var pack = DotnetCli.Run(Root, Timeout, "pack", RuntimeProject(), "-c", "Debug", "--no-build", "-nologo", "-o", Feed);
        Assert.True(pack.ExitCode == 0, pack.Output);
        var package = Path.GetFileNameWithoutExtension(Directory.GetFiles(Feed, "IlluminatePerms.*.nupkg").Single());
        Version = package.Substring("IlluminatePerms.".Length);
    }

    /// <summary>A temporary folder that holds the feed, the restored packages and the consumers.</summary>
    public string Root { get; }

    /// <summary>The folder the package is packed into.</summary>
    public string Feed { get; }

    /// <summary>RestorePackagesPath for consumers: never the user's cache, so a stale package cannot be used.</summary>
    public string Packages { get; }

    /// <summary>The package's version.</summary>
    public string Version { get; }

    /// <summary>
    /// A new empty project folder whose nuget.config takes IlluminatePerms packages only from the
    /// local feed, and the runtime's own dependencies (Microsoft.Extensions.Http.Resilience, Polly)
    /// from the machine's package cache, read as a feed: no network, and no cached IlluminatePerms.
    /// Packages a test packs itself (a vendor's package) come from the local feed too.
    /// </summary>
    public string NewProjectFolder(string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Root, name)).FullName;
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
                <add key="cache" value="{MachinePackages}" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="local"><package pattern="IlluminatePerms*" /><package pattern="*" /></packageSource>
                <packageSource key="cache"><package pattern="*" /></packageSource>
              </packageSourceMapping>
            </configuration>
            """);
        return folder;
    }

    private static string MachinePackages { get; } = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>Runs the dotnet CLI in <paramref name="folder"/>, restoring into <see cref="Packages"/>.</summary>
    public (int ExitCode, string Output) Dotnet(string folder, params string[] arguments)
        => DotnetCli.Run(folder, Timeout, [.. arguments, $"-p:RestorePackagesPath={Packages}"]);

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static string RuntimeProject()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var project = Path.Combine(directory.FullName, "src", "Runtime", "IlluminatePerms.Runtime.csproj");
            if (File.Exists(project))
            {
                return project;
            }
        }

        throw new InvalidOperationException("src/Runtime/IlluminatePerms.Runtime.csproj not found above the test output.");
    }
}
