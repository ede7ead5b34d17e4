using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary>
/// The check's SARIF points at the spec: each grant's result at the line of its row, an excess area
/// at the spec file alone, so that code-scanning services (which want a physical location) accept it.
/// </summary>
public sealed class SarifLocationTests
{
    private static readonly string BundledSpec = Path.Combine(AppContext.BaseDirectory, "Spec", "permissions.csv");

    [Fact]
    public async Task Each_missing_grant_points_at_its_row_of_a_spec_under_the_working_folder()
    {
        using var directory = new TempDirectory();
        Directory.CreateDirectory(directory.File("spec"));
        File.Copy(BundledSpec, directory.File(Path.Combine("spec", "permissions.csv")));
        var specLines = File.ReadAllLines(BundledSpec);

        var result = await CliRun.InAsync(null, directory.Path, "check", "--demo", "partial", "--spec", "spec/permissions.csv", "--format", "sarif");

        using var sarif = JsonDocument.Parse(result.Out);
        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Equal(new Uri(directory.Path + Path.DirectorySeparatorChar).AbsoluteUri, run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());
        var missing = run.GetProperty("results").EnumerateArray().Where(r => r.GetProperty("ruleId").GetString() == "IPC001").ToList();
        Assert.NotEmpty(missing);
        foreach (var item in missing)
        {
            var location = item.GetProperty("locations")[0];
            var area = location.GetProperty("logicalLocations")[0].GetProperty("name").GetString()!;
            var access = item.GetProperty("properties").GetProperty("access").GetString()!;
            var physical = location.GetProperty("physicalLocation");
            Assert.Equal("spec/permissions.csv", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.Equal("%SRCROOT%", physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
            var line = physical.GetProperty("region").GetProperty("startLine").GetInt32();
            // The row the user would edit: it names the area and the access level.
            Assert.Contains($",{area},", specLines[line - 1], StringComparison.OrdinalIgnoreCase);
            Assert.Contains(access, specLines[line - 1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_excess_area_points_at_the_spec_file_without_a_line_and_the_log_is_schema_valid()
    {
        using var directory = new TempDirectory();
        File.Copy(BundledSpec, directory.File("permissions.csv"));

        var result = await CliRun.InAsync(null, directory.Path, "check", "--demo", "excess", "--spec", "permissions.csv", "--format", "sarif");

        var schema = await NJsonSchema.JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json")));
        var errors = schema.Validate(result.Out);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
        using var sarif = JsonDocument.Parse(result.Out);
        var excess = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Where(r => r.GetProperty("ruleId").GetString() == "IPC002").ToList();
        Assert.NotEmpty(excess);
        foreach (var item in excess)
        {
            var physical = item.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.Equal("permissions.csv", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.False(physical.TryGetProperty("region", out _), "an area the spec does not list has no line in it");
        }
    }

    [Fact]
    public async Task A_spec_outside_the_working_folder_is_named_by_its_absolute_file_uri()
    {
        using var specDirectory = new TempDirectory();
        using var workDirectory = new TempDirectory();
        File.Copy(BundledSpec, specDirectory.File("permissions.csv"));

        var result = await CliRun.InAsync(null, workDirectory.Path, "check", "--demo", "partial", "--spec", specDirectory.File("permissions.csv"), "--format", "sarif");

        using var sarif = JsonDocument.Parse(result.Out);
        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.False(run.TryGetProperty("originalUriBaseIds", out _));
        var artifact = run.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal(new Uri(specDirectory.File("permissions.csv")).AbsoluteUri, artifact.GetProperty("uri").GetString());
        Assert.False(artifact.TryGetProperty("uriBaseId", out _));
    }

    [Fact]
    public async Task The_embedded_spec_is_named_by_its_repository_path_and_said_to_be_embedded()
    {
        using var directory = new TempDirectory();

        var result = await CliRun.InAsync(null, directory.Path, "check", "--demo", "partial", "--format", "sarif");

        using var sarif = JsonDocument.Parse(result.Out);
        var artifact = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal("spec/permissions.csv", artifact.GetProperty("uri").GetString());
        Assert.Contains("embedded", artifact.GetProperty("description").GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}
