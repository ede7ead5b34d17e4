using System;
using System.IO;
using IlluminatePerms.Generator.Tests.Harness;
using IlluminatePerms.Tests.Shared;
using Xunit;

namespace IlluminatePerms.Generator.Tests;

/// <summary>
/// The generator in a real `dotnet build` of a fresh consumer project: the runtime as a reference,
/// the generator as an analyzer, the spec wired by the generator's props file.
/// </summary>
[Trait("Category", "RealBuild")]
public sealed class RealBuildTests : IDisposable
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(4);

    private readonly string directory = Directory.CreateTempSubdirectory("illuminateperms-consumer-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void A_consumer_with_the_real_spec_builds_clean_and_runs_with_the_generated_grants()
    {
        WriteConsumer(GeneratorHarness.RealSpec);

        var build = DotnetCli.Run(directory, BuildTimeout, "build", "-nologo", "-v:q", "-p:TreatWarningsAsErrors=true");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("0 Warning(s)", build.Output);

        var run = DotnetCli.Run(directory, BuildTimeout, "run", "--no-build");
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("Illuminate Education: 41 areas; write-back needs Gradebook Scores: Update", run.Output);
        Assert.Contains("# Aeries API certificate for Illuminate Education", run.Output);
    }

    [Fact]
    public void A_misspelt_area_fails_the_build_at_its_csv_line_and_column()
    {
        WriteConsumer(GeneratorHarness.RealSpec.Replace("Gradebook,Gradebook Scores,", "Gradebook,Gradebok Scores,"));

        var build = DotnetCli.Run(directory, BuildTimeout, "build", "-nologo", "-v:q");

        Assert.NotEqual(0, build.ExitCode);
        var specPath = Path.Combine(directory, "permissions.csv");
        Assert.Contains($"{specPath}(23,11): error IP1006: 'Gradebok Scores' is not an Aeries API Security area; did you mean 'Gradebook Scores'?", build.Output);
    }

    [Fact]
    public void A_spec_saved_in_the_windows_code_page_fails_the_build_at_the_first_character_utf8_cannot_read()
    {
        WriteConsumer(GeneratorHarness.RealSpec);
        // What Excel's "CSV (Comma delimited)" writes for "café": é as the single cp1252 byte 0xE9.
        File.WriteAllBytes(
            Path.Combine(directory, "permissions.csv"),
            System.Text.Encoding.Latin1.GetBytes("# Product Name: Acme\nGroup,Table/Program Area,Permission Needed,Reason\nStudent Data,Student Data,Read,Rosters for the caf\u00e9\n"));

        var build = DotnetCli.Run(directory, BuildTimeout, "build", "-nologo", "-v:q");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains($"{Path.Combine(directory, "permissions.csv")}(3,51): error IP1017: The permission spec is not UTF-8", build.Output);
    }

    private void WriteConsumer(string spec)
    {
        var bin = AppContext.BaseDirectory;
        File.WriteAllText(Path.Combine(directory, "permissions.csv"), spec);
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{bin}Build/IlluminatePerms.Generator.props" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <IlluminatePermsNamespace>Consumer</IlluminatePermsNamespace>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="IlluminatePerms.Runtime" HintPath="{bin}IlluminatePerms.Runtime.dll" />
                <Analyzer Include="{bin}IlluminatePerms.Generator.dll" />
                <!-- The client package renders the checklist (RequiredGrants.AdminChecklist) with Scriban: run-time dependencies, never the compiler's. -->
                <Reference Include="IlluminatePerms.Client" HintPath="{bin}IlluminatePerms.Client.dll" />
                <Reference Include="Scriban.Signed" HintPath="{bin}Scriban.Signed.dll" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), """
            using Consumer;

            System.Console.WriteLine($"{RequiredGrants.ProductName}: {RequiredGrants.All.Count} areas; write-back needs {RequiredGrants.GradebookScores.Update}");
            System.Console.WriteLine(RequiredGrants.AdminChecklist.Split('\n')[0]);
            """);
    }
}
