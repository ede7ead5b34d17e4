using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary>
/// Every format of <c>check</c> has a features section, run against the bundled mock with a spec that
/// has a Feature column: the partial certificate lacks Class Calendars: Read (Calendars will fail), has
/// what Rostering needs (works), and Special Education: Read cannot be proven (Subgroup reports cannot
/// be told). A spec without the column has no section (and <c>features: []</c> in JSON).
/// </summary>
public sealed class FeatureReportTests
{
    private const string FeatureSpec = """
        Group,Table/Program Area,Permission Needed,Reason,Feature
        Student Data,Student Data,Read,rosters,Rostering; Calendars
        Scheduling,Teacher Data,Read,teachers,Rostering
        Scheduling,Class Calendars,Read,class meeting days,Calendars
        Student Programs,Special Education,Read,subgroups,Subgroup reports
        """;

    private const string PlainSpec = """
        Group,Table/Program Area,Permission Needed,Reason
        Student Data,Student Data,Read,rosters
        Scheduling,Class Calendars,Read,class meeting days
        """;

    [Fact]
    public async Task Json_has_a_features_array_with_name_verdict_and_the_missing_grants_in_the_results_form()
    {
        var result = await CheckAsync(FeatureSpec, "json");

        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        var features = root.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(new[] { "Rostering", "Calendars", "Subgroup reports" }, features.Select(f => f.GetProperty("name").GetString()));
        Assert.Equal(new[] { "works", "fails", "unknown" }, features.Select(f => f.GetProperty("verdict").GetString()));
        Assert.All(features, f => Assert.Equal(new[] { "name", "verdict", "reason", "missing", "untold", "verified" }, f.EnumerateObject().Select(p => p.Name)));

        // A missing grant is written exactly as its element of "results", fix included.
        var missing = Assert.Single(features[1].GetProperty("missing").EnumerateArray());
        var row = root.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("area").GetString() == "Class Calendars");
        Assert.True(JsonElement.DeepEquals(row, missing), missing.GetRawText());
        Assert.Contains("tick Class Calendars → Read", missing.GetProperty("fix").GetString(), StringComparison.Ordinal);
        Assert.Equal(new[] { "Student Data" }, features[1].GetProperty("verified").EnumerateArray().Select(r => r.GetProperty("area").GetString()));
        Assert.Empty(features[0].GetProperty("missing").EnumerateArray());
        Assert.Equal(new[] { "Student Data", "Teacher Data" }, features[0].GetProperty("verified").EnumerateArray().Select(r => r.GetProperty("area").GetString()));
        var untold = Assert.Single(features[2].GetProperty("untold").EnumerateArray());
        Assert.Equal("Special Education", untold.GetProperty("area").GetString());
        Assert.Contains(untold.GetProperty("verdict").GetString(), new[] { "inferred", "notVerifiable" });
        Assert.Empty(features[2].GetProperty("missing").EnumerateArray());
    }

    [Fact]
    public async Task Json_of_a_spec_without_features_has_an_empty_array_and_the_other_formats_no_section()
    {
        var json = await CheckAsync(PlainSpec, "json");
        var table = await CheckAsync(PlainSpec, "table");
        var markdown = await CheckAsync(PlainSpec, "markdown");
        var html = await CheckAsync(PlainSpec, "html");

        using var parsed = JsonDocument.Parse(json.Out);
        Assert.Equal(JsonValueKind.Array, parsed.RootElement.GetProperty("features").ValueKind);
        Assert.Equal(0, parsed.RootElement.GetProperty("features").GetArrayLength());
        Assert.DoesNotContain("Features", table.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("## Features", markdown.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("features-heading", html.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_table_says_which_feature_works_which_will_fail_and_what_to_tick()
    {
        var result = await CheckAsync(FeatureSpec, "table");

        var lines = result.Out.Split('\n');
        var section = Array.IndexOf(lines, "Features:");
        Assert.True(section > 0, result.Out);
        Assert.StartsWith("  - Rostering: works. Aeries answered every grant it needs (Student Data: Read, Teacher Data: Read).", lines[section + 1], StringComparison.Ordinal);
        Assert.StartsWith("  - Calendars: WILL FAIL. Aeries refused Class Calendars: Read", lines[section + 2], StringComparison.Ordinal);
        Assert.Contains("Class Calendars: Read is missing: in Security → API Security, under “Scheduling” tick Class Calendars → Read.", lines[section + 3], StringComparison.Ordinal);
        Assert.StartsWith("  - Subgroup reports: cannot be told.", lines[section + 4], StringComparison.Ordinal);
        // The untold grant's reason is in its row of the table, not said again under the feature.
        Assert.DoesNotContain(lines.Skip(section + 4), l => l.StartsWith("      Special Education: Read: ", StringComparison.Ordinal));
        Assert.Contains(lines.Take(section), l => l.Contains("Special Education", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Markdown_has_a_features_section_with_the_grants_that_decided_each_verdict()
    {
        var result = await CheckAsync(FeatureSpec, "markdown");

        Assert.Contains("## Features\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("- **Rostering**: works. ", result.Out, StringComparison.Ordinal);
        Assert.Contains("- **Calendars**: WILL FAIL. Aeries refused Class Calendars: Read: the feature will fail until it is ticked.\n  - Class Calendars: Read is missing: in Security → API Security, under “Scheduling” tick Class Calendars → Read.\n", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"- \*\*Subgroup reports\*\*: cannot be told\. .*Special Education: Read \((inferred \(undocumented\)|not verifiable)\)\.?\n(?!  - )", result.Out);
        // Before the grant tables, so a reader sees what the product can do first.
        Assert.True(result.Out.IndexOf("## Features", StringComparison.Ordinal) < result.Out.IndexOf("| Area |", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Html_lists_each_feature_with_its_verdict_and_encodes_the_names()
    {
        var spec = FeatureSpec.Replace("Subgroup reports", "Subgroups <b>&</b> more", StringComparison.Ordinal);

        var result = await CheckAsync(spec, "html");

        Assert.Contains("<h2 id=\"features-heading\">Features</h2>", result.Out, StringComparison.Ordinal);
        Assert.Contains("<li data-feature-verdict=\"works\"><strong>Rostering</strong>: <span class=\"feature-works\">works</span>.", result.Out, StringComparison.Ordinal);
        Assert.Contains("<li data-feature-verdict=\"fails\"><strong>Calendars</strong>: <span class=\"feature-fails\">WILL FAIL</span>.", result.Out, StringComparison.Ordinal);
        Assert.Contains("<li>Class Calendars: Read is missing: in Security → API Security, under “Scheduling” tick Class Calendars → Read.</li>", result.Out, StringComparison.Ordinal);
        Assert.Contains("<li data-feature-verdict=\"unknown\"><strong>Subgroups &lt;b&gt;&amp;&lt;/b&gt; more</strong>", result.Out, StringComparison.Ordinal);
        Assert.Contains(".feature-fails{", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sarif_has_a_result_per_failing_or_untold_feature_at_its_spec_rows_and_stays_valid()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("permissions.csv"), FeatureSpec);
        var specLines = FeatureSpec.Split('\n');

        var result = await CliRun.InAsync(null, directory.Path, "check", "--demo", "partial", "--spec", "permissions.csv", "--format", "sarif");

        var schema = await NJsonSchema.JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json")));
        var errors = schema.Validate(result.Out);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
        using var sarif = JsonDocument.Parse(result.Out);
        var run = sarif.RootElement.GetProperty("runs")[0];
        var features = run.GetProperty("results").EnumerateArray().Where(r => r.GetProperty("properties").TryGetProperty("feature", out _)).ToList();
        Assert.Equal(new[] { ("Calendars", "IPC007", "error"), ("Subgroup reports", "IPC008", "note") }, features.Select(r => (r.GetProperty("properties").GetProperty("feature").GetString()!, r.GetProperty("ruleId").GetString()!, r.GetProperty("level").GetString()!)));
        var failing = features[0];
        Assert.StartsWith("The feature 'Calendars' will fail: Aeries refused Class Calendars: Read", failing.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        // Read alone in a SARIF viewer, the untold feature's result gives each untold grant's reason itself.
        Assert.Matches(@"^The feature 'Subgroup reports' cannot be told: .* Special Education: Read: \S", features[1].GetProperty("message").GetProperty("text").GetString());
        var location = Assert.Single(failing.GetProperty("locations").EnumerateArray());
        var line = location.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32();
        Assert.StartsWith("Scheduling,Class Calendars,Read,", specLines[line - 1], StringComparison.Ordinal);
        Assert.Equal("Scheduling/Class Calendars/Read", location.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Contains("IPC007", rules);
        Assert.Contains("IPC008", rules);
        Assert.Equal(
            new[] { ("Rostering", "Works"), ("Calendars", "Fails"), ("Subgroup reports", "Unknown") },
            run.GetProperty("properties").GetProperty("features").EnumerateArray().Select(f => (f.GetProperty("name").GetString()!, f.GetProperty("verdict").GetString()!)));
    }

    /// <summary>The partial demo certificate checked against <paramref name="spec"/>, in <paramref name="format"/>.</summary>
    private static async Task<CliResult> CheckAsync(string spec, string format)
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("permissions.csv"), spec);
        return await CliRun.InAsync(null, directory.Path, "check", "--demo", "partial", "--spec", "permissions.csv", "--format", format);
    }
}
