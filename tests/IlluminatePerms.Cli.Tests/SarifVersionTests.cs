using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary>
/// <c>spec add-missing</c> reads the SARIF 1.0 log MSBuild writes when ",version=2.1" is left off, and
/// refuses SARIF that is no build's log (the check's own report) with how to rebuild.
/// </summary>
public sealed class SarifVersionTests
{
    private const string Spec = "# Product Name: Test\nGroup,Table/Program Area,Permission Needed,Reason\nStudent Data,Student Data,Read,Rosters\n";

    // As the C# compiler writes SARIF 1.0: "message" is the text, a suppression is "suppressionStates".
    private const string Version1 = """
        {"$schema":"http://json.schemastore.org/sarif-1.0.0","version":"1.0.0","runs":[{"tool":{"name":"Microsoft (R) Visual C# Compiler","version":"5.9.0.0"},"results":[
          {"ruleId":"IP0001","level":"error","message":"'Sync.LoadStaff' needs 'Staff Data: Read', which permissions.csv does not grant","locations":[]},
          {"ruleId":"IP0001","level":"error","message":"'Sync.LoadContacts' needs 'Contacts: Read', which permissions.csv does not grant","suppressionStates":["suppressedInSource"]},
          {"ruleId":"CS0168","level":"warning","message":"The variable 'unused' is declared but never used"}
        ],"rules":{}}]}
        """;

    [Fact]
    public async Task A_sarif_1_0_build_log_adds_its_unsuppressed_IP0001_grants()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("permissions.csv"), Spec);
        File.WriteAllText(directory.File("build.sarif"), Version1);

        var result = await CliRun.InAsync(null, directory.Path, "spec", "add-missing", "--from-sarif", "build.sarif");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("+ Staff Data: Read (needed by Sync.LoadStaff)", result.Out);
        Assert.DoesNotContain("Contacts", result.Out);
        Assert.Contains("1 grant(s) added", result.Out);
    }

    [Fact]
    public async Task The_checks_own_sarif_report_is_refused_with_how_to_build_a_log()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("permissions.csv"), Spec);
        var report = await CliRun.InAsync(null, directory.Path, "check", "--demo", "full", "--format", "sarif", "--output", "report.sarif");
        Assert.Equal(0, report.ExitCode);

        var result = await CliRun.InAsync(null, directory.Path, "spec", "add-missing", "--from-sarif", "report.sarif");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is the report of 'illuminate-perms check', not a build's error log: build with -p:ErrorLog=$PWD/build.sarif%2Cversion=2.1", result.Error);
        Assert.Equal(Spec, File.ReadAllText(directory.File("permissions.csv")));
    }

    [Fact]
    public async Task A_sarif_version_no_build_writes_is_refused()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("permissions.csv"), Spec);
        File.WriteAllText(directory.File("build.sarif"), """{"version":"2.0.0","runs":[]}""");

        var result = await CliRun.InAsync(null, directory.Path, "spec", "add-missing", "--from-sarif", "build.sarif");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is SARIF version '2.0.0', which no build writes: build with -p:ErrorLog=$PWD/build.sarif%2Cversion=2.1", result.Error);
    }
}
