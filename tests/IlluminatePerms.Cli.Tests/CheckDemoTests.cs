using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary><c>check</c> against the bundled mock: the newcomer's first run.</summary>
public sealed class CheckDemoTests
{
    [Fact]
    public async Task Default_demo_shows_a_missing_grant_with_its_fix_and_exits_2()
    {
        var result = await CliRun.RunAsync("check");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("MISSING", result.Out);
        Assert.Contains("To fix:", result.Out);
        Assert.Contains("Security → API Security", result.Out);
        Assert.Matches(@"\d+ verified, [1-9]\d* missing", result.Out);
        // Grouped like the screen: a group heading precedes its areas.
        Assert.True(result.Out.IndexOf("Gradebook", System.StringComparison.Ordinal) < result.Out.IndexOf("Gradebook Scores", System.StringComparison.Ordinal));
        // Redirected: progress as plain lines on standard error.
        Assert.Matches(@"\[\d+/\d+\] ", result.Error);
        // Areas outside the spec are probed for excess: refused there is not a missing grant.
        Assert.Contains("Class Calendars: Read: MISSING", result.Error);
        Assert.Contains("Discipline: Read: outside the spec, not granted", result.Error);
        Assert.DoesNotContain("Discipline: Read: MISSING", result.Error);
    }

    [Fact]
    public async Task Progress_calls_an_area_read_outside_the_spec_excess_not_verified()
    {
        var result = await CliRun.RunAsync("check", "--demo", "excess");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"\] Fees and Fines: Read: outside the spec, readable \(excess\)\n", result.Error.Replace("\r", string.Empty, System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("full", 0)]
    [InlineData("excess", 0)]
    [InlineData("partial", 2)]
    // The demo proves the score write on the mock, so a read-only certificate misses Gradebook Scores: Update.
    [InlineData("read-only", 2)]
    [InlineData("empty", 2)]
    public async Task Exit_code_follows_the_demo_certificate(string demo, int expected)
    {
        var result = await CliRun.RunAsync("check", "--demo", demo, "--format", "json");

        Assert.Equal(expected, result.ExitCode);
    }

    [Fact]
    public async Task Strict_makes_not_verifiable_and_excess_grants_fail()
    {
        var result = await CliRun.RunAsync("check", "--demo", "full", "--strict");

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public async Task Json_has_its_documented_shape_and_counts_that_match_its_results()
    {
        var result = await CliRun.RunAsync("check", "--format", "json");
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;

        Assert.Equal("illuminate-perms/check-report/1", root.GetProperty("shape").GetString());
        Assert.Equal("completed", root.GetProperty("outcome").GetString());
        Assert.Equal("partial", root.GetProperty("demo").GetString());
        foreach (var name in new[] { "baseUrl", "certificate", "spec", "summary", "aeriesVersion", "startedAt", "durationMs", "requests", "excessCount" })
        {
            Assert.True(root.TryGetProperty(name, out _), $"no '{name}'");
        }

        var results = root.GetProperty("results").EnumerateArray().ToList();
        var counts = root.GetProperty("counts");
        foreach (var verdict in new[] { "verified", "missing", "notVerifiable", "blocked", "error", "inferred" })
        {
            Assert.Equal(results.Count(r => r.GetProperty("verdict").GetString() == verdict), counts.GetProperty(verdict).GetInt32());
        }

        var missing = results.Where(r => r.GetProperty("verdict").GetString() == "missing").ToList();
        Assert.NotEmpty(missing);
        Assert.All(missing, r => Assert.Contains("tick", r.GetProperty("fix").GetString()));
        Assert.All(results, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("group").GetString())));
    }

    [Fact]
    public async Task Markdown_lists_each_missing_grant_as_a_step()
    {
        var result = await CliRun.RunAsync("check", "--format", "markdown");

        Assert.StartsWith("# Aeries API permissions check", result.Out);
        Assert.Contains("| Area | Access | Status | Why |", result.Out);
        Assert.Matches(@"## To fix\s+- \[ \] [^\n]+: In Aeries", result.Out);
    }

    [Fact]
    public async Task Output_file_is_written_whole_and_no_temp_file_is_left()
    {
        using var directory = new TempDirectory();
        var result = await CliRun.InAsync(null, directory.Path, "check", "--format", "html", "--output", "report.html");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(new[] { "report.html" }, Directory.GetFiles(directory.Path).Select(Path.GetFileName));
        var html = File.ReadAllText(directory.File("report.html"));
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.EndsWith("</html>\n", html);
        Assert.Contains("Report written to", result.Out);
    }

    [Fact]
    public async Task Another_spec_is_checked_when_named()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("small.csv"), "Group,Table/Program Area,Permission Needed,Reason\nStudent Data,Student Data,Read,Rosters\n");

        var result = await CliRun.InAsync(null, directory.Path, "check", "--spec", "small.csv", "--demo", "read-only", "--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        var results = json.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal("Student Data", Assert.Single(results).GetProperty("area").GetString());
        Assert.Equal(0, result.ExitCode);
    }
}
