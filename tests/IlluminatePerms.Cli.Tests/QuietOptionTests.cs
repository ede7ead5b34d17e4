using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary>--quiet: the report and errors only, no progress on standard error; the mock prints the address it bound first.</summary>
public sealed class QuietOptionTests
{
    [Fact]
    public async Task Check_without_quiet_shows_progress_and_with_quiet_only_the_report()
    {
        var loud = await CliRun.RunAsync("check", "--demo", "full");
        var quiet = await CliRun.RunAsync("check", "--demo", "full", "--quiet");

        Assert.Contains("[1/", loud.Error);
        Assert.Equal(string.Empty, quiet.Error);
        Assert.Equal(loud.ExitCode, quiet.ExitCode);
        // The same report, but for the port each run's mock got.
        Assert.Equal(WithoutPort(loud.Out), WithoutPort(quiet.Out));
    }

    private static string WithoutPort(string text) => Regex.Replace(text, @"127\.0\.0\.1:\d+", "127.0.0.1:PORT");

    [Fact]
    public async Task Quiet_still_prints_errors()
    {
        var result = await CliRun.RunAsync("-q", "check", "--base-url", $"http://127.0.0.1:{CliRun.ClosedPort()}", "--retries", "0");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("[1/", result.Error);
    }

    [Fact]
    public async Task An_inventory_without_quiet_shows_each_district_as_it_ends_and_with_quiet_only_the_table()
    {
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 50 });
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("districts.csv"), $"name,base_url,certificate\nNorth USD,{aeries.BaseUrl},env:NORTH_CERT\n");
        var variables = new Dictionary<string, string> { ["NORTH_CERT"] = aeries.Certificate("full").Value };

        var loud = await CliRun.InAsync(variables, directory.Path, "check", "--inventory", "districts.csv", "--output", "loud");
        var quiet = await CliRun.InAsync(variables, directory.Path, "check", "--inventory", "districts.csv", "--output", "quiet", "--quiet");

        Assert.Contains("[1/1] North USD", loud.Error);
        Assert.Equal(string.Empty, quiet.Error);
        Assert.Equal(0, quiet.ExitCode);
        Assert.Contains("1 district(s): 0 not checked, 0 missing a grant.", quiet.Out);
    }

    [Fact]
    public async Task Quiet_mock_prints_the_address_it_bound_first_and_no_progress()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { ToolProcess.Dll, "mock", "--port", "0", "--scale", "20", "--quiet" })
        {
            start.ArgumentList.Add(argument);
        }

        using var mock = Process.Start(start)!;
        var error = mock.StandardError.ReadToEndAsync();
        try
        {
            var read = mock.StandardOutput.ReadLineAsync();
            // A hang guard only: a slow shared machine may take a while to build the district.
            Assert.True(await Task.WhenAny(read, Task.Delay(TimeSpan.FromMinutes(2))) == read, "the mock printed nothing in two minutes");
            var first = Regex.Match(await read ?? string.Empty, @"^Mock Aeries base URL: (http://127\.0\.0\.1:(\d+)/) ");
            Assert.True(first.Success, $"first line: {await read}");
            Assert.NotEqual("0", first.Groups[2].Value);

            // The address printed is the one bound: it answers.
            using var client = new HttpClient { Timeout = TimeSpan.FromMinutes(1) };
            using var answer = await client.GetAsync(new Uri(new Uri(first.Groups[1].Value), "api/v5/schools"));
            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, answer.StatusCode);
        }
        finally
        {
            mock.Kill(entireProcessTree: true);
            await mock.WaitForExitAsync();
        }

        Assert.Equal(string.Empty, await error);
    }
}
