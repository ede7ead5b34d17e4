using System;
using System.IO;
using System.Linq;
using IlluminatePerms.Analyzers.Tests.Harness;
using IlluminatePerms.Tests.Shared;
using Xunit;

namespace IlluminatePerms.Analyzers.Tests;

/// <summary>
/// The gate as a new user meets it: the packed package installed from a local feed, real `dotnet
/// build` and `dotnet format`. A project that references the package is checked and fails closed;
/// one that reaches it through a project or package reference is clean unless it opts in; routine
/// formatting never widens the spec; an unsupported framework is one clear error.
/// </summary>
[Trait("Category", "RealBuild")]
[Collection(LocalFeed.Collection)]
public sealed class GateBuildTests
{
    private const string Client = """
        using IlluminatePerms.Grants;

        namespace Acme;

        public class AeriesClient
        {
            [RequiresGrant("Student Data", AeriesAccess.Read)]
            public void GetStudents() { }

            [RequiresGrant("Gradebook Scores", AeriesAccess.Update)]
            public void PostScores() { }
        }

        public static class Sync
        {
            public static void Run(AeriesClient client)
            {
                client.GetStudents();
                client.PostScores(); // needs Gradebook Scores: Update
            }
        }
        """;

    // A product name, so that the specs are complete (IP1018 would be a warning, an error in these consumers).
    private const string Header = "# Product Name: Acme Sync\nGroup,Table/Program Area,Permission Needed,Reason\n";
    private const string StudentsOnly = Header + "Student Data,Student Data,Read,rosters\n";
    private const string FullSpec = StudentsOnly + "Gradebook,Gradebook Scores,Update,score write-back\n";

    private readonly LocalFeed feed;

    public GateBuildTests(LocalFeed feed) => this.feed = feed;

    [Fact]
    public void Dotnet_format_leaves_the_spec_byte_identical_with_default_options_severity_info_and_bulk_warning_severity()
    {
        var project = Library("format", StudentsOnly);
        var before = File.ReadAllBytes(Path.Combine(project, "permissions.csv"));
        var restore = feed.Dotnet(project, "restore");
        Assert.True(restore.ExitCode == 0, restore.Output);

        // `dotnet format` takes no MSBuild properties: it reads the packages path restore wrote to obj/.
        var plain = DotnetCli.Run(project, LocalFeed.Timeout, "format", "--no-restore", "-v:d");
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(project, "permissions.csv")));
        var info = DotnetCli.Run(project, LocalFeed.Timeout, "format", "--no-restore", "--severity", "info", "-v:d");
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(project, "permissions.csv")));

        // The build still fails on the missing grant.
        var build = feed.Dotnet(project, "build", "-nologo", "-v:q");
        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error IP0001: 'AeriesClient.PostScores' needs 'Gradebook Scores: Update', which permissions.csv does not grant", build.Output);

        File.WriteAllText(Path.Combine(project, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_analyzer_diagnostic.severity = warning\n");
        var bulk = DotnetCli.Run(project, LocalFeed.Timeout, "format", "--no-restore", "-v:d");
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(project, "permissions.csv")));

        // The formatter ran its analyzers and saw the missing grant, so a fix it applied would show.
        foreach (var run in new[] { plain, info, bulk })
        {
            Assert.True(run.Output.Contains("IP0001", StringComparison.Ordinal), run.Output);
        }
    }

    [Fact]
    public void A_direct_reference_without_a_spec_fails_closed_with_one_error_and_the_property_turns_the_gate_off()
    {
        var project = Library("no-spec", spec: null);

        var missing = feed.Dotnet(project, "build", "-nologo", "-v:q");
        AssertOneError(missing, "IP0003", "the permission spec 'permissions.csv' is not among AdditionalFiles");

        File.WriteAllText(Path.Combine(project, "permissions.csv"), string.Empty);
        var empty = feed.Dotnet(project, "build", "-nologo", "-v:q");
        AssertOneError(empty, "IP0003", "the permission spec 'permissions.csv' is empty");

        File.WriteAllText(Path.Combine(project, "permissions.csv"), FullSpec);
        var misnamed = feed.Dotnet(project, "build", "-nologo", "-v:q", "-p:IlluminatePermsSpecFile=permisions.csv");
        AssertOneError(misnamed, "IP0003", "the permission spec 'permisions.csv' is not among AdditionalFiles");

        File.Delete(Path.Combine(project, "permissions.csv"));
        var off = feed.Dotnet(project, "build", "-nologo", "-v:q", "-p:IlluminatePermsGate=false", "-p:TreatWarningsAsErrors=true");
        Assert.True(off.ExitCode == 0, off.Output);
        Assert.DoesNotContain(" IP0", off.Output);
        Assert.DoesNotContain(" IP1", off.Output);
    }

    [Fact]
    public void A_project_that_references_the_consumer_is_clean_by_default_and_checked_against_its_own_spec_when_it_opts_in()
    {
        Library("consumer", FullSpec);
        var tests = feed.NewProjectFolder("consumer-tests");
        File.WriteAllText(Path.Combine(tests, "Tests.cs"), """
            namespace Acme.Tests;

            public static class ClientTests
            {
                public static void Posts() => new Acme.AeriesClient().PostScores();
            }
            """);
        WriteProject(tests, "Consumer.Tests", """<ProjectReference Include="../consumer/Consumer.csproj" />""");

        var clean = feed.Dotnet(tests, "build", "-nologo", "-v:q", "-p:TreatWarningsAsErrors=true");
        Assert.True(clean.ExitCode == 0, clean.Output);
        Assert.DoesNotContain(" IP0", clean.Output);
        Assert.DoesNotContain(" IP1", clean.Output);

        var optedInWithoutSpec = feed.Dotnet(tests, "build", "-nologo", "-v:q", "-p:IlluminatePermsGate=true");
        AssertOneError(optedInWithoutSpec, "IP0003", "the permission spec 'permissions.csv' is not among AdditionalFiles");

        // With a spec of its own it is checked against that spec, and generates its own grants class
        // next to the consumer's without a clash (both are internal).
        File.WriteAllText(Path.Combine(tests, "permissions.csv"), StudentsOnly);
        File.WriteAllText(Path.Combine(tests, "Grants.cs"), """
            namespace Acme.Tests;

            public static class Grants
            {
                public static int Count => IlluminatePerms.Generated.RequiredGrants.All.Count;
            }
            """);
        var optedIn = feed.Dotnet(tests, "build", "-nologo", "-v:q", "-p:IlluminatePermsGate=true", "-p:TreatWarningsAsErrors=true");
        Assert.NotEqual(0, optedIn.ExitCode);
        Assert.True(optedIn.Output.Contains("Tests.cs(5,35): error IP0001: 'AeriesClient.PostScores' needs 'Gradebook Scores: Update', which permissions.csv does not grant", StringComparison.Ordinal), optedIn.Output);
        Assert.DoesNotContain("CS0436", optedIn.Output);

        File.WriteAllText(Path.Combine(tests, "permissions.csv"), FullSpec);
        var granted = feed.Dotnet(tests, "build", "-nologo", "-v:q", "-p:IlluminatePermsGate=true", "-p:TreatWarningsAsErrors=true");
        Assert.True(granted.ExitCode == 0, granted.Output);
    }

    [Fact]
    public void The_generated_class_is_public_on_request_and_then_usable_from_a_referencing_project()
    {
        var consumer = Library("public-consumer", FullSpec);
        File.WriteAllText(Path.Combine(consumer, "Directory.Build.props"), "<Project><PropertyGroup><IlluminatePermsClassVisibility>public</IlluminatePermsClassVisibility></PropertyGroup></Project>");
        var user = feed.NewProjectFolder("public-user");
        File.WriteAllText(Path.Combine(user, "Use.cs"), """
            public static class Use
            {
                public static int Count => IlluminatePerms.Generated.RequiredGrants.All.Count;
            }
            """);
        WriteProject(user, "User", """<ProjectReference Include="../public-consumer/Consumer.csproj" />""");

        var build = feed.Dotnet(user, "build", "-nologo", "-v:q", "-p:TreatWarningsAsErrors=true");

        Assert.True(build.ExitCode == 0, build.Output);
    }

    [Fact]
    public void A_project_using_a_package_built_on_IlluminatePerms_is_clean_by_default()
    {
        // A vendor library (like a packed mock of Aeries) that itself references IlluminatePerms.
        var library = Library("acme-aeries", FullSpec);
        File.WriteAllText(Path.Combine(library, "Directory.Build.props"), "<Project><PropertyGroup><PackageId>Acme.Aeries</PackageId><Version>1.0.0</Version></PropertyGroup></Project>");
        var pack = feed.Dotnet(library, "pack", "-nologo", "-v:q", "-o", feed.Feed);
        Assert.True(pack.ExitCode == 0, pack.Output);

        var app = feed.NewProjectFolder("acme-app");
        File.WriteAllText(Path.Combine(app, "App.cs"), "public static class App { public static void Run() => new Acme.AeriesClient().PostScores(); }");
        WriteProject(app, "App", """<PackageReference Include="Acme.Aeries" Version="1.0.0" />""");

        var build = feed.Dotnet(app, "build", "-nologo", "-v:q", "-p:TreatWarningsAsErrors=true");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain(" IP0", build.Output);
        Assert.DoesNotContain(" IP1", build.Output);
    }

    [Fact]
    public void An_unsupported_target_framework_is_one_error_naming_the_supported_frameworks()
    {
        var project = feed.NewProjectFolder("netstandard");
        File.WriteAllText(Path.Combine(project, "permissions.csv"), FullSpec);
        File.WriteAllText(Path.Combine(project, "Empty.cs"), "public static class Empty { }");
        WriteProject(project, "Old", $"""<PackageReference Include="IlluminatePerms" Version="{feed.Version}" />""", "netstandard2.0");

        // netstandard2.0 needs NETStandard.Library, which the local feed lacks: the user's package
        // folder serves it, read-only.
        var build = feed.Dotnet(project, "build", "-nologo", "-v:q", $"-p:RestoreAdditionalProjectFallbackFolders={UserPackageFolder()}");

        AssertOneError(build, "IP1015", "IlluminatePerms supports net10.0 and later (net10.0, net11.0, ...); this project targets 'netstandard2.0'");
        Assert.DoesNotContain("IP1014", build.Output);
    }

    /// <summary>A class library that references the package directly, with <see cref="Client"/> and the spec.</summary>
    private string Library(string name, string? spec)
    {
        var folder = feed.NewProjectFolder(name);
        File.WriteAllText(Path.Combine(folder, "Client.cs"), Client);
        if (spec is not null)
        {
            File.WriteAllText(Path.Combine(folder, "permissions.csv"), spec);
        }

        WriteProject(folder, "Consumer", $"""<PackageReference Include="IlluminatePerms" Version="{feed.Version}" />""");
        return folder;
    }

    private static void WriteProject(string folder, string name, string reference, string framework = "net10.0")
        => File.WriteAllText(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>{framework}</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                {reference}
              </ItemGroup>
            </Project>
            """);

    private static void AssertOneError((int ExitCode, string Output) build, string id, string text)
    {
        Assert.NotEqual(0, build.ExitCode);
        var errors = build.Output.Split('\n').Where(line => line.Contains(": error ", StringComparison.Ordinal)).Select(line => line.Trim()).Distinct().ToList();
        var error = Assert.Single(errors);
        Assert.Contains($"error {id}: ", error);
        Assert.Contains(text, error);
        Assert.DoesNotContain("warning IP", build.Output);
    }

    private static string UserPackageFolder()
        => Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}
