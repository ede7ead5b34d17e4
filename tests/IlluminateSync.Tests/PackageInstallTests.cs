using System;
using System.IO;
using IlluminatePerms.Tests.Shared;
using Xunit;

namespace IlluminateSync.Tests;

/// <summary>
/// The packages as a vendor gets them: IlluminatePerms, IlluminatePerms.MockAeries and
/// IlluminatePerms.MockAeries.Xunit packed into a temporary feed (under a version of their own, so
/// no cached package can stand in), installed into a product and its test project outside the
/// repository, and the test project's fixture run with <c>dotnet test</c>.
/// </summary>
[Trait("Category", "RealBuild")]
public sealed class PackageInstallTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(6);
    private readonly string root = Directory.CreateTempSubdirectory("mockaeries-package-").FullName;

    private const string ProductCode = """
        using System.Threading.Tasks;
        using IlluminatePerms.Client;

        namespace Acme.Roster;

        public sealed class RosterCount(IAeriesClient aeries)
        {
            public async Task<int> CountAsync(int school)
            {
                var count = 0;
                await foreach (var student in aeries.GetStudentsAsync(school))
                {
                    count++;
                }

                return count;
            }
        }
        """;

    private const string TestCode = """
        using System.Threading.Tasks;
        using Acme.Roster;
        using IlluminatePerms.Client.Errors;
        using IlluminatePerms.Grants;
        using IlluminatePerms.MockAeries.Xunit;
        using Xunit;

        namespace Acme.Roster.Tests;

        public sealed class AcmeAeries : MockAeriesFixture
        {
            protected override GrantSet Spec => RequiredGrants.All;
        }

        public sealed class RosterTests(AcmeAeries aeries) : MockAeriesTest<AcmeAeries>(aeries), IClassFixture<AcmeAeries>
        {
            [Fact]
            public async Task Counts_with_the_spec_certificate()
            {
                Assert.StartsWith("http://127.0.0.1:", Aeries.BaseUrl.ToString());
                Assert.True(await new RosterCount(Aeries.Client).CountAsync(994) > 0);
                Assert.NotEmpty(Aeries.Journal.Entries);
                Assert.All(Aeries.Journal.Entries, e => Assert.Equal("spec", e.Profile));
            }

            [Fact]
            public async Task Is_refused_without_the_student_data_tick()
            {
                await using var district = Aeries.ClientFor(Aeries.Certificates.Without(new Grant("Student Data", AeriesAccess.Read)));
                var refused = await Assert.ThrowsAsync<AeriesPermissionException>(() => new RosterCount(district.Client).CountAsync(994));
                Assert.Equal("Student Data: Read", refused.Refused.ToString());
            }
        }
        """;

    [Fact]
    public void The_packed_fixture_runs_in_a_vendor_test_project_outside_the_repository()
    {
        var feed = Path.Combine(root, "feed");
        var version = "0.1.0-local" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var project in new[] { "src/Runtime/IlluminatePerms.Runtime.csproj", "src/MockAeries/IlluminatePerms.MockAeries.csproj", "src/MockAeries.Xunit/IlluminatePerms.MockAeries.Xunit.csproj" })
        {
            var pack = DotnetCli.Run(root, Timeout, "pack", Path.Combine(RepositoryRoot.Path, project), "-c", "Debug", "--no-build", "-nologo", "-o", feed, $"-p:Version={version}");
            Assert.True(pack.ExitCode == 0, pack.Output);
        }

        // The local feed beside the machine's own sources; restored into a folder of its own, with
        // the user's cache only as a read-only fallback for xunit and the other public packages.
        var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.WriteAllText(Path.Combine(root, "nuget.config"), $"""
            <configuration>
              <config><add key="globalPackagesFolder" value="{Path.Combine(root, "packages")}" /></config>
              <packageSources><add key="local" value="{feed}" /></packageSources>
              <fallbackPackageFolders><add key="cache" value="{globalPackages}" /></fallbackPackageFolders>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(root, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(root, "Directory.Packages.props"), "<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>");

        var product = Directory.CreateDirectory(Path.Combine(root, "Acme.Roster")).FullName;
        File.WriteAllText(Path.Combine(product, "Acme.Roster.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <IlluminatePermsNamespace>Acme.Roster</IlluminatePermsNamespace>
                <IlluminatePermsClassVisibility>public</IlluminatePermsClassVisibility>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="IlluminatePerms" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(product, "permissions.csv"), "# Product Name: Acme Roster\nGroup,Table/Program Area,Permission Needed,Reason\nStudent Data,Student Data,Read,roster\n");
        File.WriteAllText(Path.Combine(product, "RosterCount.cs"), ProductCode);

        var tests = Directory.CreateDirectory(Path.Combine(root, "Acme.Roster.Tests")).FullName;
        File.WriteAllText(Path.Combine(tests, "Acme.Roster.Tests.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <IsPackable>false</IsPackable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="IlluminatePerms.MockAeries.Xunit" Version="{version}" />
                <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
                <PackageReference Include="xunit" Version="2.9.3" />
                <PackageReference Include="xunit.runner.visualstudio" Version="3.1.5" />
                <ProjectReference Include="..\Acme.Roster\Acme.Roster.csproj" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(tests, "RosterTests.cs"), TestCode);

        var test = DotnetCli.Run(tests, Timeout, "test", "-nologo", "--logger", "console;verbosity=normal");

        Assert.True(test.ExitCode == 0, test.Output);
        Assert.Contains("Passed Acme.Roster.Tests.RosterTests.Counts_with_the_spec_certificate", test.Output);
        Assert.Contains("Passed Acme.Roster.Tests.RosterTests.Is_refused_without_the_student_data_tick", test.Output);
        Assert.DoesNotContain("Failed Acme.", test.Output);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
