using System;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary>
/// The Aeries screen shows the heading "Other" twice (above Gradebook, and again below School
/// Information): a report an admin follows keeps the two blocks apart and says which one a tick is in.
/// </summary>
public sealed class ScreenHeadingReportTests
{
    private const string Spec = "Group,Table/Program Area,Permission Needed,Reason\n"
        + "Other,Student Pictures,Read,photos\n"
        + "School Information,Graduation Requirements,Read,requirements\n"
        + "Other,Student Groups,Read,groups\n";

    private const string Second = "Other (the second “Other” heading, lower on the screen)";

    [Theory]
    [InlineData("markdown", "## ")]
    [InlineData("html", "<h2>")]
    [InlineData("table", "")]
    public async Task The_two_other_blocks_are_apart_and_in_screen_order(string format, string headingMark)
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("spec.csv"), Spec);

        var result = await CliRun.InAsync(null, directory.Path, "check", "--demo", "full", "--spec", "spec.csv", "--format", format, "--output", "report.txt");
        var report = File.ReadAllText(directory.File("report.txt"));

        Assert.Equal(0, result.ExitCode);
        var first = report.IndexOf($"{headingMark}Other", StringComparison.Ordinal);
        var pictures = report.IndexOf("Student Pictures", StringComparison.Ordinal);
        var school = report.IndexOf($"{headingMark}School Information", StringComparison.Ordinal);
        // The heading's start only: the table wraps a long heading inside its column.
        var second = report.IndexOf(headingMark + Second[..Second.IndexOf('“', StringComparison.Ordinal)], StringComparison.Ordinal);
        var groups = report.IndexOf("Student Groups", StringComparison.Ordinal);
        Assert.True(first >= 0 && first < pictures && pictures < school && school < second && second < groups, report);
    }

    [Fact]
    public async Task A_missing_grant_under_the_second_other_heading_says_so()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("spec.csv"), Spec);

        var result = await CliRun.InAsync(null, directory.Path, "check", "--demo", "empty", "--spec", "spec.csv", "--format", "markdown");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("under the second “Other” heading (lower on the screen) tick Student Groups → Read; then Save.", result.Out);
        Assert.DoesNotContain("under “Other” tick Student Groups", result.Out);
    }
}
