using System;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary>
/// Rows that <c>spec add-missing</c> adds carry a placeholder reason ("TODO: ..."): the command says which
/// lines to rewrite, and <c>checklist</c> refuses the spec until they are rewritten or --allow-placeholders is given.
/// </summary>
public sealed class PlaceholderReasonCommandTests
{
    private const string Spec = "# Product Name: Test\nGroup,Table/Program Area,Permission Needed,Reason\nStudent Data,Student Data,Read,Rosters\nScheduling,Staff Data,Read,Teachers\n";

    private const string Placeholder = "TODO: say why the product needs it (used by IScores.UpdateScoresAsync)";

    /// <summary>Runs <c>spec add-missing</c> on <see cref="Spec"/> with one IP0001 result, in <paramref name="directory"/>.</summary>
    private static Task<CliResult> AddMissingAsync(TempDirectory directory, string grant, string member)
    {
        File.WriteAllText(directory.File("permissions.csv"), Spec);
        File.WriteAllText(directory.File("build.sarif"), Sarif(grant, member));
        return CliRun.InAsync(null, directory.Path, "spec", "add-missing", "--from-sarif", "build.sarif");
    }

    private static string Sarif(string grant, string member) => """
        {"version":"2.1.0","runs":[{"tool":{"driver":{"name":"csc"}},"results":[
          {"ruleId":"IP0001","level":"error","message":{"text":"'MEMBER' needs 'GRANT', which permissions.csv does not grant"}}
        ]}]}
        """.Replace("MEMBER", member, StringComparison.Ordinal).Replace("GRANT", grant, StringComparison.Ordinal);

    [Fact]
    public async Task Add_missing_names_the_line_of_each_new_row_to_rewrite()
    {
        using var directory = new TempDirectory();
        var result = await AddMissingAsync(directory, "Gradebook Scores: Update", "IScores.UpdateScoresAsync");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"Gradebook,Gradebook Scores,Update,{Placeholder}\n", File.ReadAllText(directory.File("permissions.csv")));
        Assert.Contains($"Rewrite the placeholder reason ('TODO: ...') on line 4 of {directory.File("permissions.csv")}: say why the product needs each grant.", result.Out);
        Assert.Contains("'illuminate-perms checklist' refuses the spec until they are rewritten", result.Out);
    }

    [Fact]
    public async Task Add_missing_that_only_widens_a_row_keeps_its_reason_and_asks_for_no_rewrite()
    {
        using var directory = new TempDirectory();
        var result = await AddMissingAsync(directory, "Student Data: Update", "Sync.FixNames");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Student Data,Student Data,\"Read, Update\",Rosters\n", File.ReadAllText(directory.File("permissions.csv")));
        Assert.DoesNotContain("TODO", result.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checklist_refuses_a_spec_with_a_placeholder_until_it_is_rewritten()
    {
        using var directory = new TempDirectory();
        await AddMissingAsync(directory, "Gradebook Scores: Update", "IScores.UpdateScoresAsync");

        var refused = await CliRun.InAsync(null, directory.Path, "checklist", "--output", "checklist.md");

        Assert.Equal(1, refused.ExitCode);
        Assert.Equal(string.Empty, refused.Out);
        Assert.False(File.Exists(directory.File("checklist.md")));
        Assert.Contains($"{directory.File("permissions.csv")}(4,35): warning IP1021: The reason of 'Gradebook Scores' is a placeholder", refused.Error);
        Assert.Contains($"error: no checklist: 1 reason(s) in {directory.File("permissions.csv")} are still placeholders", refused.Error);
        Assert.Contains("--allow-placeholders", refused.Error);

        var text = File.ReadAllText(directory.File("permissions.csv"));
        File.WriteAllText(directory.File("permissions.csv"), text.Replace(Placeholder, "Posts the scores teachers enter in the product", StringComparison.Ordinal));
        var written = await CliRun.InAsync(null, directory.Path, "checklist");

        Assert.Equal(0, written.ExitCode);
        Assert.Contains("Posts the scores teachers enter in the product", written.Out);
        Assert.DoesNotContain("IP1021", written.Error);
    }

    [Fact]
    public async Task Checklist_with_allow_placeholders_writes_the_draft_and_still_warns()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("permissions.csv"), Spec.Replace("Teachers", "TODO: why?", StringComparison.Ordinal));

        var result = await CliRun.InAsync(null, directory.Path, "checklist", "--allow-placeholders");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Staff Data", result.Out);
        Assert.Contains("TODO: why?", result.Out);
        Assert.Contains("(4,28): warning IP1021:", result.Error);
    }
}
