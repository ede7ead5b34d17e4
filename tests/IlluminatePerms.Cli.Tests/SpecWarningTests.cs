using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary>A spec's warnings (empty reason, no product name, ...) on stderr as the build words them, without failing the command.</summary>
public sealed class SpecWarningTests
{
    // No "# Product Name:" line (IP1018) and Student Data without a reason (IP1010, line 2, column 32).
    private const string Spec = "Group,Table/Program Area,Permission Needed,Reason\nStudent Data,Student Data,Read,\nScheduling,Staff Data,Read,Teachers\n";

    [Fact]
    public async Task Check_shows_the_warnings_at_their_lines_and_still_checks()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("spec.csv"), Spec);

        var result = await CliRun.InAsync(null, directory.Path, "check", "--spec", "spec.csv", "--demo", "full", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"{directory.File("spec.csv")}(2,32): warning IP1010: 'Student Data' has no reason", result.Error);
        Assert.Contains($"{directory.File("spec.csv")}(1,1): warning IP1018: The spec has no '# Product Name: ...' line", result.Error);
        Assert.DoesNotContain("Staff Data' has no reason", result.Error);
    }

    [Fact]
    public async Task Checklist_of_the_folders_spec_shows_the_warnings_and_still_renders()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("permissions.csv"), Spec);

        var result = await CliRun.InAsync(null, directory.Path, "checklist");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning IP1010: 'Student Data' has no reason", result.Error);
        Assert.Contains("warning IP1018", result.Error);
        Assert.Contains("Student Data", result.Out);
    }

    [Fact]
    public async Task Quiet_drops_the_spec_line_but_keeps_its_warnings()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("spec.csv"), Spec);

        var result = await CliRun.InAsync(null, directory.Path, "check", "--quiet", "--spec", "spec.csv", "--demo", "full", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("Spec: ", result.Error);
        Assert.Contains("warning IP1010: 'Student Data' has no reason", result.Error);
    }

    [Fact]
    public async Task A_spec_without_problems_shows_no_warnings()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("spec.csv"), "# Product Name: Acme\n" + Spec.Replace("Read,\n", "Read,Rosters\n", System.StringComparison.Ordinal));

        var result = await CliRun.InAsync(null, directory.Path, "checklist", "--spec", "spec.csv");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("warning", result.Error);
    }
}
