using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary><c>areas</c>, <c>base-url</c> and <c>diff</c>.</summary>
public sealed class OtherCommandTests
{
    private const string Header = "Group,Table/Program Area,Permission Needed,Reason\n";

    [Fact]
    public async Task Areas_lists_the_catalog_with_how_each_is_verified()
    {
        var result = await CliRun.RunAsync("areas");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Gradebook Scores", result.Out);
        Assert.Contains("probe: GET ", result.Out);
        Assert.Contains("not verifiable:", result.Out);
        Assert.Matches(@"\d{2,} areas\.", result.Out);
    }

    [Fact]
    public async Task Base_url_normalizes_a_pasted_sign_in_page()
    {
        var result = await CliRun.RunAsync("base-url", " \"HTTPS://Demo.Aeries.net/aeries/Login.aspx?page=x\" ");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("https://demo.aeries.net/aeries/\n", result.Out.Replace("\r", string.Empty, System.StringComparison.Ordinal));
        Assert.Contains("API: https://demo.aeries.net/aeries/api/v5/", result.Out);
    }

    [Fact]
    public async Task Base_url_says_why_text_is_not_one()
    {
        var result = await CliRun.RunAsync("base-url", "ftp://x");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: ", result.Error);
    }

    [Fact]
    public async Task Diff_speaks_in_ticks_and_exits_2_on_change()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("old.csv"), Header + "Gradebook,Gradebook Scores,Read,scores\nStudent Data,Student Data,Read,r\nAttendance,Attendance History,Read,a\n");
        File.WriteAllText(directory.File("new.csv"), Header + "Gradebook,Gradebook Scores,\"Read, Update\",scores\nStudent Data,Student Data,Read,r\nStudent Programs,Special Programs,Read,p\n");

        var result = await CliRun.InAsync(null, directory.Path, "diff", "old.csv", "new.csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("+ also tick Update on Gradebook Scores (under Gradebook)", result.Out);
        Assert.Contains("+ new area: tick Read on Special Programs", result.Out);
        Assert.Contains("- no longer needed: untick Read on Attendance History", result.Out);
        Assert.DoesNotContain("Student Data", result.Out);
    }

    [Fact]
    public async Task Diff_of_equal_specs_exits_0()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("a.csv"), Header + "Student Data,Student Data,Read,r\n");

        var result = await CliRun.InAsync(null, directory.Path, "diff", "a.csv", "a.csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No change", result.Out);
    }
}
