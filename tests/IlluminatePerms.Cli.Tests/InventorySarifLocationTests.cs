using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary>Each district's SARIF of an inventory run points at the spec's rows, as one district's does.</summary>
public sealed class InventorySarifLocationTests
{
    private static readonly string BundledSpec = Path.Combine(AppContext.BaseDirectory, "Spec", "permissions.csv");

    [Fact]
    public async Task Each_districts_sarif_names_the_spec_line_of_every_grant_it_reports()
    {
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 100 });
        using var directory = new TempDirectory();
        File.Copy(BundledSpec, directory.File("permissions.csv"));
        var specLines = File.ReadAllLines(BundledSpec);
        File.WriteAllText(directory.File("districts.csv"), $"""
            name,base_url,certificate
            North USD,{aeries.BaseUrl},env:PARTIAL_CERT
            South USD,{aeries.BaseUrl},env:FULL_CERT
            """);
        var variables = new Dictionary<string, string> { ["PARTIAL_CERT"] = aeries.Certificate("partial").Value, ["FULL_CERT"] = aeries.Certificate("full").Value };

        var result = await CliRun.InAsync(variables, directory.Path, "check", "--inventory", "districts.csv", "--spec", "permissions.csv", "--format", "sarif", "--output", "reports", "--retries", "0");

        Assert.Equal(2, result.ExitCode);
        foreach (var report in new[] { "North_USD.sarif", "South_USD.sarif" })
        {
            using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory.File("reports"), report)));
            var run = sarif.RootElement.GetProperty("runs")[0];
            Assert.Equal(new Uri(directory.Path + Path.DirectorySeparatorChar).AbsoluteUri, run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());
            // Not verifiable write levels are reported for every district: each must sit on its spec row.
            var inSpec = run.GetProperty("results").EnumerateArray().Where(r => r.GetProperty("ruleId").GetString() != "IPC002").ToList();
            Assert.NotEmpty(inSpec);
            // A feature's result (IPC007, IPC008) stands at each of its deciding grants' rows: every location is checked.
            foreach (var location in inSpec.SelectMany(item => item.GetProperty("locations").EnumerateArray()))
            {
                var logical = location.GetProperty("logicalLocations")[0];
                var area = logical.GetProperty("name").GetString()!;
                var access = logical.GetProperty("fullyQualifiedName").GetString()!.Split('/')[^1];
                var physical = location.GetProperty("physicalLocation");
                Assert.Equal("permissions.csv", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
                var line = physical.GetProperty("region").GetProperty("startLine").GetInt32();
                Assert.Contains($",{area},", specLines[line - 1], StringComparison.OrdinalIgnoreCase);
                Assert.Contains(access, specLines[line - 1], StringComparison.Ordinal);
            }
        }

        Assert.Contains(
            JsonDocument.Parse(File.ReadAllText(Path.Combine(directory.File("reports"), "North_USD.sarif"))).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray(),
            r => r.GetProperty("ruleId").GetString() == "IPC001");
    }
}
