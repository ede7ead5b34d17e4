using System.IO;
using System.Threading.Tasks;
using IlluminatePerms.Grants;
using IlluminatePerms.Spec;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary><c>spec add-missing --from-sarif</c>: exactly the IP0001 grants of a build's error log, format kept.</summary>
public sealed class SpecAddMissingTests
{
    private const string Spec = "# Product Name: Test\r\nGroup,Table/Program Area,Permission Needed,Reason\r\nStudent Data,Student Data,Read,Rosters\r\nGradebook,Gradebook Scores,Read,Scores\r\n";

    // As Roslyn writes an error log (-p:ErrorLog=build.sarif%2Cversion=2.1): IP0001 twice (one suppressed), IP0002 once.
    private const string Sarif = """
        {"$schema":"http://json.schemastore.org/sarif-2.1.0","version":"2.1.0","runs":[{"tool":{"driver":{"name":"Microsoft (R) Visual C# Compiler"}},"results":[
          {"ruleId":"IP0001","level":"error","message":{"text":"'IScores.UpdateScoresAsync' needs 'Gradebook Scores: Update', which permissions.csv does not grant"}},
          {"ruleId":"IP0001","level":"error","message":{"text":"'Sync.LoadHistory' needs 'Attendance History: Read', which permissions.csv does not grant"}},
          {"ruleId":"IP0001","level":"error","message":{"text":"'Sync.LoadContacts' needs 'Contacts: Read', which permissions.csv does not grant"},"suppressions":[{"kind":"inSource"}]},
          {"ruleId":"IP0002","level":"warning","message":{"text":"'Student Data: Read' is granted but no code uses it"}}
        ]}]}
        """;

    [Fact]
    public async Task Adds_exactly_the_unsuppressed_IP0001_grants_keeping_the_format()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("permissions.csv"), Spec);
        File.WriteAllText(directory.File("build.sarif"), Sarif);

        var result = await CliRun.InAsync(null, directory.Path, "spec", "add-missing", "--from-sarif", "build.sarif", "--spec", "permissions.csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("+ Gradebook Scores: Update (needed by IScores.UpdateScoresAsync)", result.Out);
        Assert.Contains("+ Attendance History: Read (needed by Sync.LoadHistory)", result.Out);
        var text = File.ReadAllText(directory.File("permissions.csv"));
        Assert.StartsWith("# Product Name: Test\r\n", text);
        Assert.Contains("Gradebook,Gradebook Scores,\"Read, Update\",Scores\r\n", text);
        Assert.Contains("Attendance,Attendance History,Read,TODO: say why the product needs it (used by Sync.LoadHistory)\r\n", text);
        Assert.DoesNotContain("\n\n", text.Replace("\r", string.Empty, System.StringComparison.Ordinal));
        var grants = SpecParser.Parse(text).Grants;
        Assert.Equal(GrantSet.Parse("Student Data: Read; Gradebook Scores: Read, Update; Attendance History: Read"), grants);
    }

    [Fact]
    public async Task A_log_without_IP0001_changes_nothing()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("permissions.csv"), Spec);
        File.WriteAllText(directory.File("build.sarif"), """{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"csc"}},"results":[]}]}""");

        var result = await CliRun.InAsync(null, directory.Path, "spec", "add-missing", "--from-sarif", "build.sarif", "--spec", "permissions.csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Spec, File.ReadAllText(directory.File("permissions.csv")));
        Assert.Contains("No IP0001 results", result.Out);
    }

    [Theory]
    [InlineData("not json", "is not JSON")]
    [InlineData("{}", "is not a SARIF log")]
    public async Task A_file_that_is_not_a_sarif_log_exits_1(string content, string expected)
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("permissions.csv"), Spec);
        File.WriteAllText(directory.File("build.sarif"), content);

        var result = await CliRun.InAsync(null, directory.Path, "spec", "add-missing", "--from-sarif", "build.sarif", "--spec", "permissions.csv");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, result.Error);
        Assert.Equal(Spec, File.ReadAllText(directory.File("permissions.csv")));
    }
}
