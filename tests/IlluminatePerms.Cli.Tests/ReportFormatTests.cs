using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace IlluminatePerms.Cli.Tests;

/// <summary>SARIF against the SARIF 2.1.0 schema; the HTML report in a real headless browser.</summary>
public sealed class ReportFormatTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("partial")]
    [InlineData("full")]
    [InlineData("excess")]
    public async Task Sarif_is_valid_against_the_sarif_2_1_0_schema_and_has_one_error_per_missing_grant(string demo)
    {
        var sarif = await CliRun.RunAsync("check", "--demo", demo, "--format", "sarif");
        var json = await CliRun.RunAsync("check", "--demo", demo, "--format", "json");
        var schema = await NJsonSchema.JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json")));

        var errors = schema.Validate(sarif.Out);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
        using var parsed = JsonDocument.Parse(sarif.Out);
        using var report = JsonDocument.Parse(json.Out);
        var results = parsed.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(report.RootElement.GetProperty("counts").GetProperty("missing").GetInt32(), results.Count(r => r.GetProperty("ruleId").GetString() == "IPC001" && r.GetProperty("level").GetString() == "error"));
        Assert.Equal(report.RootElement.GetProperty("excessCount").GetInt32(), results.Count(r => r.GetProperty("ruleId").GetString() == "IPC002"));
    }

    [Fact]
    public async Task Schema_check_catches_an_invalid_log()
    {
        var schema = await NJsonSchema.JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json")));

        Assert.NotEmpty(schema.Validate("""{"version":"2.1.0","runs":[{"tool":{"driver":{}},"results":[{"level":"fatal","message":{"text":"x"}}]}]}"""));
    }

    [Fact]
    public async Task Html_renders_in_headless_chromium_with_counts_that_match_the_json()
    {
        var chromium = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);
        if (chromium is null)
        {
            // xunit 2 cannot skip at run time: say it plainly in the test output (.ci/run installs chromium).
            output.WriteLine("DID NOT RUN: no chromium on this machine (apt-get install -y chromium); the HTML report was not opened in a browser.");
            return;
        }

        using var directory = new TempDirectory();
        await CliRun.InAsync(null, directory.Path, "check", "--format", "html", "--output", "report.html");
        var json = await CliRun.RunAsync("check", "--format", "json");
        using var report = JsonDocument.Parse(json.Out);

        var dom = DumpDom(chromium, directory.File("report.html"), directory.File("profile"));

        Assert.Contains("<h1>Aeries API permissions check</h1>", dom);
        foreach (var count in report.RootElement.GetProperty("counts").EnumerateObject())
        {
            // The badges are filled in by the page's script: a number here means the browser ran it.
            var badge = Regex.Match(dom, $"data-count=\"{count.Name}\">[^<]*<b>([^<]*)</b>");
            Assert.True(badge.Success, $"no badge for {count.Name}");
            Assert.Equal(count.Value.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), badge.Groups[1].Value);
        }
    }

    private static string DumpDom(string chromium, string file, string profile)
    {
        var start = new ProcessStartInfo(chromium) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", $"--user-data-dir={profile}", "--dump-dom", new Uri(file).AbsoluteUri })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var dom = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish within 2 minutes");
        }

        return dom.Result;
    }
}
