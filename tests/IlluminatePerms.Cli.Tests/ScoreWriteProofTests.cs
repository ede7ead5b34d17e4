using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Checking;
using IlluminatePerms.Cli.Checking;
using IlluminatePerms.Cli.Commands.Check;
using IlluminatePerms.MockAeries;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary>
/// Gradebook Scores: Update, the one write level a no-op write can prove: automatic in the demo (the
/// mock is ours), only with --prove-score-write against a district.
/// </summary>
public sealed class ScoreWriteProofTests
{
    [Fact]
    public async Task The_read_only_demo_shows_the_score_write_missing_and_exits_2()
    {
        var table = await CliRun.RunAsync("check", "--demo", "read-only");
        var json = await CliRun.RunAsync("check", "--demo", "read-only", "--format", "json");

        Assert.Equal(2, table.ExitCode);
        Assert.Equal(2, json.ExitCode);
        Assert.Equal("missing", ScoresUpdate(json.Out).GetProperty("verdict").GetString());
        Assert.Contains("tick Gradebook Scores → Update", ScoresUpdate(json.Out).GetProperty("fix").GetString());
        Assert.Matches(@"Gradebook Scores\s+│ Update │ MISSING", table.Out);
        // The output says the demo wrote (on the mock, nothing real): beside the table, on stderr for JSON.
        Assert.Contains("Note: the demo checked Gradebook Scores: Update on the bundled mock with a no-op write", table.Out);
        Assert.Contains("Nothing real was written", table.Out);
        Assert.Contains("Note: the demo checked Gradebook Scores: Update on the bundled mock", json.Error);
        Assert.DoesNotContain("Note:", json.Out);
    }

    [Fact]
    public async Task The_full_demo_verifies_the_score_write_and_exits_0()
    {
        var result = await CliRun.RunAsync("check", "--demo", "full", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var update = ScoresUpdate(result.Out);
        Assert.Equal("verified", update.GetProperty("verdict").GetString());
        Assert.Contains("read back unchanged", update.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_demo_spec_without_the_score_write_writes_nothing_and_says_nothing_of_it()
    {
        using var directory = new TempDirectory();
        System.IO.File.WriteAllText(directory.File("small.csv"), "Group,Table/Program Area,Permission Needed,Reason\nStudent Data,Student Data,Read,Rosters\n");

        var result = await CliRun.InAsync(null, directory.Path, "check", "--spec", "small.csv", "--demo", "read-only");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("no-op write", result.All);
    }

    [Fact]
    public async Task Against_a_district_nothing_is_written_without_the_option_and_the_output_says_how_to_prove_it()
    {
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 100 });
        var variables = new Dictionary<string, string> { ["AERIES_CERT"] = aeries.Certificate("full").Value };

        var result = await CliRun.InEmptyFolderAsync(variables, "check", "--base-url", aeries.BaseUrl.AbsoluteUri, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("notVerifiable", ScoresUpdate(result.Out).GetProperty("verdict").GetString());
        Assert.DoesNotContain(aeries.Journal.Entries, e => e.Method != "GET");
        Assert.Contains("--prove-score-write GRADEBOOK/ASSIGNMENT/STUDENT", result.Error);
    }

    [Theory]
    [InlineData("full", "verified", 0)]
    [InlineData("read-only", "missing", 2)]
    public async Task Against_a_district_the_option_proves_the_score_write_on_the_named_score(string profile, string verdict, int exitCode)
    {
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 100 });
        var proof = await DemoScoreProof.FindAsync(aeries, CancellationToken.None);
        var before = aeries.Journal.Entries.Count;
        var variables = new Dictionary<string, string> { ["AERIES_CERT"] = aeries.Certificate(profile).Value };
        var named = $"{proof.GradebookNumber}/{proof.AssignmentNumber}/{proof.StudentID}";

        var result = await CliRun.InEmptyFolderAsync(variables, "check", "--base-url", aeries.BaseUrl.AbsoluteUri, "--prove-score-write", named);

        Assert.Equal(exitCode, result.ExitCode);
        Assert.Matches($@"Gradebook Scores\s+│ Update │ {(verdict == "missing" ? "MISSING" : verdict)}", result.Out);
        Assert.Contains($"Note: Gradebook Scores: Update was checked with a no-op write (rewriting, unchanged, the score of student {proof.StudentID} on assignment {proof.AssignmentNumber} of gradebook {proof.GradebookNumber}", result.Out);
        // The write went to the named score's URL.
        var writes = aeries.Journal.Entries.Skip(before).Where(e => e.Method == "POST").ToList();
        var write = Assert.Single(writes);
        Assert.Equal($"/api/v5/gradebooks/{proof.GradebookNumber}/assignments/{proof.AssignmentNumber}/Scores".ToLowerInvariant(), write.Path.ToLowerInvariant());
        Assert.Equal(verdict == "verified" ? 200 : 401, write.StatusCode);
    }

    [Fact]
    public async Task A_named_score_that_does_not_exist_is_an_error_not_a_verdict_on_the_grant()
    {
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 100 });
        var proof = await DemoScoreProof.FindAsync(aeries, CancellationToken.None);
        var variables = new Dictionary<string, string> { ["AERIES_CERT"] = aeries.Certificate("full").Value };

        var result = await CliRun.InEmptyFolderAsync(variables, "check", "--base-url", aeries.BaseUrl.AbsoluteUri, "--format", "json", "--prove-score-write", $"{proof.GradebookNumber}/{proof.AssignmentNumber}/1");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error", ScoresUpdate(result.Out).GetProperty("verdict").GetString());
        Assert.DoesNotContain(aeries.Journal.Entries, e => e.Method == "POST");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("4366926/1")]
    [InlineData("4366926/1/x")]
    [InlineData("0/1/99400001")]
    [InlineData("-4366926/1/99400001")]
    [InlineData("4366926/1/99400001/2")]
    [InlineData("4366926//99400001")]
    public async Task A_malformed_score_says_what_was_expected_and_exits_1(string text)
    {
        var result = await CliRun.RunAsync("check", "--base-url", "https://district.example/aeries/", "--prove-score-write", text);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"--prove-score-write expects GRADEBOOK/ASSIGNMENT/STUDENT, three positive whole numbers such as 4366926/1/99400001", result.Error);
        Assert.Contains($"got '{text}'", result.Error);
    }

    [Fact]
    public void The_text_form_reads_the_three_numbers_in_order()
    {
        Assert.True(ScoreWriteProofText.TryParse(" 4366926/2/99400001 ", out var proof, out var error));
        Assert.Null(error);
        Assert.Equal(new ScoreWriteProof(4366926, 2, 99400001), proof);

        // Spaces around the slashes are not part of the numbers.
        Assert.True(ScoreWriteProofText.TryParse("4366926 / 2 / 99400001", out var spaced, out _));
        Assert.Equal(new ScoreWriteProof(4366926, 2, 99400001), spaced);
    }

    [Fact]
    public async Task The_option_belongs_to_one_district_not_to_an_inventory()
    {
        using var directory = new TempDirectory();
        System.IO.File.WriteAllText(directory.File("districts.csv"), "name,base_url,certificate\nA,https://a.example/aeries/,env:A_CERT\n");

        var result = await CliRun.InAsync(null, directory.Path, "check", "--inventory", "districts.csv", "--prove-score-write", "1/1/1");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: --prove-score-write names a score of one district: check that district with --base-url, or give the score in its row's prove_score_write column.", result.Error.Trim());
    }

    [Fact]
    public async Task Help_documents_the_option()
    {
        var result = await CliRun.RunAsync("check", "--help");

        Assert.Contains("--prove-score-write <GRADEBOOK/ASSIGNMENT/STUDENT>", result.Out);
        Assert.Contains("written back unchanged and read back", result.Out);
    }

    private static JsonElement ScoresUpdate(string json)
        => JsonDocument.Parse(json).RootElement.GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("area").GetString() == "Gradebook Scores" && r.GetProperty("access").GetString() == "Update");
}
