using System.IO;
using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.Spec;
using IlluminatePerms.Tests.Shared;
using Xunit;

namespace IlluminatePerms.Cli.Tests.SpecInfer;

/// <summary><c>spec infer PROJECT</c>: a real <c>dotnet build</c> with IP0007 on.</summary>
public sealed class SpecInferBuildTests
{
    [Fact]
    [Trait("Category", "RealBuild")]
    public async Task The_samples_inferred_spec_grants_exactly_what_its_permissions_csv_grants()
    {
        var sample = Path.Combine(RepositoryRoot.Path, "samples", "IlluminateSync");
        using var directory = new TempDirectory();

        var result = await CliRun.InAsync(null, directory.Path, "spec", "infer", sample, "--output", "inferred.csv");

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("Build succeeded", result.Error);
        var inferred = SpecParser.Parse(File.ReadAllText(directory.File("inferred.csv")));
        var written = SpecParser.Parse(File.ReadAllText(Path.Combine(sample, "permissions.csv")));
        Assert.Equal(written.Grants, inferred.Grants);
        Assert.Equal(
            written.Rows.Select(r => (r.Group, r.Area.Name, r.Access)).OrderBy(r => r.Name),
            inferred.Rows.Select(r => (r.Group, r.Area.Name, r.Access)).OrderBy(r => r.Name));

        // The sample lists Master Schedule before the gradebook; the inferred spec keeps the screen's order.
        Assert.Equal(inferred.Rows.OrderBy(r => r.Area.Order).Select(r => r.Area), inferred.Rows.Select(r => r.Area));
        Assert.Equal("IlluminateSync", inferred.ProductName);

        // Each reason names where the code calls: the sample's own source files.
        Assert.All(inferred.Rows, row => Assert.Matches(@"used by code: .+ at [A-Za-z]+\.cs:\d+", row.Reason));
    }

    [Fact]
    public async Task A_build_that_fails_is_an_error_that_says_so_and_writes_no_spec()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("Broken.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup>");

        var result = await CliRun.InAsync(null, directory.Path, "spec", "infer", "Broken.csproj", "--output", "out.csv");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"the build of {directory.File("Broken.csproj")} failed", result.Error);
        Assert.Contains("error MSB", result.Error);
        Assert.False(File.Exists(directory.File("out.csv")));
    }
}
