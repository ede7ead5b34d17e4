using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries;
using IlluminatePerms.MockAeries.Faults;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary>
/// Ctrl+C during a single-district <c>check</c> (a real SIGINT to the tool's process, against a mock
/// whose probes are slow): the results finished so far are shown, the unfinished ones are "not
/// checked" (never "error"), the summary counts them apart, and the exit code is 130.
/// </summary>
public sealed class InterruptedCheckTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Ctrl_c_shows_the_finished_results_and_marks_the_rest_not_checked_in_the_table()
    {
        var (exitCode, output, error) = await InterruptAfterThreeResultsAsync("table");

        Assert.Equal(130, exitCode);
        Assert.Contains("Cancelled (Ctrl+C): the results finished before it are shown", error, StringComparison.Ordinal);
        Assert.DoesNotContain("error:", error, StringComparison.Ordinal);
        // The table is there, with unfinished rows marked not checked and none in error.
        Assert.Contains("│ not checked", output, StringComparison.Ordinal);
        Assert.DoesNotContain("│ error", output, StringComparison.Ordinal);
        var (finished, total, other) = SummaryCounts(output);
        Assert.InRange(finished, 3, total - 1);
        Assert.Equal(total, finished + other);
    }

    [Fact]
    public async Task Ctrl_c_counts_not_checked_apart_in_the_json_report()
    {
        var (exitCode, output, _) = await InterruptAfterThreeResultsAsync("json");

        Assert.Equal(130, exitCode);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("cancelled", root.GetProperty("outcome").GetString());
        var counts = root.GetProperty("counts");
        Assert.Equal(0, counts.GetProperty("error").GetInt32());
        var verdicts = root.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("verdict").GetString()).ToList();
        Assert.Equal(verdicts.Count(v => v == "notChecked"), counts.GetProperty("notChecked").GetInt32());
        Assert.Contains("notChecked", verdicts);
        Assert.Contains(verdicts, v => v != "notChecked");
        var (finished, total, other) = SummaryCounts(root.GetProperty("summary").GetString()!);
        Assert.InRange(other, counts.GetProperty("notChecked").GetInt32(), total);
        Assert.Equal(total, finished + other);
    }

    /// <summary>"Cancelled after 3 of 52 results; the other 49 are marked not checked."</summary>
    private static (int Finished, int Total, int Other) SummaryCounts(string text)
    {
        var match = Regex.Match(text, @"Cancelled after (\d+) of (\d+) results; the other (\d+) are marked not checked\.");
        Assert.True(match.Success, text);
        return (Number(match.Groups[1]), Number(match.Groups[2]), Number(match.Groups[3]));

        static int Number(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);
    }

    /// <summary>Runs <c>check --format <paramref name="format"/></c> as a process, one probe at a time, and sends SIGINT once three results are in.</summary>
    private static async Task<(int ExitCode, string Output, string Error)> InterruptAfterThreeResultsAsync(string format)
    {
        // Only the probes are slow (schools/994/...; not systeminfo or schools), so the stop falls among them.
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 100, Faults = new[] { new FaultRule { PathPrefix = "schools/", Latency = TimeSpan.FromMilliseconds(500) } } });
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var argument in new[] { ToolProcess.Dll, "check", "--base-url", aeries.BaseUrl.AbsoluteUri, "--format", format, "--concurrency", "1", "--timeout", "600" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["AERIES_CERT"] = aeries.Certificate("full").Value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = new StringBuilder();
        var threeDone = new TaskCompletionSource();
        process.ErrorDataReceived += (_, line) =>
        {
            lock (error)
            {
                error.AppendLine(line.Data);
            }

            if (line.Data?.StartsWith("[3/", StringComparison.Ordinal) == true)
            {
                threeDone.TrySetResult();
            }
        };
        process.BeginErrorReadLine();
        try
        {
            await threeDone.Task.WaitAsync(HangGuard);
            using (var interrupt = Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)]))
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

        string errorText;
        lock (error)
        {
            errorText = error.ToString();
        }

        return (process.ExitCode, await output, errorText);
    }
}
