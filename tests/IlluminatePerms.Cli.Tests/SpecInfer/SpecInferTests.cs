using System.IO;
using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.Grants;
using IlluminatePerms.Spec;
using Xunit;
using static IlluminatePerms.Cli.Tests.SpecInfer.InferInputs;

namespace IlluminatePerms.Cli.Tests.SpecInfer;

/// <summary><c>spec infer --from-sarif</c>: the minimal spec from a build's IP0007 reports, in the spec's own format.</summary>
public sealed class SpecInferTests
{
    [Fact]
    public async Task Writes_one_row_per_area_in_screen_order_with_combined_access_and_call_sites()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("build.sarif"), Sarif(
            directory.Path,
            GrantUse("IAeriesClient.UpdateGradebookScoresAsync", "Gradebook Scores: Update", "Sync/Scores.cs", 40),
            GrantUse("IAeriesClient.GetStudentsAsync", "Student Data: Read", "Sync/Roster.cs", 12),
            GrantUse("IAeriesClient.GetGradebookScoresAsync", "Gradebook Scores: Read", "Sync/Scores.cs", 31),
            GrantUse("IAeriesClient.GetStudentsAsync", "Student Data: Read", "Sync/Roster.cs", 12),

            // A missing grant is also a use: its IP0007 is what counts, the IP0001 adds nothing.
            new Use("IP0001", "'IAeriesClient.GetContactsAsync' needs 'Contacts: Read', which permissions.csv does not grant", "Sync/Roster.cs", 20)));

        var result = await CliRun.InAsync(null, directory.Path, "spec", "infer", "--from-sarif", "build.sarif", "--product", "Roster Sync");

        Assert.Equal(0, result.ExitCode);
        var spec = SpecParser.Parse(result.Out);
        Assert.Equal(GrantSet.Parse("Student Data: Read; Gradebook Scores: Read, Update"), spec.Grants);
        Assert.Equal("Roster Sync", spec.ProductName);
        Assert.Contains(PermissionSpec.CanonicalHeader + "\n", result.Out);
        Assert.Equal(spec.Rows.OrderBy(r => r.Area.Order).Select(r => r.Area), spec.Rows.Select(r => r.Area));
        Assert.All(spec.Rows, row => Assert.Equal(row.Area.Group, row.Group));
        Assert.DoesNotContain(spec.Diagnostics, d => d.Severity == SpecSeverity.Error);

        var scores = spec.Rows.Single(r => r.Area.Name == "Gradebook Scores");
        Assert.Equal("TODO: say why the product needs it (used by code: IAeriesClient.GetGradebookScoresAsync at Sync/Scores.cs:31, IAeriesClient.UpdateGradebookScoresAsync at Sync/Scores.cs:40)", scores.Reason);
        var students = spec.Rows.Single(r => r.Area.Name == "Student Data");
        Assert.Equal("TODO: say why the product needs it (used by code: IAeriesClient.GetStudentsAsync at Sync/Roster.cs:12)", students.Reason);

        // Every reason is a placeholder the checklist refuses until it is rewritten.
        Assert.Equal(2, spec.Diagnostics.Count(d => d.Id == SpecDiagnosticIds.PlaceholderReason));
        Assert.Contains("Rewrite each placeholder reason", result.Error);
    }

    [Fact]
    public async Task A_reason_names_a_few_call_sites_and_how_many_more()
    {
        using var directory = new TempDirectory();
        var uses = Enumerable.Range(1, 5).Select(i => GrantUse($"Sync.Step{i}", "Student Data: Read", "Sync.cs", i * 10)).ToArray();
        File.WriteAllText(directory.File("build.sarif"), Sarif(directory.Path, uses));

        var result = await CliRun.InAsync(null, directory.Path, "spec", "infer", "--from-sarif", "build.sarif", "--product", "P");

        Assert.Equal(0, result.ExitCode);
        var row = Assert.Single(SpecParser.Parse(result.Out).Rows);
        Assert.Equal("TODO: say why the product needs it (used by code: Sync.Step1 at Sync.cs:10, Sync.Step2 at Sync.cs:20, Sync.Step3 at Sync.cs:30 and 2 more call sites)", row.Reason);
    }

    [Fact]
    public async Task A_SARIF_1_log_gives_the_call_sites_too()
    {
        using var directory = new TempDirectory();
        var uri = new System.Uri(directory.File("Sync.cs")).AbsoluteUri;
        File.WriteAllText(directory.File("build.sarif"), """
            {"version":"1.0.0","runs":[{"tool":{"name":"Microsoft (R) Visual C# Compiler"},"results":[
              {"ruleId":"IP0007","level":"note","message":"'Sync.Run' needs 'Student Data: Read'","locations":[{"resultFile":{"uri":"URI","region":{"startLine":7,"startColumn":5}}}]}
            ]}]}
            """.Replace("URI", uri, System.StringComparison.Ordinal));

        var result = await CliRun.InAsync(null, directory.Path, "spec", "infer", "--from-sarif", "build.sarif", "--product", "P");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("TODO: say why the product needs it (used by code: Sync.Run at Sync.cs:7)", Assert.Single(SpecParser.Parse(result.Out).Rows).Reason);
    }

    [Fact]
    public async Task Output_is_written_whole_and_nothing_goes_to_stdout()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("build.sarif"), Sarif(directory.Path, GrantUse("Sync.Run", "Student Data: Read", "Sync.cs", 3)));
        File.WriteAllText(directory.File("permissions.csv"), "old content\n");

        var result = await CliRun.InAsync(null, directory.Path, "spec", "infer", "--from-sarif", "build.sarif", "--output", "permissions.csv", "--product", "P");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Equal(GrantSet.Parse("Student Data: Read"), SpecParser.Parse(File.ReadAllText(directory.File("permissions.csv"))).Grants);
        Assert.Single(Directory.GetFiles(directory.Path, "*permissions*"));
    }

    [Fact]
    public async Task A_log_built_without_IP0007_is_refused_and_no_spec_is_written()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("build.sarif"), Sarif(
            directory.Path,
            new Use("IP0001", "'Sync.Run' needs 'Contacts: Read', which permissions.csv does not grant", "Sync.cs", 3)));

        var result = await CliRun.InAsync(null, directory.Path, "spec", "infer", "--from-sarif", "build.sarif", "--output", "out.csv");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("has no IP0007 result", result.Error);
        Assert.Contains("IlluminatePermsReportGrantUse=true", result.Error);
        Assert.False(File.Exists(directory.File("out.csv")));
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public async Task An_IP0007_that_names_no_known_area_is_an_error_not_a_silently_smaller_spec()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("build.sarif"), Sarif(
            directory.Path,
            GrantUse("Sync.Run", "Student Data: Read", "Sync.cs", 3),
            GrantUse("Sync.Other", "Studnet Dta: Read", "Sync.cs", 4)));

        var result = await CliRun.InAsync(null, directory.Path, "spec", "infer", "--from-sarif", "build.sarif");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("does not name a grant", result.Error);
        Assert.Equal(string.Empty, result.Out);
    }

    [Theory]
    [InlineData(new string[0], "no evidence given")]
    [InlineData(new[] { "proj.csproj", "--from-sarif", "build.sarif" }, "not both")]
    [InlineData(new[] { "--from-sarif", "build.sarif", "--strict" }, "--strict applies to --compare only")]
    [InlineData(new[] { "--from-sarif", "build.sarif", "--compare", "a.csv", "--output", "b.csv" }, "--compare writes no spec")]
    [InlineData(new[] { "missing-project" }, "missing-project does not exist: give a project file (.csproj) or its folder.")]
    public async Task Options_that_do_not_fit_are_usage_errors(string[] args, string message)
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("build.sarif"), Sarif(directory.Path, GrantUse("Sync.Run", "Student Data: Read", "Sync.cs", 3)));

        var result = await CliRun.InAsync(null, directory.Path, ["spec", "infer", .. args]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.Equal(string.Empty, result.Out);
    }
}
