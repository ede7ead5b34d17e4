using System.IO;
using System.Threading.Tasks;
using Xunit;
using static IlluminatePerms.Cli.Tests.SpecInfer.InferInputs;

namespace IlluminatePerms.Cli.Tests.SpecInfer;

/// <summary><c>spec infer --compare SPEC</c>: what SPEC lacks (exit 2) and what no evidence uses (its line; exit 2 only with --strict).</summary>
public sealed class SpecInferCompareTests
{
    private const string Spec = "# Product Name: P\nGroup,Table/Program Area,Permission Needed,Reason\nStudent Data,Student Data,Read,rosters\nOther,Fees and Fines,Read,not needed\nGradebook,Gradebook Scores,\"Read, Update\",scores\n";

    [Fact]
    public async Task Lists_what_the_spec_lacks_and_what_nothing_uses_with_its_line()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("permissions.csv"), Spec);
        File.WriteAllText(directory.File("build.sarif"), Sarif(
            directory.Path,
            GrantUse("Sync.Roster", "Student Data: Read", "Sync.cs", 8),
            GrantUse("Sync.Scores", "Gradebook Scores: Update", "Sync.cs", 20),
            GrantUse("Sync.Contacts", "Contacts: Read", "Sync.cs", 30)));

        var result = await CliRun.InAsync(null, directory.Path, "spec", "infer", "--from-sarif", "build.sarif", "--compare", "permissions.csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("lacks   Contacts: Read (needed by code: Sync.Contacts at Sync.cs:30)", result.Out);
        Assert.Contains($"unused  Fees and Fines: Read ({directory.File("permissions.csv")}, line 4)", result.Out);
        Assert.Contains($"unused  Gradebook Scores: Read ({directory.File("permissions.csv")}, line 5)", result.Out);
        Assert.DoesNotContain("Student Data", result.Out);
        Assert.Contains("1 grant(s) lacking, 2 row(s) granting what no evidence uses", result.Out);
        Assert.Equal(Spec, File.ReadAllText(directory.File("permissions.csv")));
    }

    [Fact]
    public async Task A_spec_that_lacks_nothing_exits_0_unless_strict_and_something_is_unused()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("permissions.csv"), Spec);
        File.WriteAllText(directory.File("build.sarif"), Sarif(directory.Path, GrantUse("Sync.Roster", "Student Data: Read", "Sync.cs", 8)));

        var plain = await CliRun.InAsync(null, directory.Path, "spec", "infer", "--from-sarif", "build.sarif", "--compare", "permissions.csv");
        var strict = await CliRun.InAsync(null, directory.Path, "spec", "infer", "--from-sarif", "build.sarif", "--compare", "permissions.csv", "--strict");

        Assert.Equal(0, plain.ExitCode);
        Assert.Contains("0 grant(s) lacking, 2 row(s)", plain.Out);
        Assert.Equal(2, strict.ExitCode);
    }

    [Fact]
    public async Task An_exact_spec_exits_0_even_when_strict()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("permissions.csv"), "Group,Table/Program Area,Permission Needed,Reason\nStudent Data,Student Data,Read,rosters\n");
        File.WriteAllText(directory.File("build.sarif"), Sarif(directory.Path, GrantUse("Sync.Roster", "Student Data: Read", "Sync.cs", 8)));

        var result = await CliRun.InAsync(null, directory.Path, "spec", "infer", "--from-sarif", "build.sarif", "--compare", "permissions.csv", "--strict");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("0 grant(s) lacking, 0 row(s)", result.Out);
    }

    [Fact]
    public async Task A_spec_with_errors_is_not_compared()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("permissions.csv"), "Group,Table/Program Area,Permission Needed,Reason\nStudent Data,Studnet Data,Read,rosters\n");
        File.WriteAllText(directory.File("build.sarif"), Sarif(directory.Path, GrantUse("Sync.Roster", "Student Data: Read", "Sync.cs", 8)));

        var result = await CliRun.InAsync(null, directory.Path, "spec", "infer", "--from-sarif", "build.sarif", "--compare", "permissions.csv");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("has 1 error(s), first on line 2", result.Error);
    }
}
