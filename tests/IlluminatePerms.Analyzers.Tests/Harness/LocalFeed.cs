using System;
using System.IO;
using System.Linq;
using IlluminatePerms.Tests.Shared;
using Xunit;

namespace IlluminatePerms.Analyzers.Tests.Harness;

/// <summary>
/// The IlluminatePerms package, packed once for the test classes of <see cref="LocalFeed.Collection"/>
/// into a temporary feed, and the helpers to make consumer projects that install it from there as a
/// developer would. The classes share one collection so that two packs never write the runtime's
/// obj/ folder at once.
/// </summary>
public sealed class LocalFeed : IDisposable
{
    /// <summary>The xunit collection of the tests that use the packed package.</summary>
    public const string Collection = "Packed package";

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
    /// Where the package's own dependencies (Scriban.Signed, the HTTP client's Microsoft.*, Polly.* and System.* packages) come from: the machine's NuGet cache, a
    /// folder feed NuGet reads like any other, which holds them because this repository restored them.
    /// </summary>
    public static string DependencySource { get; } = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages
        ? packages
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>
    /// A new empty project folder whose nuget.config takes every package from the local feed, except the
    /// runtime's dependencies, which come from <see cref="DependencySource"/> (source
    /// mapping: a stale IlluminatePerms in the machine's cache can never be picked).
    /// </summary>
    public string NewProjectFolder(string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Root, name)).FullName;
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
                <add key="dependencies" value="{DependencySource}" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="local">
                  <package pattern="*" />
                </packageSource>
                <packageSource key="dependencies">
                  <package pattern="Microsoft.*" />
                  <package pattern="Polly.*" />
                  <package pattern="System.*" />
                  <package pattern="Scriban.*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);
        return folder;
    }

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

/// <summary>The tests that install the packed package: run one after the other, with one pack.</summary>
[CollectionDefinition(LocalFeed.Collection)]
public sealed class PackedPackageCollection : ICollectionFixture<LocalFeed>
{
}
