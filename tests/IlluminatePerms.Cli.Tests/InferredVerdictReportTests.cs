using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Cli.Commands.Check;
using IlluminatePerms.Cli.Reports;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary>
/// A grant inferred from undocumented behaviour (program rows) reads apart from a verified one in
/// every format, and the exit code counts it as not verifiable.
/// </summary>
public sealed class InferredVerdictReportTests
{
    private const string InferredReason = "Aeries answered the programs request; it held 3 Special Education row(s). That this shows Special Education: Read rests on an undocumented assumption.";

    [Fact]
    public void The_table_and_markdown_name_the_inferred_verdict()
    {
        var table = ReportWriter.Render(Report(), ReportFormat.Table);
        var markdown = ReportWriter.Render(Report(), ReportFormat.Markdown);

        // The row's first line (the reason, which names the area too, wraps onto more).
        var row = table.Split('\n').First(l => l.Contains("Special Education", StringComparison.Ordinal));
        Assert.Contains("inferred (undocumented)", row, StringComparison.Ordinal);
        Assert.DoesNotContain("verified", row, StringComparison.Ordinal);
        Assert.Contains("| Special Education | Read | inferred (undocumented) | Aeries answered the programs request; it held 3 Special Education row(s).", markdown, StringComparison.Ordinal);
        Assert.Contains("| Student Data | Read | verified |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_gives_the_inferred_verdict_its_own_row_mark_style_and_badge()
    {
        var html = ReportWriter.Render(Report(), ReportFormat.Html);

        Assert.Contains("<tr data-verdict=\"inferred\"><td>Special Education</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"inferred\">inferred (undocumented)</td>", html, StringComparison.Ordinal);
        Assert.Contains("data-count=\"inferred\"", html, StringComparison.Ordinal);
        Assert.Contains(".inferred{", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_has_the_inferred_verdict_and_its_own_count()
    {
        using var json = JsonDocument.Parse(ReportWriter.Render(Report(), ReportFormat.Json));
        var root = json.RootElement;

        Assert.Equal(1, root.GetProperty("counts").GetProperty("inferred").GetInt32());
        Assert.Equal(1, root.GetProperty("counts").GetProperty("verified").GetInt32());
        var row = root.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("area").GetString() == "Special Education");
        Assert.Equal("inferred", row.GetProperty("verdict").GetString());
        Assert.Equal(InferredReason, row.GetProperty("reason").GetString());
        Assert.Equal("inferred", root.GetProperty("excess")[0].GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Sarif_reports_the_inferred_verdict_under_its_own_rule_and_stays_valid()
    {
        var sarif = ReportWriter.Render(Report(), ReportFormat.Sarif);
        var schema = await NJsonSchema.JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json")));

        Assert.Empty(schema.Validate(sarif));
        using var json = JsonDocument.Parse(sarif);
        var run = json.RootElement.GetProperty("runs")[0];
        var result = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("properties").GetProperty("verdict").GetString() == "Inferred" && r.GetProperty("ruleId").GetString() != "IPC002");
        Assert.Equal("IPC005", result.GetProperty("ruleId").GetString());
        Assert.Equal("note", result.GetProperty("level").GetString());
        Assert.Contains(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString() == "IPC005");
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 2)]
    public void The_exit_code_treats_an_inferred_grant_like_a_not_verifiable_one(bool strict, int expected)
    {
        var inferredOnly = Report().Report with { Excess = Array.Empty<GrantCheckResult>() };

        Assert.Equal(expected, ExitCodePolicy.For(inferredOnly, strict));
        Assert.True(inferredOnly.IsSatisfied);
        // The same report with the inferred grant verified passes even --strict: the inferred verdict is what fails it.
        var verified = inferredOnly with { Results = inferredOnly.Results.Select(r => r with { Verdict = GrantVerdict.Verified }).ToList() };
        Assert.Equal(0, ExitCodePolicy.For(verified, strict));
    }

    private static CheckedReport Report() => new(
        new GrantCheckReport
        {
            BaseUrl = "https://district.example/aeries/",
            Certificate = "477a…f5e1",
            Outcome = CheckOutcome.Completed,
            Summary = "1 verified, 0 missing, 0 not verifiable, 1 inferred (undocumented), 0 blocked, 0 in error; 1 readable area(s) outside the spec.",
            StartedAt = DateTimeOffset.UnixEpoch,
            Duration = TimeSpan.FromSeconds(1),
            Requests = 4,
            Identifiers = Array.Empty<IdentifierUse>(),
            Results =
            [
                Result("Student Data", "Student Data", GrantVerdict.Verified, "Aeries answered a request that needs this permission.", "students.get_student_information", inSpec: true),
                Result("Student Programs", "Special Education", GrantVerdict.Inferred, InferredReason, "students.get_programs", inSpec: true),
            ],
            Excess = [Result("Student Programs", "GATE", GrantVerdict.Inferred, "Aeries answered the programs request; it held 1 GATE row(s).", "students.get_programs", inSpec: false)],
        },
        "spec.csv",
        null);

    private static GrantCheckResult Result(string group, string area, GrantVerdict verdict, string reason, string operation, bool inSpec) => new()
    {
        Group = group,
        Area = area,
        Access = "Read",
        InSpec = inSpec,
        Verdict = verdict,
        Reason = reason,
        OperationId = operation,
        StatusCode = 200,
    };
}
