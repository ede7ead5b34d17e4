using IlluminatePerms.Cli.Commands.Spec;
using Xunit;

namespace IlluminatePerms.Cli.Tests.SpecInfer;

/// <summary>
/// A build's SARIF log read field by field, in both versions a build writes: each result's rule,
/// message, suppression and place, with fields of the wrong kind read as absent, never as a crash.
/// </summary>
public sealed class BuildErrorLogTests
{
    private static BuildErrorLog.Result[] Read(string json)
    {
        using var directory = new TempDirectory();
        return [.. BuildErrorLog.Read(directory.Write("build.sarif", json))];
    }

    private static string Refusal(string json)
    {
        using var directory = new TempDirectory();
        var path = directory.Write("build.sarif", json);
        return Assert.Throws<CliException>(() => BuildErrorLog.Read(path)).Message.Replace(path, "LOG");
    }

    [Fact]
    public void A_version_2_1_result_gives_its_rule_message_suppression_file_and_line()
    {
        var results = Read("""
            {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "csc"}}, "results": [
              {"ruleId": "IP0007", "message": {"text": "'A.B' needs 'Student Data: Read'"}, "suppressions": [{"kind": "inSource"}],
               "locations": [{"physicalLocation": {"artifactLocation": {"uri": "file:///src/A.cs"}, "region": {"startLine": 12}}}]},
              {"ruleId": "CS0168", "message": {"text": "unused"}, "suppressions": [],
               "locations": [{"physicalLocation": {"artifactLocation": {"uri": "B.cs"}}}]}
            ]}]}
            """);

        Assert.Equal(
            new BuildErrorLog.Result[] { new("IP0007", "'A.B' needs 'Student Data: Read'", true, "/src/A.cs", 12), new("CS0168", "unused", false, "B.cs", null) },
            results);
    }

    [Fact]
    public void A_version_1_result_gives_the_same_from_its_own_field_names()
    {
        var results = Read("""
            {"version": "1.0.0", "runs": [{"tool": {"name": "csc"}, "results": [
              {"ruleId": "IP0007", "message": "'A.B' needs 'Student Data: Read'", "suppressionStates": ["suppressedInSource"],
               "locations": [{"resultFile": {"uri": "file:///src/A.cs", "region": {"startLine": 7}}}]},
              {"ruleId": "IP0007", "message": "'A.C' needs 'Student Data: Read'", "suppressionStates": []}
            ]}]}
            """);

        Assert.Equal(
            new BuildErrorLog.Result[] { new("IP0007", "'A.B' needs 'Student Data: Read'", true, "/src/A.cs", 7), new("IP0007", "'A.C' needs 'Student Data: Read'", false) },
            results);
    }

    [Fact]
    public void Fields_of_the_wrong_kind_are_read_as_absent()
    {
        var results = Read("""
            {"version": "2.1.0", "runs": [
              {"tool": "csc", "results": {"not": "an array"}},
              {"tool": {"driver": "csc"}, "results": [
                {"ruleId": 7, "message": "text where 2.1 has an object", "suppressions": {"kind": "inSource"},
                 "locations": {"not": "an array"}},
                {"ruleId": "IP0007", "message": {"text": 7}, "locations": [7]},
                {"ruleId": "IP0007", "message": {"text": "m"}, "locations": []},
                {"ruleId": "IP0007", "message": {"text": "m"},
                 "locations": [{"physicalLocation": {"artifactLocation": {"uri": 7}, "region": {"startLine": "12"}}}]}
              ]}
            ]}
            """);

        Assert.Equal(
            new BuildErrorLog.Result[] { new(string.Empty, string.Empty, false), new("IP0007", string.Empty, false), new("IP0007", "m", false), new("IP0007", "m", false) },
            results);
    }

    [Fact]
    public void The_check_s_own_report_is_refused_whichever_version_names_it()
    {
        Assert.Equal(
            $"LOG is the report of 'illuminate-perms check', not a build's error log: {BuildErrorLog.HowToBuild}, then give that build.sarif.",
            Refusal("""{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "illuminate-perms"}}, "results": []}]}"""));
        Assert.StartsWith("LOG is the report of 'illuminate-perms check'",
            Refusal("""{"version": "1.0.0", "runs": [{"tool": {"name": "illuminate-perms"}}]}"""));
    }

    [Theory]
    [InlineData("""{"runs": []}""", "LOG is SARIF version '(none)', which no build writes")]
    [InlineData("""{"version": 2.1, "runs": []}""", "LOG is SARIF version '(none)', which no build writes")]
    [InlineData("""{"version": "2.0.0", "runs": []}""", "LOG is SARIF version '2.0.0', which no build writes")]
    [InlineData("""{"version": "2.1.0"}""", "LOG is not a SARIF log (no runs)")]
    [InlineData("""{"version": "2.1.0", "runs": {}}""", "LOG is not a SARIF log (no runs)")]
    [InlineData("""["runs"]""", "LOG is not a SARIF log (no runs)")]
    public void A_log_no_build_writes_is_refused_with_why(string json, string message)
    {
        Assert.Equal($"{message}: {BuildErrorLog.HowToBuild}.", Refusal(json));
    }
}
