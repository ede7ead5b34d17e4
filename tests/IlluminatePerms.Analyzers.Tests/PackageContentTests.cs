using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using IlluminatePerms.Analyzers.Tests.Harness;
using Xunit;

namespace IlluminatePerms.Analyzers.Tests;

/// <summary>What the packed package holds: its own README with the spec format, no template engine beside the analyzers, no client dependencies.</summary>
[Trait("Category", "RealBuild")]
public sealed class PackageContentTests : IClassFixture<LocalFeed>
{
    private readonly LocalFeed feed;

    public PackageContentTests(LocalFeed feed) => this.feed = feed;

    [Fact]
    public void The_package_readme_carries_the_spec_format_and_only_links_that_work_outside_the_repository()
    {
        using var package = Open();
        var readme = Read(package, "README.md");

        Assert.Contains("## The spec format (`permissions.csv`)", readme);
        Assert.Contains("Group,Table/Program Area,Permission Needed,Reason", readme);
        var links = Regex.Matches(readme, @"\]\(([^)]+)\)|https?://\S+").Select(m => m.Value).ToList();
        Assert.All(Regex.Matches(readme, @"\]\(([^)]+)\)").Select(m => m.Groups[1].Value), link => Assert.Matches("^https://", link));
        Assert.NotEmpty(links);
    }

    [Fact]
    public void No_third_party_assembly_loads_into_the_compiler_and_the_core_depends_on_no_client_package()
    {
        using var package = Open();
        var analyzers = package.Entries.Where(e => e.FullName.StartsWith("analyzers/", System.StringComparison.Ordinal)).Select(e => e.Name).OrderBy(n => n).ToList();
        Assert.Equal(new[] { "IlluminatePerms.CodeFixes.dll", "IlluminatePerms.Generator.dll" }, analyzers);

        Assert.Contains(package.Entries, e => e.FullName == "lib/net10.0/IlluminatePerms.Runtime.dll");
        var nuspec = Read(package, "IlluminatePerms.nuspec");
        // The renderer (Scriban) and the HTTP stack ship in IlluminatePerms.Client (issue 22).
        Assert.DoesNotContain("id=\"Scriban", nuspec);
        Assert.DoesNotContain("id=\"Polly", nuspec);
        Assert.DoesNotContain("id=\"Microsoft.Extensions.Http", nuspec);
    }

    [Fact]
    public void The_analyzers_ship_once_as_portable_IL_with_no_platform_specific_copy()
    {
        using var package = Open();
        var generator = Headers(package, "analyzers/dotnet/cs/IlluminatePerms.Generator.dll");
        Assert.Equal(0, generator.ManagedNativeHeaderDirectory.Size);
        Assert.True(generator.Flags.HasFlag(CorFlags.ILOnly));

        // The ReadyToRun copy is gone (it saved about 20 ms of a cold compile and broke packing where
        // NUGET_PACKAGES had no trailing slash): every host loads the same assemblies.
        Assert.DoesNotContain(package.Entries, e => e.FullName.StartsWith("readytorun/", System.StringComparison.Ordinal));
    }

    private static CorHeader Headers(ZipArchive package, string name)
    {
        using var stream = new MemoryStream();
        using (var entry = package.GetEntry(name)!.Open())
        {
            entry.CopyTo(stream);
        }

        stream.Position = 0;
        using var reader = new PEReader(stream);
        return reader.PEHeaders.CorHeader!;
    }

    private ZipArchive Open() => ZipFile.OpenRead(Directory.GetFiles(feed.Feed, "IlluminatePerms.*.nupkg").Single());

    private static string Read(ZipArchive package, string name)
    {
        using var reader = new StreamReader(package.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}
