using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary>
/// What a newcomer sees after a slip on the command line: one "error:" line on standard error in the
/// manual's words (docs/cli.md), pointing to the right --help, and nothing on standard output where reports go.
/// </summary>
public sealed class UsageErrorTests
{
    [Theory]
    [InlineData(new[] { "check", "--format", "nonsense" }, "error: --format 'nonsense' is not one of table, json, markdown, sarif, html. See 'illuminate-perms check --help'.")]
    [InlineData(new[] { "checklist", "--format", "pdf" }, "error: --format 'pdf' is not one of markdown, html. See 'illuminate-perms checklist --help'.")]
    [InlineData(new[] { "check", "--demo", "nobody" }, "error: --demo 'nobody' is not one of partial, full, excess, read-only, empty. See 'illuminate-perms check --help'.")]
    [InlineData(new[] { "check", "--timeout", "0" }, "error: --timeout must be more than 0 and at most 600 seconds. See 'illuminate-perms check --help'.")]
    [InlineData(new[] { "spec", "add-missing" }, "error: Option '--from-sarif' is required. See 'illuminate-perms spec add-missing --help'.")]
    [InlineData(new[] { "chek" }, "error: unknown command 'chek'; did you mean 'check'?")]
    [InlineData(new[] { "check", "--concurrency", "0" }, "error: --concurrency must be between 1 and 64. See 'illuminate-perms check --help'.")]
    [InlineData(new[] { "check", "--concurrency", "65" }, "error: --concurrency must be between 1 and 64. See 'illuminate-perms check --help'.")]
    [InlineData(new[] { "check", "--retries", "11" }, "error: --retries must be between 0 and 10. See 'illuminate-perms check --help'.")]
    [InlineData(new[] { "check", "--timeout", "600.5" }, "error: --timeout must be more than 0 and at most 600 seconds. See 'illuminate-perms check --help'.")]
    [InlineData(new[] { "check", "--districts", "0" }, "error: --districts must be between 1 and 256. See 'illuminate-perms check --help'.")]
    [InlineData(new[] { "check", "--districts", "257" }, "error: --districts must be between 1 and 256. See 'illuminate-perms check --help'.")]
    // Each limit's own bounds are taken: the run then stops at the conflict, after the options were read.
    [InlineData(new[] { "check", "--inventory", "d.csv", "--base-url", "https://x.example/", "--timeout", "600", "--concurrency", "64", "--retries", "10", "--districts", "256" }, "error: --inventory names each district's base URL and certificate source: leave out --base-url and --cert-file.")]
    [InlineData(new[] { "check", "--inventory", "d.csv", "--cert-file", "c.txt", "--concurrency", "1", "--retries", "0", "--districts", "1" }, "error: --inventory names each district's base URL and certificate source: leave out --base-url and --cert-file.")]
    [InlineData(new[] { "check", "--inventory", "d.csv", "--school", "994" }, "error: --school, --student, --staff, --section and --score name records of one district: check that district with --base-url to use them.")]
    [InlineData(new[] { "check", "--previous", "summary.json" }, "error: --previous compares inventory runs: use it with --inventory.")]
    public async Task A_usage_error_is_one_line_on_standard_error_and_nothing_on_standard_output(string[] args, string expected)
    {
        var result = await CliRun.RunAsync(args);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(expected, result.Error.TrimEnd());
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public async Task No_arguments_lists_the_commands()
    {
        var result = await CliRun.RunAsync();

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("checklist", result.Out);
        Assert.Contains("base-url", result.Out);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public async Task Help_shows_the_formats_in_the_readme_words()
    {
        var result = await CliRun.RunAsync("check", "--help");

        Assert.Contains("--format <table|json|markdown|sarif|html>", result.Out);
        Assert.DoesNotContain("Html|Json", result.Out);
    }

    [Fact]
    public async Task A_format_is_taken_in_any_case()
    {
        using var directory = new TempDirectory();

        var result = await CliRun.InAsync(null, directory.Path, "checklist", "--format", "HTML", "--output", "checklist.html");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(directory.File("checklist.html")), System.StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(0, "OLD")]
    [InlineData(1, "NEW")]
    public async Task Diff_names_which_spec_does_not_exist(int missing, string role)
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("present.csv"), "Group,Table/Program Area,Permission Needed,Reason\nStudent Data,Student Data,Read,roster\n");
        string[] specs = missing == 0 ? ["absent.csv", "present.csv"] : ["present.csv", "absent.csv"];

        var result = await CliRun.InAsync(null, directory.Path, "diff", specs[0], specs[1]);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"error: the {role} spec {directory.File("absent.csv")} does not exist", result.Error);
        Assert.DoesNotContain("--spec", result.Error);
    }
}
