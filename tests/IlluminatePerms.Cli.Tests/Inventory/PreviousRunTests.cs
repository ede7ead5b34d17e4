using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Inventory;

/// <summary>
/// <c>check --inventory … --previous summary.json</c>: every kind of change since the last run, the
/// news first, and the previous summary refused whole when it is missing or not one.
/// </summary>
public sealed class PreviousRunTests
{
    [Fact]
    public async Task Every_kind_of_change_is_listed_once_in_the_order_of_its_news()
    {
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 100 });
        using var directory = new TempDirectory();
        var closed = $"http://127.0.0.1:{CliRun.ClosedPort()}/aeries/";
        var variables = new Dictionary<string, string> { ["FULL"] = aeries.Certificate("full").Value, ["PARTIAL"] = aeries.Certificate("partial").Value };
        File.WriteAllText(directory.File("monday.csv"), $"""
            name,base_url,certificate
            North,{aeries.BaseUrl},env:FULL
            South,{aeries.BaseUrl},env:PARTIAL
            Closed,{closed},env:FULL
            Broken,{aeries.BaseUrl},env:FULL
            Gone,{aeries.BaseUrl},env:FULL
            """);
        File.WriteAllText(directory.File("tuesday.csv"), $"""
            name,base_url,certificate
            north,{aeries.BaseUrl},env:PARTIAL
            South,{aeries.BaseUrl},env:FULL
            Closed,{aeries.BaseUrl},env:FULL
            Broken,{closed},env:FULL
            New,{aeries.BaseUrl},env:FULL
            """);

        var monday = await CliRun.InAsync(variables, directory.Path, "check", "--inventory", "monday.csv", "--output", "monday", "--retries", "0");
        var tuesday = await CliRun.InAsync(variables, directory.Path, "check", "--inventory", "tuesday.csv", "--output", "tuesday", "--retries", "0", "--previous", "monday/summary.json");

        Assert.Equal(2, monday.ExitCode);
        Assert.Equal(2, tuesday.ExitCode);
        var partialMissing = Summary(directory.File("monday/summary.json"))["South"].GetProperty("missing").EnumerateArray().Select(g => g.GetString()!).ToList();
        Assert.NotEmpty(partialMissing);
        var brokenProblem = Summary(directory.File("tuesday/summary.json"))["Broken"].GetProperty("problem").GetString();
        Assert.Equal(
            new[] { "Since the previous run:" }
                .Concat(partialMissing.Select(grant => $"  north LOST {grant}"))
                .Append("  Closed can be checked again")
                .Append($"  Broken could not be checked: {brokenProblem}")
                .Concat(partialMissing.Select(grant => $"  South now has {grant}"))
                .Append("  new district: New: all there")
                .Append("  no longer in the inventory: Gone"),
            ChangeLines(tuesday.Out));
    }

    [Fact]
    public async Task A_run_like_the_previous_one_says_there_is_no_change()
    {
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 100 });
        using var directory = new TempDirectory();
        var variables = new Dictionary<string, string> { ["PARTIAL"] = aeries.Certificate("partial").Value };
        File.WriteAllText(directory.File("districts.csv"), $"name,base_url,certificate\nSouth,{aeries.BaseUrl},env:PARTIAL\n");

        await CliRun.InAsync(variables, directory.Path, "check", "--inventory", "districts.csv", "--output", "first");
        var second = await CliRun.InAsync(variables, directory.Path, "check", "--inventory", "districts.csv", "--output", "second", "--previous", "first/summary.json");

        Assert.Equal(new[] { "No change since the previous run." }, ChangeLines(second.Out));
    }

    [Fact]
    public async Task A_previous_summary_that_is_missing_is_refused_before_any_district_is_called()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("districts.csv"), $"name,base_url,certificate\nNorth,http://127.0.0.1:{CliRun.ClosedPort()}/aeries/,env:X\n");

        var result = await CliRun.InAsync(null, directory.Path, "check", "--inventory", "districts.csv", "--previous", "monday/summary.json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: the previous run's summary {directory.File("monday/summary.json")} does not exist. An inventory run writes summary.json in its --output directory.", result.Problems);
        Assert.Equal(string.Empty, result.Out);
    }

    [Theory]
    [InlineData("{\"districts\": 3}")]
    [InlineData("[{\"name\": []}]")]
    [InlineData("not json")]
    public async Task A_previous_summary_that_is_not_one_is_refused_with_its_path(string content)
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("districts.csv"), $"name,base_url,certificate\nNorth,http://127.0.0.1:{CliRun.ClosedPort()}/aeries/,env:X\n");
        File.WriteAllText(directory.File("summary.json"), content);

        var result = await CliRun.InAsync(null, directory.Path, "check", "--inventory", "districts.csv", "--previous", "summary.json");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"error: {directory.File("summary.json")} is not the summary.json of an inventory run: ", result.Problems, StringComparison.Ordinal);
    }

    /// <summary>The districts of a summary.json by name.</summary>
    private static Dictionary<string, JsonElement> Summary(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("districts").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!, d => d.Clone());
    }

    /// <summary>The lines between the summary table and the closing count line.</summary>
    private static IEnumerable<string> ChangeLines(string output)
    {
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        var start = Array.FindIndex(lines, line => line is "Since the previous run:" or "No change since the previous run.");
        Assert.True(start >= 0, output);
        return lines.Skip(start).TakeWhile(line => !line.Contains(" district(s): ", StringComparison.Ordinal));
    }
}
