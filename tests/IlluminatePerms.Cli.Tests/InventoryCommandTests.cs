using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary>
/// <c>inventory FILE</c>, the fleet check, and its older spelling <c>check --inventory FILE</c>: the
/// same inventory gives the same summary, files and exit code either way; the new command takes only
/// the options that make sense for many districts.
/// </summary>
public sealed class InventoryCommandTests
{
    [Fact]
    public async Task The_inventory_command_and_check_inventory_give_the_same_summary_files_and_exit_code()
    {
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 100 });
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("districts.csv"), $"""
            name,base_url,certificate
            North USD,{aeries.BaseUrl},env:FULL_CERT
            South USD,{aeries.BaseUrl},env:PARTIAL_CERT
            Closed USD,http://127.0.0.1:{CliRun.ClosedPort()}/aeries/,env:FULL_CERT
            Unset USD,{aeries.BaseUrl},env:NOT_SET
            """);
        var variables = new Dictionary<string, string> { ["FULL_CERT"] = aeries.Certificate("full").Value, ["PARTIAL_CERT"] = aeries.Certificate("partial").Value };

        // Neither names --format: the inventory's default (JSON) and check's (a table, which an inventory writes as JSON) must meet.
        var fleet = await CliRun.InAsync(variables, directory.Path, "inventory", "districts.csv", "--output", "fleet", "--retries", "0", "--districts", "2");
        var old = await CliRun.InAsync(variables, directory.Path, "check", "--inventory", "districts.csv", "--output", "old", "--retries", "0", "--districts", "2");

        Assert.Equal(2, fleet.ExitCode);
        Assert.Equal(fleet.ExitCode, old.ExitCode);
        Assert.Contains("4 district(s): 2 not checked, 1 missing a grant.", fleet.Out);
        Assert.Equal(fleet.Out.Replace(directory.File("fleet"), "DIR", StringComparison.Ordinal), old.Out.Replace(directory.File("old"), "DIR", StringComparison.Ordinal));
        Assert.Equal(FirstLine(fleet.Error), FirstLine(old.Error));
        Assert.Equal(["Closed_USD.json", "North_USD.json", "South_USD.json", "summary.json"], FileNames(directory.File("fleet")));
        Assert.Equal(FileNames(directory.File("fleet")), FileNames(directory.File("old")));
        Assert.Equal(File.ReadAllText(Path.Combine(directory.File("fleet"), "summary.json")), File.ReadAllText(Path.Combine(directory.File("old"), "summary.json")));
    }

    [Fact]
    public async Task Previous_and_format_mean_the_same_to_the_inventory_command_as_to_check_inventory()
    {
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 100 });
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("districts.csv"), $"""
            name,base_url,certificate
            North USD,{aeries.BaseUrl},env:CERT
            """);
        var monday = await CliRun.InAsync(new Dictionary<string, string> { ["CERT"] = aeries.Certificate("full").Value }, directory.Path, "inventory", "districts.csv", "--output", "monday");
        Assert.Equal(0, monday.ExitCode);
        var tuesday = new Dictionary<string, string> { ["CERT"] = aeries.Certificate("partial").Value };

        var fleet = await CliRun.InAsync(tuesday, directory.Path, "inventory", "districts.csv", "--output", "fleet", "--format", "markdown", "--previous", "monday/summary.json");
        var old = await CliRun.InAsync(tuesday, directory.Path, "check", "--inventory", "districts.csv", "--output", "old", "--format", "markdown", "--previous", "monday/summary.json");

        Assert.Equal(2, fleet.ExitCode);
        Assert.Equal(fleet.ExitCode, old.ExitCode);
        Assert.Matches(@"North USD LOST \S", fleet.Out);
        Assert.Equal(fleet.Out.Replace(directory.File("fleet"), "DIR", StringComparison.Ordinal), old.Out.Replace(directory.File("old"), "DIR", StringComparison.Ordinal));
        Assert.Equal(["North_USD.md", "summary.json"], FileNames(directory.File("fleet")));
        Assert.Equal(FileNames(directory.File("fleet")), FileNames(directory.File("old")));
    }

    [Theory]
    [InlineData("--base-url", "https://aeries.example.org/")]
    [InlineData("--prove-score-write", "1/2/3")]
    [InlineData("--school", "994")]
    [InlineData("--strict", null)]
    public async Task An_option_of_one_district_is_a_usage_error_of_the_inventory_command(string option, string? value)
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("districts.csv"), "name,base_url,certificate\n");
        string[] args = value is null ? ["inventory", "districts.csv", option] : ["inventory", "districts.csv", option, value];

        var result = await CliRun.InAsync(null, directory.Path, args);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Contains(option, result.Error, StringComparison.Ordinal);
        Assert.EndsWith("See 'illuminate-perms inventory --help'.", result.Error.TrimEnd());
        Assert.False(Directory.Exists(directory.File("illuminate-perms-reports")));
    }

    [Theory]
    [InlineData("--timeout", "0", "--timeout must be more than 0 and at most 600 seconds.")]
    [InlineData("--concurrency", "65", "--concurrency must be between 1 and 64.")]
    [InlineData("--retries", "11", "--retries must be between 0 and 10.")]
    [InlineData("--districts", "0", "--districts must be between 1 and 256.")]
    public async Task A_limit_out_of_bounds_is_the_same_usage_error_for_both_forms(string option, string value, string message)
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("districts.csv"), "name,base_url,certificate\n");

        var fleet = await CliRun.InAsync(null, directory.Path, "inventory", "districts.csv", option, value);
        var old = await CliRun.InAsync(null, directory.Path, "check", "--inventory", "districts.csv", option, value);

        Assert.Equal((1, 1), (fleet.ExitCode, old.ExitCode));
        Assert.Equal($"error: {message} See 'illuminate-perms inventory --help'.", fleet.Error.TrimEnd());
        Assert.Equal($"error: {message} See 'illuminate-perms check --help'.", old.Error.TrimEnd());
    }

    [Fact]
    public async Task The_inventory_command_refuses_standard_output_for_its_directory_of_reports()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("districts.csv"), "name,base_url,certificate\n");

        var result = await CliRun.InAsync(null, directory.Path, "inventory", "districts.csv", "--output", "-");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: --output - is standard output, but an inventory writes a directory", result.Error);
    }

    private static string FirstLine(string text) => text.Split('\n')[0];

    private static string[] FileNames(string folder)
        => Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;
}
