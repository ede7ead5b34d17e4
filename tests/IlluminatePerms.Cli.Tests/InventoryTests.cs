using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary><c>check --inventory</c>: many districts, one summary, one report each, --previous.</summary>
public sealed class InventoryTests
{
    [Fact]
    public async Task A_missing_grant_outranks_districts_that_cannot_be_checked_and_every_district_gets_its_line_and_report()
    {
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 100 });
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("south.cert"), aeries.Certificate("partial").Value);
        File.WriteAllText(directory.File("districts.csv"), $"""
            name,base_url,certificate
            North USD,{aeries.BaseUrl},env:NORTH_CERT
            South USD,{aeries.BaseUrl},file:south.cert
            Closed USD,http://127.0.0.1:{CliRun.ClosedPort()}/aeries/,env:NORTH_CERT
            Unset USD,{aeries.BaseUrl},env:NOT_SET
            """);
        var variables = new Dictionary<string, string> { ["NORTH_CERT"] = aeries.Certificate("full").Value };

        var result = await CliRun.InAsync(variables, directory.Path, "check", "--inventory", "districts.csv", "--output", "reports", "--retries", "0");

        // Exit codes as the command table orders them: 2 (South misses grants) outranks 1 (Closed, Unset).
        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"North USD\s+all there", result.Out);
        Assert.Matches(@"South USD\s+[1-9]\d* missing", result.Out);
        Assert.Matches(@"Closed USD\s+could not check: 127.0.0.1 could not be reached", result.Out);
        Assert.Contains("no certificate at env:NOT_SET", result.Out);
        Assert.Contains("4 district(s): 2 not checked, 1 missing a grant.", result.Out);
        Assert.Equal(
            new[] { "Closed_USD.json", "North_USD.json", "South_USD.json", "summary.json" },
            Directory.GetFiles(directory.File("reports")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var certificate in new[] { aeries.Certificate("full").Value, aeries.Certificate("partial").Value })
        {
            Assert.DoesNotContain(certificate, result.All, StringComparison.OrdinalIgnoreCase);
            Assert.All(Directory.GetFiles(directory.File("reports")), file => Assert.DoesNotContain(certificate, File.ReadAllText(file), StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task Districts_checked_at_once_share_the_pipeline_but_each_gets_the_message_of_its_own_wire()
    {
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 100 });
        using var signIn = WireMockServer.Start();
        signIn.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/html; charset=utf-8").WithBody("<html><body><form>Sign in to Aeries</form></body></html>"));
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("districts.csv"), $"""
            name,base_url,certificate
            Healthy USD,{aeries.BaseUrl},env:CERT
            Sign-in USD,{signIn.Url}/aeries/,env:CERT
            Closed USD,http://127.0.0.1:{CliRun.ClosedPort()}/aeries/,env:CERT
            Healthy Too USD,{aeries.BaseUrl},env:CERT
            """);
        var variables = new Dictionary<string, string> { ["CERT"] = aeries.Certificate("full").Value };

        var result = await CliRun.InAsync(variables, directory.Path, "check", "--inventory", "districts.csv", "--output", "reports", "--retries", "0", "--districts", "4");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"Healthy USD\s+all there", result.Out);
        Assert.Matches(@"Healthy Too USD\s+all there", result.Out);
        Assert.Matches(@"Sign-in USD\s+could not check: [^\n]*answered a web page \(HTML\)", result.Out);
        Assert.Matches(@"Closed USD\s+could not check: 127.0.0.1 could not be reached", result.Out);
    }

    [Fact]
    public async Task A_host_whose_probes_fail_opens_its_own_circuit_and_never_the_circuit_of_another_host_in_the_same_run()
    {
        // Host A answers like Aeries up to the certificate check, then 503 to every probe: its
        // three districts give the shared pipeline enough failures to open A's circuit at once.
        using var failing = WireMockServer.Start();
        failing.Given(Request.Create().WithPath("/aeries/api/v5/systeminfo")).AtPriority(1).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"AeriesVersion": "10.24.1", "DatabaseYear": "2026-2027"}"""));
        failing.Given(Request.Create().WithPath("/aeries/api/v5/schools")).AtPriority(1).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""[{"SchoolCode": 994, "Name": "North High"}]"""));
        failing.Given(Request.Create().UsingAnyMethod()).AtPriority(2).RespondWith(Response.Create().WithStatusCode(503));
        // Host B is healthy but slow, so its probes are still going when A's circuit opens.
        await using var slow = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 100, Faults = new[] { new IlluminatePerms.MockAeries.Faults.FaultRule { Latency = TimeSpan.FromMilliseconds(100) } } });
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("districts.csv"), $"""
            name,base_url,certificate
            Failing A1,{failing.Url}/aeries/,env:CERT
            Failing A2,{failing.Url}/aeries/,env:CERT
            Failing A3,{failing.Url}/aeries/,env:CERT
            Healthy B,{slow.BaseUrl},env:CERT
            """);
        var variables = new Dictionary<string, string> { ["CERT"] = slow.Certificate("full").Value };

        // One retry doubles the failures of A's probes against its two answers per district: the
        // breaker needs 90 % failures of at least 20 attempts.
        var result = await CliRun.InAsync(variables, directory.Path, "check", "--inventory", "districts.csv", "--output", "reports", "--retries", "1", "--districts", "4");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"Failing A1\s+\d+ blocked or in error", result.Out);
        Assert.Matches(@"Healthy B\s+all there", result.Out);
        var reasons = new[] { "Failing_A1.json", "Failing_A2.json", "Failing_A3.json" }.Select(name => File.ReadAllText(Path.Combine(directory.File("reports"), name))).ToList();
        Assert.Contains(reasons, report => report.Contains("answered 503", StringComparison.Ordinal));
        // A request the open circuit stopped never reaches the host: the check calls it unreachable, though A was up.
        Assert.Contains(reasons, report => report.Contains("Aeries could not be reached.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_grant_outranks_a_district_in_error_and_the_table_counts_blocked_and_error_together()
    {
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 100 });
        // The certificate check passes ("schools"), every probe under "schools/" fails.
        await using var failing = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 100, Faults = new[] { new IlluminatePerms.MockAeries.Faults.FaultRule { PathPrefix = "schools/", ErrorRate = 1, ErrorStatusCode = 500 } } });
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("districts.csv"), $"""
            name,base_url,certificate
            Empty USD,{aeries.BaseUrl},env:EMPTY_CERT
            Failing USD,{failing.BaseUrl},env:FAILING_CERT
            """);
        var variables = new Dictionary<string, string> { ["EMPTY_CERT"] = aeries.Certificate("empty").Value, ["FAILING_CERT"] = failing.Certificate("full").Value };

        var result = await CliRun.InAsync(variables, directory.Path, "check", "--inventory", "districts.csv", "--output", "reports", "--retries", "0");

        // As for one district: a missing grant is the most actionable finding, so exit 2.
        Assert.Equal(2, result.ExitCode);
        var failingRow = Assert.Single(Regex.Matches(result.Out, @"Failing USD[^\d\n]+(\d+) blocked or in error[^\d\n]+(\d+)[^\d\n]+(\d+)[^\d\n]+(\d+)[^\d\n]+(\d+)[^\d\n]+(\d+)"));
        Assert.Equal(failingRow.Groups[1].Value, failingRow.Groups[5].Value);
        foreach (var (name, file) in new[] { ("Empty USD", "Empty_USD.json"), ("Failing USD", "Failing_USD.json") })
        {
            using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory.File("reports"), file)));
            var counts = report.RootElement.GetProperty("counts");
            var row = Regex.Match(result.Out, name + @"\s+[^\n]*?(\d+)[^\d\n]+(\d+)[^\d\n]+(\d+)[^\d\n]+(\d+)[^\d\n]+(\d+)[^\d\n]*$", RegexOptions.Multiline);
            Assert.True(row.Success, result.Out);
            // Blocked/error: the district's blocked and error results together.
            Assert.Equal(counts.GetProperty("blocked").GetInt32() + counts.GetProperty("error").GetInt32(), int.Parse(row.Groups[4].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        // One progress line per district, numbered as they finish.
        Assert.Equal(new[] { "1/2", "2/2" }, Regex.Matches(result.Error, @"^\[(\d+/\d+)\] ", RegexOptions.Multiline).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_json_inventory_with_a_missing_grant_exits_2_and_previous_shows_the_district_that_lost_it()
    {
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 100 });
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("districts.json"), $$"""
            [{"name": "North", "baseUrl": "{{aeries.BaseUrl}}", "certificate": "env:NORTH_CERT"},
             {"name": "South", "baseUrl": "{{aeries.BaseUrl}}", "certificate": "env:SOUTH_CERT"}]
            """);
        var first = new Dictionary<string, string> { ["NORTH_CERT"] = aeries.Certificate("full").Value, ["SOUTH_CERT"] = aeries.Certificate("partial").Value };
        var second = new Dictionary<string, string> { ["NORTH_CERT"] = aeries.Certificate("partial").Value, ["SOUTH_CERT"] = aeries.Certificate("full").Value };

        var before = await CliRun.InAsync(first, directory.Path, "check", "--inventory", "districts.json", "--output", "monday");
        var after = await CliRun.InAsync(second, directory.Path, "check", "--inventory", "districts.json", "--output", "tuesday", "--previous", "monday/summary.json");

        Assert.Equal(2, before.ExitCode);
        Assert.Equal(2, after.ExitCode);
        Assert.Contains("Since the previous run:", after.Out);
        Assert.Matches(@"North LOST [^\n]+: Read", after.Out);
        Assert.Matches(@"South now has [^\n]+: Read", after.Out);
        Assert.True(after.Out.IndexOf("North LOST", StringComparison.Ordinal) < after.Out.IndexOf("South now has", StringComparison.Ordinal), "the district that lost a grant is the news: first");
    }

    [Fact]
    public async Task An_inventory_that_holds_a_certificate_itself_is_refused_without_echoing_it()
    {
        using var directory = new TempDirectory();
        const string Secret = "0123456789abcdef0123456789abcdef";
        File.WriteAllText(directory.File("districts.csv"), $"name,base_url,certificate\nNorth,https://north.example/aeries/,{Secret}\n");

        var result = await CliRun.InAsync(null, directory.Path, "check", "--inventory", "districts.csv");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("never the certificate", result.Error);
        Assert.DoesNotContain(Secret, result.All);
    }

    [Theory]
    [InlineData("name,url\nNorth,https://x.example/\n", "needs the header name,base_url,certificate")]
    [InlineData("[{\"name\": 1}]", "is not a JSON array")]
    [InlineData("name,base_url,certificate\n", "lists no district")]
    public async Task A_malformed_inventory_exits_1(string content, string expected)
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("districts.csv"), content);

        var result = await CliRun.InAsync(null, directory.Path, "check", "--inventory", "districts.csv");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, result.Error);
    }
}
