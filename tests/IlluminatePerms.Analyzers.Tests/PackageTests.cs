using System;
using System.IO;
using System.Linq;
using IlluminatePerms.Analyzers.Tests.Harness;
using IlluminatePerms.Tests.Shared;
using Xunit;

namespace IlluminatePerms.Analyzers.Tests;

/// <summary>
/// `dotnet pack` the IlluminatePerms package into a temporary feed, install it into a fresh consumer
/// as a developer would, and build: the generated grants, the missing-grant error, suppressions,
/// the severity of IP0002 from a .globalconfig and SARIF output must all behave as with any analyzer.
/// </summary>
[Trait("Category", "RealBuild")]
[Collection(LocalFeed.Collection)]
public sealed class PackageTests
{
    private readonly LocalFeed feed;

    public PackageTests(LocalFeed feed) => this.feed = feed;

    private const string Spec = """
        # Product Name: Acme Sync
        Group,Table/Program Area,Permission Needed,Reason
        Student Data,Student Data,Read,rosters
        Other,Fees and Fines,Read,nobody calls this
        Gradebook,Transcripts,Read,"group as the vendor wrote it, not as Aeries shows it"
        Scheduling,Staff Data,Read,
        Gradebook,Gradebook Scores,"Read, Update",score write-back

        """;

    private const string Program = """
        using System.Diagnostics.CodeAnalysis;
        using IlluminatePerms.Generated;
        using IlluminatePerms.Grants;

        var client = new VendorClient();
        client.GetStudents();
        client.UpdateScores(); // call-site: scores
        #pragma warning disable IP0001
        client.UpdateScores(); // suppressed by pragma
        #pragma warning restore IP0001
        Suppressed.Run(client);
        System.Console.WriteLine($"{RequiredGrants.ProductName}: {RequiredGrants.All}");

        class VendorClient
        {
            [RequiresGrant("Student Data", AeriesAccess.Read)]
            public void GetStudents() { }

            [RequiresGrant("Gradebook Scores", AeriesAccess.Read | AeriesAccess.Update)]
            public void UpdateScores() { }
        }

        static class Suppressed
        {
            [SuppressMessage("IlluminatePerms.Usage", "IP0001", Justification = "test")]
            public static void Run(VendorClient client) => client.UpdateScores();
        }
        """;

    [Fact]
    public void The_installed_package_generates_grants_and_reports_unused_ones_at_the_csv_row()
    {
        var consumer = CreateConsumer(Spec);

        var build = feed.Dotnet(consumer, "build", "-nologo", "-v:q");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain("IP0001", build.Output);
        Assert.Contains($"{Path.Combine(consumer, "permissions.csv")}(4,1): warning IP0002: permissions.csv grants 'Fees and Fines: Read', which no code in 'Consumer' needs", build.Output);
        Assert.DoesNotContain("IP1011", build.Output);
        Assert.DoesNotContain("IP1010", build.Output);
        var run = DotnetCli.Run(consumer, LocalFeed.Timeout, "run", "--no-build");
        Assert.Contains("Acme Sync: Student Data: Read; Fees and Fines: Read; Gradebook Scores: Read, Update; Staff Data: Read; Transcripts: Read", run.Output);
    }

    [Fact]
    public void A_removed_row_fails_the_build_at_the_call_site_in_compiler_format_and_in_sarif()
    {
        var consumer = CreateConsumer(Spec.Replace("Gradebook,Gradebook Scores,\"Read, Update\",score write-back\n", string.Empty));
        var sarif = Path.Combine(consumer, "build.sarif");

        var build = feed.Dotnet(consumer, "build", "-nologo", "-v:q", $"-p:ErrorLog={sarif}%2Cversion=2.1");

        Assert.NotEqual(0, build.ExitCode);
        var line = Program.Split('\n').ToList().FindIndex(l => l.Contains("// call-site: scores", StringComparison.Ordinal)) + 1;
        var error = $"{Path.Combine(consumer, "Program.cs")}({line},1): error IP0001: 'VendorClient.UpdateScores' needs 'Gradebook Scores: Read, Update', which permissions.csv does not grant";
        Assert.Contains(error, build.Output);

        // Only the unsuppressed call: #pragma and [SuppressMessage] work as for any analyzer.
        var errorLines = build.Output.Split('\n').Where(l => l.Contains("error IP0001", StringComparison.Ordinal)).Select(l => l.Trim()).Distinct().ToList();
        Assert.Single(errorLines);
        var log = File.ReadAllText(sarif);
        Assert.Contains("\"ruleId\": \"IP0001\"", log);
        Assert.Contains("Gradebook Scores: Read, Update", log);
    }

    private string CreateConsumer(string spec)
    {
        var consumer = feed.NewProjectFolder("consumer-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="IlluminatePerms" Version="{feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        // Diagnostics in the CSV follow .editorconfig (IP0002 on, IP1011 off) and .globalconfig (IP1010 off).
        File.WriteAllText(Path.Combine(consumer, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_diagnostic.IP0002.severity = warning\ndotnet_diagnostic.IP1011.severity = none\n");
        File.WriteAllText(Path.Combine(consumer, ".globalconfig"), "is_global = true\ndotnet_diagnostic.IP1010.severity = none\n");
        File.WriteAllText(Path.Combine(consumer, "permissions.csv"), spec);
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), Program);
        return consumer;
    }
}
