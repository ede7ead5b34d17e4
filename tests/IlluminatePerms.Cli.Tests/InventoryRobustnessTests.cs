using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries;
using IlluminatePerms.Tests.Shared.Hostile;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary>
/// One district never sinks an inventory run: whatever fails for it is its own error, every other
/// report and the summary are still written, report file names never collide or overflow, and
/// Ctrl+C keeps what finished and writes a summary marked cancelled.
/// </summary>
public sealed class InventoryRobustnessTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Every_district_name_gets_its_own_safe_report_file_named_in_the_summary()
    {
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 100 });
        using var directory = new TempDirectory();
        var names = new[] { "North USD", "a/b", "a_b", "summary", "a b", new string('校', 75), new string('x', 215), "../escape", "." };
        File.WriteAllText(directory.File("districts.json"), JsonSerializer.Serialize(names.Select(name => new { name, baseUrl = aeries.BaseUrl.AbsoluteUri, certificate = "env:CERT" })));
        var variables = new Dictionary<string, string> { ["CERT"] = aeries.Certificate("full").Value };

        var result = await CliRun.InAsync(variables, directory.Path, "check", "--inventory", "districts.json", "--output", "reports");

        Assert.True(result.ExitCode == 0, result.All);
        var files = Directory.GetFiles(directory.File("reports")).Select(Path.GetFileName).ToList();
        Assert.Equal(names.Length + 1, files.Count);
        Assert.Empty(Directory.GetDirectories(directory.File("reports")));
        Assert.Equal(new[] { "districts.json", "reports" }, Directory.GetFileSystemEntries(directory.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("North_USD.json", files);
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory.File("reports"), "summary.json")));
        Assert.Equal("illuminate-perms/inventory-summary/1", summary.RootElement.GetProperty("shape").GetString());
        Assert.False(summary.RootElement.GetProperty("cancelled").GetBoolean());
        var reports = summary.RootElement.GetProperty("districts").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!, d => d.GetProperty("report").GetString()!);
        Assert.Equal(names.Order(StringComparer.Ordinal), reports.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(names.Length, reports.Values.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(reports.Values, file =>
        {
            Assert.Contains(file, files);
            Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(file), 1, 128);
            Assert.NotEqual("summary.json", file, StringComparer.OrdinalIgnoreCase);
        });
        // The report of each district is its own: its file holds its check.
        Assert.All(reports.Values, file => Assert.Contains("\"outcome\": \"completed\"", File.ReadAllText(Path.Combine(directory.File("reports"), file))));
    }

    [Fact]
    public async Task A_district_whose_report_cannot_be_written_or_whose_server_redirects_to_a_file_is_its_own_error()
    {
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 100 });
        await using var redirecting = HostileServer.Start(HostileAnswers.Redirect(302, "file:///etc/passwd"));
        using var directory = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(directory.File("reports"), "Blocked_USD.json"));
        File.WriteAllText(directory.File("districts.csv"), $"""
            name,base_url,certificate
            Blocked USD,{aeries.BaseUrl},env:CERT
            Redirecting USD,{redirecting.BaseUrl}aeries/,env:CERT
            Good USD,{aeries.BaseUrl},env:CERT
            """);
        var variables = new Dictionary<string, string> { ["CERT"] = aeries.Certificate("full").Value };

        var result = await CliRun.InAsync(variables, directory.Path, "check", "--inventory", "districts.csv", "--output", "reports", "--retries", "0").WaitAsync(HangGuard);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"Blocked USD: could not check: cannot write {Path.Combine(directory.File("reports"), "Blocked_USD.json")}: it is a directory", result.Error);
        Assert.Contains("Redirecting USD: could not check: ", result.Error);
        Assert.Contains("Good USD: all there", result.Error);
        Assert.Contains("3 district(s): 2 not checked, 0 missing a grant.", result.Out);
        Assert.True(File.Exists(Path.Combine(directory.File("reports"), "Good_USD.json")));
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory.File("reports"), "summary.json")));
        Assert.Equal(3, summary.RootElement.GetProperty("districts").GetArrayLength());
        // How the redirect itself is worded is the HTTP layer's (issue 16, "No redirects"); here it only has to stay that district's.
    }

    [Fact]
    public async Task The_summary_of_a_run_before_summaries_had_a_shape_is_still_read_by_previous()
    {
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 100 });
        using var directory = new TempDirectory();
        // As runs wrote it before: a bare array of districts.
        File.WriteAllText(directory.File("old-summary.json"), """[{"name":"North USD","checked":true,"problem":null,"counts":{},"excess":0,"missing":["Gradebook Scores: Read"],"verified":[]}]""");
        File.WriteAllText(directory.File("districts.csv"), $"name,base_url,certificate\nNorth USD,{aeries.BaseUrl},env:CERT\n");
        var variables = new Dictionary<string, string> { ["CERT"] = aeries.Certificate("full").Value };

        var result = await CliRun.InAsync(variables, directory.Path, "check", "--inventory", "districts.csv", "--output", "reports", "--previous", "old-summary.json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("North USD now has Gradebook Scores: Read", result.Out);
    }

    [Fact]
    public async Task Ctrl_c_keeps_finished_reports_and_writes_a_summary_marked_cancelled_with_exit_130()
    {
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 100 });
        await using var silent = HostileServer.Start(HostileAnswers.Silence());
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("districts.csv"), $"""
            name,base_url,certificate
            Fast USD,{aeries.BaseUrl},env:CERT
            Silent USD,{silent.BaseUrl}aeries/,env:CERT
            Later USD,{aeries.BaseUrl},env:CERT
            """);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false, WorkingDirectory = directory.Path };
        foreach (var argument in new[] { ToolProcess.Dll, "check", "--inventory", "districts.csv", "--output", "reports", "--districts", "1", "--timeout", "600" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["CERT"] = aeries.Certificate("full").Value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = new System.Text.StringBuilder();
        var firstDone = new TaskCompletionSource();
        process.ErrorDataReceived += (_, line) =>
        {
            lock (error)
            {
                error.AppendLine(line.Data);
            }

            if (line.Data?.StartsWith("[1/3] Fast USD", StringComparison.Ordinal) == true)
            {
                firstDone.TrySetResult();
            }
        };
        process.BeginErrorReadLine();
        try
        {
            await firstDone.Task.WaitAsync(HangGuard);
            // The second district now waits on a server that never answers: Ctrl+C is what ends it.
            using (var interrupt = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await interrupt.WaitForExitAsync();
            }

            await process.WaitForExitAsync().WaitAsync(HangGuard);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        Assert.Equal(130, process.ExitCode);
        Assert.Contains("Cancelled (Ctrl+C): stopping", error.ToString());
        Assert.Contains("Cancelled (Ctrl+C): 1 of 3 district(s) finished; summary.json is marked cancelled.", await output);
        var reports = directory.File("reports");
        Assert.Equal(new[] { "Fast_USD.json", "summary.json" }, Directory.GetFiles(reports).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(reports, "summary.json")));
        Assert.True(summary.RootElement.GetProperty("cancelled").GetBoolean());
        var problems = summary.RootElement.GetProperty("districts").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!, d => d.TryGetProperty("problem", out var p) ? p.GetString() : null);
        Assert.Null(problems["Fast USD"]);
        Assert.Equal("cancelled (Ctrl+C) before its check finished.", problems["Silent USD"]);
        Assert.Equal("cancelled (Ctrl+C) before its check finished.", problems["Later USD"]);
    }
}
