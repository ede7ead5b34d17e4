using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Cli.Commands.Check;
using IlluminatePerms.MockAeries;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary>An inventory's optional <c>prove_score_write</c> column: Gradebook Scores: Update proven per district, as <c>--prove-score-write</c> does for one.</summary>
public sealed class InventoryScoreWriteTests
{
    [Fact]
    public async Task A_row_with_a_score_proves_the_write_and_a_row_without_one_says_what_would_prove_it()
    {
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 100 });
        var proof = await DemoScoreProof.FindAsync(aeries, CancellationToken.None);
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("districts.csv"), $"""
            name,base_url,certificate,prove_score_write
            Proven USD,{aeries.BaseUrl},env:CERT,{proof.GradebookNumber}/{proof.AssignmentNumber}/{proof.StudentID}
            Unproven USD,{aeries.BaseUrl},env:CERT,
            """);
        var before = aeries.Journal.Entries.Count;

        var result = await CliRun.InAsync(Certificate(aeries, "full"), directory.Path, "check", "--inventory", "districts.csv", "--output", "reports", "--retries", "0");

        Assert.Equal(0, result.ExitCode);
        var proven = ScoresUpdate(directory, "Proven_USD.json");
        Assert.Equal("verified", proven.GetProperty("verdict").GetString());
        Assert.Contains("read back unchanged", proven.GetProperty("reason").GetString());
        var unproven = ScoresUpdate(directory, "Unproven_USD.json");
        Assert.Equal("notVerifiable", unproven.GetProperty("verdict").GetString());
        Assert.Equal(
            "Gradebook Scores: Update stays not verifiable unless you allow a no-op write: a prove_score_write cell (GRADEBOOK/ASSIGNMENT/STUDENT) in this district's inventory row writes that score back unchanged and reads it back.",
            unproven.GetProperty("reason").GetString());
        // One write, to the named score, and only for the district that named it.
        var write = Assert.Single(aeries.Journal.Entries.Skip(before), e => e.Method != "GET");
        Assert.Equal($"/api/v5/gradebooks/{proof.GradebookNumber}/assignments/{proof.AssignmentNumber}/Scores".ToLowerInvariant(), write.Path.ToLowerInvariant());
    }

    [Fact]
    public async Task A_json_inventory_names_the_score_as_proveScoreWrite_and_a_refused_write_is_missing()
    {
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 100 });
        var proof = await DemoScoreProof.FindAsync(aeries, CancellationToken.None);
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("districts.json"), $$"""
            [{"name": "Read Only USD", "baseUrl": "{{aeries.BaseUrl}}", "certificate": "env:CERT", "proveScoreWrite": "{{proof.GradebookNumber}}/{{proof.AssignmentNumber}}/{{proof.StudentID}}"}]
            """);

        var result = await CliRun.InAsync(Certificate(aeries, "read-only"), directory.Path, "check", "--inventory", "districts.json", "--output", "reports", "--retries", "0");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("missing", ScoresUpdate(directory, "Read_Only_USD.json").GetProperty("verdict").GetString());
        Assert.Contains("Gradebook Scores: Update", File.ReadAllText(Path.Combine(directory.File("reports"), "summary.json")));
    }

    [Theory]
    [InlineData("5551212/7")]
    [InlineData("0/7/5551212")]
    [InlineData("0123456789abcdef0123456789abcdef")]
    public async Task A_malformed_score_names_its_row_by_place_never_its_cell_and_checks_nothing(string cell)
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("districts.csv"), $"""
            name,base_url,certificate,prove_score_write
            Good USD,http://127.0.0.1:{CliRun.ClosedPort()}/aeries/,env:CERT,1/2/3
            Bad USD,http://127.0.0.1:{CliRun.ClosedPort()}/aeries/,env:CERT,{cell}
            """);

        var result = await CliRun.InAsync(null, directory.Path, "check", "--inventory", "districts.csv", "--output", "reports");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("line 3: the prove_score_write column (proveScoreWrite in JSON) is not GRADEBOOK/ASSIGNMENT/STUDENT, three positive whole numbers", result.Error);
        Assert.DoesNotContain("line 2", result.Error);
        Assert.DoesNotContain(cell, result.All);
        Assert.False(Directory.Exists(directory.File("reports")), "an inventory with an unusable row checks no district");
    }

    [Fact]
    public async Task A_malformed_json_score_names_its_entry()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("districts.json"), """
            [{"name": "A", "baseUrl": "https://a.example/aeries/", "certificate": "env:A", "proveScoreWrite": "1/x/3"}]
            """);

        var result = await CliRun.InAsync(null, directory.Path, "check", "--inventory", "districts.json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("entry 1: the prove_score_write column (proveScoreWrite in JSON) is not", result.Error);
        Assert.DoesNotContain("1/x/3", result.All);
    }

    private static Dictionary<string, string> Certificate(MockAeriesServer aeries, string profile)
        => new() { ["CERT"] = aeries.Certificate(profile).Value };

    private static JsonElement ScoresUpdate(TempDirectory directory, string report)
        => JsonDocument.Parse(File.ReadAllText(Path.Combine(directory.File("reports"), report))).RootElement.GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("area").GetString() == "Gradebook Scores" && r.GetProperty("access").GetString() == "Update");
}
