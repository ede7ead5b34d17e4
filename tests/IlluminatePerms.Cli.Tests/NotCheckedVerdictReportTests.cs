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
/// A grant the stop (Ctrl+C, the deadline) left unprobed reads "not checked" in every format, apart
/// from an error, and the exit code of a cancelled check is 130 whatever the finished results say.
/// </summary>
public sealed class NotCheckedVerdictReportTests
{
    private const string StoppedReason = "Not checked: the check was stopped first.";

    [Fact]
    public void Markdown_and_html_name_the_not_checked_verdict()
    {
        var markdown = ReportWriter.Render(Report(), ReportFormat.Markdown);
        var html = ReportWriter.Render(Report(), ReportFormat.Html);

        Assert.Contains($"| Teacher Data | Read | not checked | {StoppedReason} |", markdown, StringComparison.Ordinal);
        Assert.Contains("<td class=\"notChecked\">not checked</td>", html, StringComparison.Ordinal);
        Assert.Contains("data-count=\"notChecked\"", html, StringComparison.Ordinal);
        Assert.Contains(".notChecked{", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">error<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sarif_reports_not_checked_under_its_own_rule_and_stays_valid()
    {
        var sarif = ReportWriter.Render(Report(), ReportFormat.Sarif);
        var schema = await NJsonSchema.JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json")));

        Assert.Empty(schema.Validate(sarif));
        using var json = JsonDocument.Parse(sarif);
        var run = json.RootElement.GetProperty("runs")[0];
        var result = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("properties").GetProperty("verdict").GetString() == "NotChecked");
        Assert.Equal("IPC006", result.GetProperty("ruleId").GetString());
        Assert.Equal("note", result.GetProperty("level").GetString());
        Assert.Contains(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString() == "IPC006");
        Assert.False(run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
    }

    [Fact]
    public void A_cancelled_check_exits_130_even_with_a_missing_grant_among_the_finished()
    {
        var cancelled = Report().Report;
        var withMissing = cancelled with { Results = [.. cancelled.Results, Result("Attendance", GrantVerdict.Missing, "Aeries refused it (403).")] };

        Assert.Equal(130, ExitCodePolicy.For(cancelled, strict: false));
        Assert.Equal(130, ExitCodePolicy.For(withMissing, strict: true));
        // Stopped by its deadline instead, the same results are a check that could not finish: 1.
        Assert.Equal(1, ExitCodePolicy.For(cancelled with { Outcome = CheckOutcome.DeadlineExceeded }, strict: false));
    }

    private static CheckedReport Report() => new(
        new GrantCheckReport
        {
            BaseUrl = "https://district.example/aeries/",
            Certificate = "477a…f5e1",
            Outcome = CheckOutcome.Cancelled,
            Summary = "Cancelled after 1 of 2 results; the other 1 are marked not checked.",
            StartedAt = DateTimeOffset.UnixEpoch,
            Duration = TimeSpan.FromSeconds(1),
            Requests = 3,
            Identifiers = Array.Empty<IdentifierUse>(),
            Results =
            [
                Result("Student Data", GrantVerdict.Verified, "Aeries answered a request that needs this permission."),
                Result("Teacher Data", GrantVerdict.NotChecked, StoppedReason),
            ],
            Excess = Array.Empty<GrantCheckResult>(),
        },
        "spec.csv",
        null);

    private static GrantCheckResult Result(string area, GrantVerdict verdict, string reason) => new()
    {
        Group = area,
        Area = area,
        Access = "Read",
        InSpec = true,
        Verdict = verdict,
        Reason = reason,
    };
}
