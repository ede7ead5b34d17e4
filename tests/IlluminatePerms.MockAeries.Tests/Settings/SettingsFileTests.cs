using System;
using System.IO;
using System.Linq;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Server.Settings;
using IlluminatePerms.Tests.Shared;
using IlluminatePerms.Tests.Shared.Hostile;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests.Settings;

/// <summary>The standalone mock's <c>--config</c> file: every setting, strict keys, errors that say where, hostile files refused.</summary>
public sealed class SettingsFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("mock-settings-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_documented_example_sets_every_setting_it_names()
    {
        var settings = SettingsFile.Read(Path.Combine(RepositoryRoot.Path, "docs", "mock-config.example.json"));
        var options = SettingsOptions.From(settings, GrantSet.Empty);

        Assert.Equal((5080, "127.0.0.1", 2000, 7, 2026), (options.Port, options.Host, options.Scale, options.Seed, options.DatabaseYear));
        Assert.Equal(new[] { 2025, 2026 }, options.AvailableDatabaseYears);
        Assert.Equal(new[] { "Gradebook Data" }, options.DisabledAreas);
        Assert.Equal(403, options.Assumptions.MissingPermissionStatusCode);
        Assert.False(options.Assumptions.PermissionCheckedBeforeLookup);
        Assert.Equal(RowsWithoutPermission.Refuse, options.Assumptions.RowsWithoutPermission);
        Assert.Equal(200, options.Assumptions.SuccessStatusCodes["students.create_contacts_create"]);
        Assert.True(options.AdminInterface);

        // --latency first, as a rule for every path; then the file's rules in order.
        Assert.Equal(3, options.Faults.Count);
        Assert.Equal((null, TimeSpan.FromMilliseconds(20)), (options.Faults[0].PathPrefix, options.Faults[0].Latency));
        Assert.Equal(("schools/994/students", 0.1, 503, (int?)2), (options.Faults[1].PathPrefix, options.Faults[1].ErrorRate, options.Faults[1].ErrorStatusCode, options.Faults[1].MaxFailuresPerRequest));
        Assert.Equal((TimeSpan.FromMilliseconds(300), 0.05, 2), (options.Faults[2].Latency, options.Faults[2].ThrottleRate, options.Faults[2].RetryAfterSeconds));
    }

    [Fact]
    public void Flags_override_the_file_key_by_key()
    {
        var file = SettingsFile.Read(Write("""{ "scale": 10, "seed": 3, "refusalStatus": 403 }"""));
        var options = SettingsOptions.From(file.OverriddenBy(new MockSettings { Seed = 9 }), GrantSet.Empty);

        Assert.Equal((10, 9, 403), (options.Scale, options.Seed, options.Assumptions.MissingPermissionStatusCode));
    }

    [Fact]
    public void Without_any_setting_the_mock_is_what_it_always_was_and_admin_follows_the_host()
    {
        var options = SettingsOptions.From(new MockSettings(), GrantSet.Empty);

        Assert.Equal((5080, 2000, 1, 401), (options.Port, options.Scale, options.Seed, options.Assumptions.MissingPermissionStatusCode));
        Assert.Empty(options.Faults);
        Assert.True(options.AdminInterface);
        Assert.False(SettingsOptions.From(new MockSettings { Host = "0.0.0.0" }, GrantSet.Empty).AdminInterface);
        Assert.True(SettingsOptions.From(new MockSettings { Host = "0.0.0.0", Admin = true }, GrantSet.Empty).AdminInterface);
    }

    [Theory]
    [InlineData("""{ "scale": 10, "colour": "blue" }""", "unknown key 'colour'")]
    [InlineData("""{ "faults": [ { "errorRate": 0.1 }, { "errorRat": 0.1 } ] }""", "unknown key 'faults[1].errorRat'")]
    [InlineData("""{ "assumptions": { "permissionCheckedBeforeLookups": false } }""", "unknown key 'assumptions.permissionCheckedBeforeLookups'")]
    [InlineData("""{ "scale": "many" }""", "'scale' has a value of the wrong type")]
    [InlineData("""{ "assumptions": { "rowsWithoutPermission": "ignore" } }""", "'assumptions.rowsWithoutPermission' has a value of the wrong type")]
    [InlineData("""{ "scale": 0 }""", "scale must be between 1 and 1,000,000, not 0")]
    [InlineData("""{ "refusalStatus": 402 }""", "refusalStatus must be 401 (what Aeries answers) or 403, not 402")]
    [InlineData("""{ "faults": [ { "errorRate": 1.5 } ] }""", "faults[0].errorRate is a share of requests between 0 and 1, not 1.5")]
    [InlineData("""{ "faults": [ { "errorStatusCode": 404 } ] }""", "faults[0].errorStatusCode must be 500 or 503, not 404")]
    [InlineData("""{ "disabledAreas": [ "Lunch Menus" ] }""", "disabledAreas: 'Lunch Menus' is not an Aeries area")]
    [InlineData("""[ 1, 2 ]""", "must be one JSON object")]
    public void A_wrong_key_or_value_is_an_error_naming_it(string json, string expected)
    {
        var problem = Assert.Throws<SettingsException>(() => SettingsOptions.From(SettingsFile.Read(Write(json)), GrantSet.Empty));

        Assert.Contains(expected, problem.Message);
    }

    [Fact]
    public void A_syntax_error_names_its_line_and_column()
    {
        var problem = Assert.Throws<SettingsException>(() => SettingsFile.Read(Write("{\n  \"scale\": 10,\n  \"seed\" 3\n}")));

        Assert.Contains("not valid JSON at line 3, column 10", problem.Message);
    }

    [Fact]
    public void Hostile_files_are_refused_without_being_read_whole()
    {
        Assert.Contains("larger than 1 MB", Assert.Throws<SettingsException>(() => SettingsFile.Read(HostileFiles.Huge(folder))).Message);
        Assert.Contains("not UTF-8 text", Assert.Throws<SettingsException>(() => SettingsFile.Read(HostileFiles.Binary(folder))).Message);
        Assert.Contains("not an ordinary file", Assert.Throws<SettingsException>(() => SettingsFile.Read(HostileFiles.Endless)).Message);
        Assert.Contains("not an ordinary file", Assert.Throws<SettingsException>(() => SettingsFile.Read(HostileFiles.Fifo(folder))).Message);
        Assert.Contains("does not exist", Assert.Throws<SettingsException>(() => SettingsFile.Read(Path.Combine(folder, "absent.json"))).Message);
    }

    [Fact]
    public void The_flags_that_carry_several_settings_use_the_files_keys()
    {
        var fault = SettingsFlags.Fault("pathPrefix=schools/994,errorRate=0.25,errorStatusCode=500,latencyMs=40");
        var assumptions = SettingsFlags.Assume(new MockAssumptions(), ["permissionCheckedBeforeLookup=false", "missingPermissionMessageFormat=no {0} {1}"]);

        Assert.Equal(new FaultSettings { PathPrefix = "schools/994", ErrorRate = 0.25, ErrorStatusCode = 500, LatencyMs = 40 }, fault);
        Assert.False(assumptions.PermissionCheckedBeforeLookup);
        Assert.Equal("no {0} {1}", assumptions.MissingPermissionMessageFormat);
        Assert.Contains("unknown key 'dropRat'", Assert.Throws<SettingsException>(() => SettingsFlags.Fault("dropRat=0.5")).Message);
        Assert.Contains("'lookup' is not key=value", Assert.Throws<SettingsException>(() => SettingsFlags.Assume(new MockAssumptions(), ["lookup"])).Message);
    }

    private string Write(string json)
    {
        var path = Path.Combine(folder, $"{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }
}
