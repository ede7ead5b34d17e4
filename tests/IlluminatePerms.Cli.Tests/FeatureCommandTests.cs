using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary><c>checklist</c> and <c>diff</c> name the features (the spec's Feature column) each tick serves.</summary>
public sealed class FeatureCommandTests
{
    private const string Header = "# Product Name: Acme Sync\nGroup,Table/Program Area,Permission Needed,Reason,Feature\n";

    [Fact]
    public async Task The_checklist_says_which_features_each_tick_serves_in_markdown_and_html()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("spec.csv"), Header
            + "Student Data,Student Data,Read,Rosters,\"Rostering; Gradebook sync\"\n"
            + "Gradebook,Gradebook Scores,\"Read, Update\",Scores back to teachers,Gradebook sync\n"
            + "School Information,Users,Read,Logins,\n");

        var markdown = await CliRun.InAsync(null, directory.Path, "checklist", "--spec", "spec.csv");
        var html = await CliRun.InAsync(null, directory.Path, "checklist", "--spec", "spec.csv", "--format", "html");

        Assert.Equal(0, markdown.ExitCode);
        Assert.Contains("- [ ] Student Data: Read. Rosters (Serves: Rostering, Gradebook sync)\n", markdown.Out);
        Assert.Contains("- [ ] Gradebook Scores: Read, Update. Scores back to teachers (Serves: Gradebook sync)\n", markdown.Out);
        Assert.Contains("- [ ] Users: Read. Logins\n", markdown.Out);
        Assert.Equal(0, html.ExitCode);
        Assert.Contains("<span class=\"why\">Rosters</span> <span class=\"serves\">Serves: Rostering, Gradebook sync</span></li>", html.Out);
        Assert.Contains("<span class=\"why\">Logins</span></li>", html.Out);
    }

    [Fact]
    public async Task Diff_names_the_features_of_each_tick_and_each_feature_added_or_dropped_once()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("old.csv"), Header
            + "Student Data,Student Data,Read,Rosters,Rostering\n"
            + "Gradebook,Gradebook Scores,Read,Scores,Gradebook sync\n"
            + "Counseling,Assertive Discipline,Read,Incidents,Early warning\n");
        File.WriteAllText(directory.File("new.csv"), Header
            + "Student Data,Student Data,Read,Rosters,\"Rostering; Attendance sync\"\n"
            + "Gradebook,Gradebook Scores,\"Read, Update\",Scores,gradebook  SYNC\n"
            + "Attendance,Attendance History,Read,Summaries,Attendance sync\n");

        var result = await CliRun.InAsync(null, directory.Path, "diff", "old.csv", "new.csv");

        Assert.Equal(2, result.ExitCode);
        var lines = result.Out.Replace("\r", string.Empty, System.StringComparison.Ordinal).Split('\n');
        Assert.Equal(
            new[]
            {
                "+ new feature: Attendance sync",
                "- feature dropped: Early warning",
                "+ new area: tick Read on Attendance History (under Attendance) (for: Attendance sync)",
                "- no longer needed: untick Read on Assertive Discipline (under Counseling) (the whole area) (was for: Early warning)",
                "+ also tick Update on Gradebook Scores (under Gradebook) (for: gradebook  SYNC)",
                "3 change(s).",
                string.Empty,
            },
            lines);
    }

    [Fact]
    public async Task Diff_of_a_narrowed_tick_keeps_the_area_and_a_row_without_features_names_none()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("old.csv"), Header
            + "Student Data,Student Data,Read,Rosters,\n"
            + "Gradebook,Gradebook Scores,\"Read, Update\",Scores,\"Gradebook sync; Report cards\"\n");
        File.WriteAllText(directory.File("new.csv"), Header
            + "Student Data,Student Data,\"Read, Update\",Rosters,\n"
            + "Gradebook,Gradebook Scores,Read,Scores,\"Gradebook sync; Report cards\"\n");

        var result = await CliRun.InAsync(null, directory.Path, "diff", "old.csv", "new.csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "+ also tick Update on Student Data (under Student Data)\n"
            + "- no longer needed: untick Update on Gradebook Scores (under Gradebook) (was for: Gradebook sync, Report cards)\n"
            + "2 change(s).\n",
            result.Out.Replace("\r", string.Empty, System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task Diff_of_a_spec_with_itself_says_there_is_nothing_to_do()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("a.csv"), Header + "Student Data,Student Data,Read,Rosters,Rostering\n");

        var result = await CliRun.InAsync(null, directory.Path, "diff", "a.csv", "a.csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("No change: the district needs to do nothing.\n", result.Out.Replace("\r", string.Empty, System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task Diff_of_a_spec_that_only_relabels_features_asks_nothing_of_the_district()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("old.csv"), Header + "Student Data,Student Data,Read,Rosters,Rostering\n");
        File.WriteAllText(directory.File("new.csv"), Header + "Student Data,Student Data,Read,Rosters,Class rosters\n");

        var result = await CliRun.InAsync(null, directory.Path, "diff", "old.csv", "new.csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("+ new feature: Class rosters\n- feature dropped: Rostering\nNo change to the ticks: the district needs to do nothing.", result.Out.Replace("\r", string.Empty, System.StringComparison.Ordinal));
    }
}
