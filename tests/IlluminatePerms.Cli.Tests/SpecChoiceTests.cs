using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary>
/// Which spec check, checklist and spec add-missing read: --spec, else the working folder's
/// permissions.csv, else the bundled example, named as such; each says on stderr which it read.
/// </summary>
public sealed class SpecChoiceTests
{
    private const string AcmeSpec = "# Product Name: Acme Sync\nGroup,Table/Program Area,Permission Needed,Reason\nStudent Data,Student Data,Read,Rosters\n";

    private const string OtherSpec = "# Product Name: Other Vendor\nGroup,Table/Program Area,Permission Needed,Reason\nScheduling,Staff Data,Read,Teachers\n";

    [Fact]
    public async Task Check_reads_the_working_folders_permissions_csv_and_says_so()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("permissions.csv"), AcmeSpec);

        var result = await CliRun.InAsync(null, directory.Path, "check", "--demo", "full", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"Spec: {directory.File("permissions.csv")}", result.Error);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(directory.File("permissions.csv"), json.RootElement.GetProperty("spec").GetString());
        Assert.Equal(["Student Data"], json.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("area").GetString()));
    }

    [Fact]
    public async Task Spec_option_wins_over_the_folders_permissions_csv_with_demo_too()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("permissions.csv"), AcmeSpec);
        File.WriteAllText(directory.File("other.csv"), OtherSpec);

        var result = await CliRun.InAsync(null, directory.Path, "check", "--spec", "other.csv", "--demo", "full", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"Spec: {directory.File("other.csv")}", result.Error);
        Assert.DoesNotContain("permissions.csv", result.Error);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(["Staff Data"], json.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("area").GetString()));
    }

    [Fact]
    public async Task Without_a_spec_the_check_names_the_bundled_example_on_stderr_and_in_the_report()
    {
        using var directory = new TempDirectory();

        var result = await CliRun.InAsync(null, directory.Path, "check", "--demo", "full", "--format", "markdown");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Spec: the bundled example spec (Illuminate Education's permissions.csv), not yours", result.Error);
        Assert.Contains("- Spec: bundled example spec (Illuminate Education's permissions.csv)", result.Out);
        Assert.Single(result.Error.Split('\n'), line => line.StartsWith("Spec: ", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_spec_option_naming_no_file_is_one_error_with_what_to_give_instead()
    {
        using var directory = new TempDirectory();

        var result = await CliRun.InAsync(null, directory.Path, "check", "--spec", "missing.csv");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: the spec {directory.File("missing.csv")} does not exist. Give the path of a permissions.csv, or leave out --spec for the embedded one.", result.Error.TrimEnd());
    }

    [Fact]
    public async Task Checklist_reads_the_working_folders_permissions_csv_without_the_example_note()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("permissions.csv"), AcmeSpec);

        var result = await CliRun.InAsync(null, directory.Path, "checklist");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"Spec: {directory.File("permissions.csv")}", result.Error);
        Assert.StartsWith("# Aeries API certificate for Acme Sync", result.Out);
        Assert.DoesNotContain("Gradebook Scores", result.Out);
        Assert.DoesNotContain("Example only", result.Out);
    }

    [Fact]
    public async Task A_checklist_of_the_bundled_spec_is_headed_as_an_example_in_markdown()
    {
        using var directory = new TempDirectory();

        var result = await CliRun.InAsync(null, directory.Path, "checklist");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("> **Example only: this checklist comes from the bundled example spec (Illuminate Education's permissions.csv), not from your project.", result.Out);
        Assert.Contains("# Aeries API certificate for Illuminate Education", result.Out);
        Assert.Contains("bundled example spec", result.Error);
    }

    [Fact]
    public async Task A_checklist_of_the_bundled_spec_is_headed_as_an_example_in_html()
    {
        using var directory = new TempDirectory();

        var result = await CliRun.InAsync(null, directory.Path, "checklist", "--format", "html");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("<body>\n<p class=\"example\"><strong>Example only: this checklist comes from the bundled example spec (Illuminate Education&#39;s permissions.csv)", result.Out);
    }

    [Fact]
    public async Task Add_missing_widens_the_working_folders_permissions_csv_and_says_so()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("permissions.csv"), AcmeSpec);
        File.WriteAllText(directory.File("build.sarif"), """
            {"version":"2.1.0","runs":[{"tool":{"driver":{"name":"csc"}},"results":[
              {"ruleId":"IP0001","level":"error","message":{"text":"'Sync.LoadStaff' needs 'Staff Data: Read', which permissions.csv does not grant"}}
            ]}]}
            """);

        var result = await CliRun.InAsync(null, directory.Path, "spec", "add-missing", "--from-sarif", "build.sarif");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"Spec: {directory.File("permissions.csv")}", result.Error);
        Assert.Contains("Staff Data,Read", File.ReadAllText(directory.File("permissions.csv")));
    }

    [Fact]
    public async Task Add_missing_without_a_spec_in_the_folder_names_the_path_it_looked_for()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("build.sarif"), """{"version":"2.1.0","runs":[]}""");

        var result = await CliRun.InAsync(null, directory.Path, "spec", "add-missing", "--from-sarif", "build.sarif");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"the spec {directory.File(Path.Combine("spec", "permissions.csv"))} does not exist. Run in the folder of your permissions.csv", result.Error);
    }
}
