using System;
using System.IO;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Cli.Reports;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary>
/// The whole text of the Markdown, HTML and table reports for one small report that has every
/// verdict, a grant beyond the spec, a fix step under the second "Other" heading, and reasons with the
/// characters each format must escape: what an admin pastes into a ticket or opens in a browser. The
/// expected texts are the files in WholeReports.
/// </summary>
public sealed class WholeReportTests
{
    [Fact]
    public void Markdown_is_the_header_one_table_per_screen_heading_the_excess_and_the_fix_steps()
    {
        Assert.Equal(Expected("report.md"), MarkdownReport.Render(Report()).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Html_body_is_the_header_badges_one_table_per_screen_heading_the_excess_and_the_fix_steps()
    {
        var html = HtmlReport.Render(Report());

        var body = html[(html.IndexOf("<body>", StringComparison.Ordinal) + "<body>".Length)..html.IndexOf("<script>", StringComparison.Ordinal)];
        Assert.Equal(Expected("report-body.html"), body.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Sarif_is_the_rules_the_invocation_the_properties_and_one_result_per_grant_excess_and_feature_that_needs_a_look()
    {
        Assert.Equal(Expected("report.sarif"), SarifReport.Render(Report()).ReplaceLineEndings("\n") + "\n");
    }

    [Fact]
    public void Table_without_colour_is_the_header_the_grouped_table_the_excess_the_summary_and_the_fix_steps()
    {
        Assert.Equal(Expected("report.txt"), ReportWriter.Render(Report(), ReportFormat.Table).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Table_in_colour_marks_each_verdict_with_its_own_colour()
    {
        using var writer = new StringWriter();

        TableReport.Write(Report(), writer, colour: true);

        var text = writer.ToString();
        Assert.Contains("\u001b[", text, StringComparison.Ordinal);
        // "inferred (undocumented)" wraps in the 80 columns of a non-terminal, so its first word stands for it.
        foreach (var label in new[] { "verified", "MISSING", "not verifiable", "blocked", "inferred ", "not checked", "error", "excess" })
        {
            Assert.Matches($@"\u001b\[[0-9;]+m{System.Text.RegularExpressions.Regex.Escape(label)}\u001b\[0m", text);
        }
    }

    [Fact]
    public void A_report_with_no_results_has_no_table_or_fix_section_in_any_format()
    {
        var empty = Report() with { Report = Report().Report with { Results = [], Excess = [], Features = [] } };

        var table = ReportWriter.Render(empty, ReportFormat.Table).ReplaceLineEndings("\n");
        var markdown = MarkdownReport.Render(empty).ReplaceLineEndings("\n");
        var html = HtmlReport.Render(empty);

        // The table's own header line, then the summary at once: no empty table drawn.
        Assert.Equal(Expected("report.txt").Split('╭')[0] + "3 of 8 verified.\n", table);
        Assert.DoesNotContain("## ", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<table>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_district_report_names_the_district_and_no_bundled_mock_in_its_header()
    {
        var district = Report() with { Demo = null };

        var table = ReportWriter.Render(district, ReportFormat.Table).ReplaceLineEndings("\n");
        var markdown = MarkdownReport.Render(district).ReplaceLineEndings("\n");

        Assert.StartsWith("Aeries https://district.example/aeries/  certificate 477a…f5e1  spec spec/permissions.csv\n", table, StringComparison.Ordinal);
        Assert.Contains("\n- Aeries: https://district.example/aeries/\n", markdown, StringComparison.Ordinal);
    }

    private static CheckedReport Report() => new(
        new GrantCheckReport
        {
            BaseUrl = "https://district.example/aeries/",
            Certificate = "477a…f5e1",
            Outcome = CheckOutcome.Completed,
            Summary = "3 of 8 verified.",
            StartedAt = DateTimeOffset.UnixEpoch,
            Duration = TimeSpan.FromSeconds(2),
            Requests = 9,
            Identifiers = [],
            Results =
            [
                Result("Student Data", "Student Data", GrantVerdict.Verified, "Aeries answered (200) | a pipe"),
                Result("Contacts", "Student Programs", GrantVerdict.Missing, "Aeries refused it (403) <b>& more</b>", new AdminTick("Student Programs", "Contacts", "Read")),
                Result("Special Education", "Student Programs", GrantVerdict.NotVerifiable, "No read shows it."),
                Result("Student Groups", "Other", GrantVerdict.Missing, "Aeries refused it (403).", new AdminTick("Other", "Student Groups", "Read")),
                Result("Language Assessment", "Other", GrantVerdict.Blocked, "No StudentID to ask with."),
                Result("Users", "School Information", GrantVerdict.Inferred, "Answered, though not documented."),
                Result("Transcripts", "Grade Reporting", GrantVerdict.NotChecked, "Not checked: stopped first."),
                Result("Graduation Status", "Grade Reporting", GrantVerdict.Error, "Aeries answered 500."),
            ],
            Excess = [Result("Attendance History", "Attendance", GrantVerdict.Verified, "Aeries answered (200), though the spec lacks it.", inSpec: false)],
            Features =
            [
                new FeatureVerdict
                {
                    Name = "Family <contacts> & more",
                    Verdict = FeatureSupport.Fails,
                    Reason = "Aeries refused Contacts: Read: the feature will fail until it is ticked.",
                    Missing = [Result("Contacts", "Student Programs", GrantVerdict.Missing, "Aeries refused it (403).", new AdminTick("Student Programs", "Contacts", "Read"))],
                    Untold = [],
                    Verified = [],
                },
                new FeatureVerdict
                {
                    Name = "Subgroup reports",
                    Verdict = FeatureSupport.Unknown,
                    Reason = "A grant it needs could not be checked.",
                    Missing = [],
                    Untold = [Result("Special Education", "Student Programs", GrantVerdict.NotVerifiable, "No read shows it.")],
                    Verified = [Result("Student Data", "Student Data", GrantVerdict.Verified, "Aeries answered (200).")],
                },
            ],
        },
        "spec/permissions.csv",
        "partial");

    private static GrantCheckResult Result(string area, string group, GrantVerdict verdict, string reason, AdminTick? tick = null, bool inSpec = true) => new()
    {
        Area = area,
        Group = group,
        Access = "Read",
        InSpec = inSpec,
        Verdict = verdict,
        Reason = reason,
        ToTick = tick,
    };

    /// <summary>The expected text of a format, from WholeReports (line ends as this system writes them).</summary>
    private static string Expected(string file)
        => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "WholeReports", file)).ReplaceLineEndings("\n");
}
