using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary><c>checklist</c>: the admin's steps from the spec, Markdown or HTML.</summary>
public sealed class ChecklistCommandTests
{
    [Fact]
    public async Task Markdown_lists_every_grant_of_a_spec_under_its_group()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("spec.csv"), "# Product Name: Acme Sync\nGroup,Table/Program Area,Permission Needed,Reason\nGradebook,Gradebook Scores,\"Read, Update\",Scores back to teachers\nStudent Data,Student Data,Read,Rosters\n");

        var result = await CliRun.InAsync(null, directory.Path, "checklist", "--spec", "spec.csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Acme Sync", result.Out);
        Assert.Contains("Gradebook Scores", result.Out);
        Assert.Contains("Update", result.Out);
        Assert.Contains("Student Data", result.Out);
        Assert.DoesNotContain("Attendance", result.Out);
    }

    [Fact]
    public async Task Html_goes_to_the_output_file()
    {
        using var directory = new TempDirectory();

        var result = await CliRun.InAsync(null, directory.Path, "checklist", "--format", "html", "--output", "checklist.html");

        Assert.Equal(0, result.ExitCode);
        var html = File.ReadAllText(directory.File("checklist.html"));
        Assert.Contains("<html", html);
        Assert.Contains("Gradebook Scores", html);
    }
}
