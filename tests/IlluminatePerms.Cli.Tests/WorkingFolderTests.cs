using System.IO;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary>
/// The tool reads permissions.csv from its working folder: each test run gets an empty folder of its
/// own, so a stray permissions.csv in the system temp folder cannot change what a test checks.
/// </summary>
public sealed class WorkingFolderTests
{
    private const string StraySpec = "# Product Name: Stray Vendor\nGroup,Table/Program Area,Permission Needed,Reason\nScheduling,Staff Data,Read,Teachers\n";

    [Fact]
    public async Task A_permissions_csv_in_the_parent_folder_does_not_reach_a_run_in_a_folder_of_its_own()
    {
        using var parent = new TempDirectory();
        File.WriteAllText(parent.File("permissions.csv"), StraySpec);
        using var own = new TempDirectory(parent.Path);

        var inParent = await CliRun.InAsync(null, parent.Path, "checklist");
        var inOwn = await CliRun.InAsync(null, own.Path, "checklist");

        // Where it lies, the stray spec is read: the run below would see it if the tool looked upwards.
        Assert.Contains("Stray Vendor", inParent.Out);
        Assert.Equal(0, inOwn.ExitCode);
        Assert.DoesNotContain("Stray Vendor", inOwn.Out);
        Assert.Contains($"Spec: the bundled example spec (Illuminate Education's permissions.csv), not yours: no permissions.csv in {own.Path}.", inOwn.Error);
    }

    [Fact]
    public async Task Runs_without_a_named_folder_each_get_a_fresh_one_not_the_system_temp_folder()
    {
        var first = await CliRun.RunAsync("checklist");
        var second = await CliRun.RunAsync("checklist");

        var firstFolder = WorkingFolder(first);
        var secondFolder = WorkingFolder(second);
        Assert.NotEqual(Path.GetFullPath(Path.GetTempPath()).TrimEnd('/'), firstFolder.TrimEnd('/'));
        Assert.NotEqual(firstFolder, secondFolder);
        Assert.StartsWith(Path.GetTempPath(), firstFolder);
        // Deleted after the run: nothing is left behind in the temp folder.
        Assert.False(Directory.Exists(firstFolder));
    }

    /// <summary>The working folder a run named when it fell back to the bundled example.</summary>
    private static string WorkingFolder(CliResult result)
    {
        var named = Regex.Match(result.Error, @"no permissions\.csv in (.+?)\. Run in your project's folder");
        Assert.True(named.Success, result.Error);
        return named.Groups[1].Value;
    }
}
