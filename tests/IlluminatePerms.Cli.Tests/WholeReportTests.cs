using System;
using System.IO;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Cli.Reports;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary>
/// The whole text of the Markdown, HTML and table reports for one small report that has every
/// verdict, a grant beyond the spec, a fix step under the second "Other" heading, and reasons with the
/// characters each format must escape: what an admin pastes into a ticket or opens in a browser.
/// </summary>
public sealed class WholeReportTests
{
    [Fact]
    public void Markdown_is_the_header_one_table_per_screen_heading_the_excess_and_the_fix_steps()
    {
        Assert.Equal(Expected.Markdown, MarkdownReport.Render(Report()).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Html_body_is_the_header_badges_one_table_per_screen_heading_the_excess_and_the_fix_steps()
    {
        var html = HtmlReport.Render(Report());

        var body = html[(html.IndexOf("<body>", StringComparison.Ordinal) + "<body>".Length)..html.IndexOf("<script>", StringComparison.Ordinal)];
        Assert.Equal(Expected.HtmlBody, body);
    }

    [Fact]
    public void Table_without_colour_is_the_header_the_grouped_table_the_excess_the_summary_and_the_fix_steps()
    {
        Assert.Equal(Expected.Table, ReportWriter.Render(Report(), ReportFormat.Table).ReplaceLineEndings("\n"));
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

        Assert.Equal(Expected.TableHeader + "3 of 8 verified.\n", table);
        Assert.DoesNotContain("## ", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<table>", html, StringComparison.Ordinal);
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

    private static class Expected
    {
        public const string Markdown = """
            # Aeries API permissions check

            - Aeries: https://district.example/aeries/ (bundled mock, 'partial' certificate)
            - Certificate: `477a…f5e1`
            - Spec: spec/permissions.csv
            - Result: **3 of 8 verified.**

            ## Features

            What the product can do with this certificate, feature by feature (the spec's Feature column).

            - **Family &lt;contacts> &amp; more**: WILL FAIL. Aeries refused Contacts: Read: the feature will fail until it is ticked.
              - Contacts: Read is missing: in Security → API Security, under “Student Programs” tick Contacts → Read.

            ## Student Data

            | Area | Access | Status | Why |
            |---|---|---|---|
            | Student Data | Read | verified | Aeries answered (200) \| a pipe |

            ## Student Programs

            | Area | Access | Status | Why |
            |---|---|---|---|
            | Contacts | Read | MISSING | Aeries refused it (403) &lt;b>&amp; more&lt;/b> |
            | Special Education | Read | not verifiable | No read shows it. |

            ## Other (the second “Other” heading, lower on the screen)

            | Area | Access | Status | Why |
            |---|---|---|---|
            | Student Groups | Read | MISSING | Aeries refused it (403). |
            | Language Assessment | Read | blocked | No StudentID to ask with. |

            ## School Information

            | Area | Access | Status | Why |
            |---|---|---|---|
            | Users | Read | inferred (undocumented) | Answered, though not documented. |

            ## Grade Reporting

            | Area | Access | Status | Why |
            |---|---|---|---|
            | Transcripts | Read | not checked | Not checked: stopped first. |
            | Graduation Status | Read | error | Aeries answered 500. |

            ## Beyond the spec

            - Attendance History: Read: Aeries answered (200), though the spec lacks it.

            ## To fix

            - [ ] Contacts: Read: In Aeries, open Security → API Security, find this certificate's row (Display Certificate Details), and under “Student Programs” tick Contacts → Read; then Save.
            - [ ] Student Groups: Read: In Aeries, open Security → API Security, find this certificate's row (Display Certificate Details), and under the second “Other” heading (lower on the screen) tick Student Groups → Read; then Save.
            """ + "\n";

        public const string HtmlBody = """

            <h1>Aeries API permissions check</h1>
            <p>Aeries https://district.example/aeries/ (bundled mock, 'partial' certificate), certificate <code>477a…f5e1</code>, spec spec/permissions.csv</p>
            <p id="summary"><strong>3 of 8 verified.</strong></p>
            <p id="counts"><span class="badge verified" data-count="verified">verified: <b>?</b></span><span class="badge missing" data-count="missing">MISSING: <b>?</b></span><span class="badge notVerifiable" data-count="notVerifiable">not verifiable: <b>?</b></span><span class="badge blocked" data-count="blocked">blocked: <b>?</b></span><span class="badge error" data-count="error">error: <b>?</b></span><span class="badge inferred" data-count="inferred">inferred (undocumented): <b>?</b></span><span class="badge notChecked" data-count="notChecked">not checked: <b>?</b></span></p>
            <h2 id="features-heading">Features</h2>
            <p>What the product can do with this certificate, feature by feature (the spec&#39;s Feature column).</p>
            <ul id="features" aria-labelledby="features-heading"><li data-feature-verdict="fails"><strong>Family &lt;contacts&gt; &amp; more</strong>: <span class="feature-fails">WILL FAIL</span>. Aeries refused Contacts: Read: the feature will fail until it is ticked.<ul><li>Contacts: Read is missing: in Security → API Security, under “Student Programs” tick Contacts → Read.</li></ul></li>
            </ul>
            <h2>Student Data</h2>
            <table><tr><th>Area</th><th>Access</th><th>Status</th><th>Why</th></tr>
            <tr data-verdict="verified"><td>Student Data</td><td>Read</td><td class="verified">verified</td><td>Aeries answered (200) | a pipe</td></tr>
            </table>
            <h2>Student Programs</h2>
            <table><tr><th>Area</th><th>Access</th><th>Status</th><th>Why</th></tr>
            <tr data-verdict="missing"><td>Contacts</td><td>Read</td><td class="missing">MISSING</td><td>Aeries refused it (403) &lt;b&gt;&amp; more&lt;/b&gt;</td></tr>
            <tr data-verdict="notVerifiable"><td>Special Education</td><td>Read</td><td class="notVerifiable">not verifiable</td><td>No read shows it.</td></tr>
            </table>
            <h2>Other (the second “Other” heading, lower on the screen)</h2>
            <table><tr><th>Area</th><th>Access</th><th>Status</th><th>Why</th></tr>
            <tr data-verdict="missing"><td>Student Groups</td><td>Read</td><td class="missing">MISSING</td><td>Aeries refused it (403).</td></tr>
            <tr data-verdict="blocked"><td>Language Assessment</td><td>Read</td><td class="blocked">blocked</td><td>No StudentID to ask with.</td></tr>
            </table>
            <h2>School Information</h2>
            <table><tr><th>Area</th><th>Access</th><th>Status</th><th>Why</th></tr>
            <tr data-verdict="inferred"><td>Users</td><td>Read</td><td class="inferred">inferred (undocumented)</td><td>Answered, though not documented.</td></tr>
            </table>
            <h2>Grade Reporting</h2>
            <table><tr><th>Area</th><th>Access</th><th>Status</th><th>Why</th></tr>
            <tr data-verdict="notChecked"><td>Transcripts</td><td>Read</td><td class="notChecked">not checked</td><td>Not checked: stopped first.</td></tr>
            <tr data-verdict="error"><td>Graduation Status</td><td>Read</td><td class="error">error</td><td>Aeries answered 500.</td></tr>
            </table>
            <h2>Beyond the spec</h2>
            <ul id="excess"><li>Attendance History: Read: Aeries answered (200), though the spec lacks it.</li></ul>
            <h2>To fix</h2>
            <ol id="fix"><li>Contacts: Read: In Aeries, open Security → API Security, find this certificate&#39;s row (Display Certificate Details), and under “Student Programs” tick Contacts → Read; then Save.</li><li>Student Groups: Read: In Aeries, open Security → API Security, find this certificate&#39;s row (Display Certificate Details), and under the second “Other” heading (lower on the screen) tick Student Groups → Read; then Save.</li></ol>
            """ + "\n";

        public const string TableHeader = """
            Aeries https://district.example/aeries/  certificate 477a…f5e1  spec spec/permissions.csv  (bundled mock, 'partial' 
            certificate)
            """ + "\n";

        public const string TableBody = """
            ╭───────────────────────────────────────────┬────────┬─────────────────────────┬───────────────────────────────────────╮
            │ Area                                      │ Access │ Status                  │ Why                                   │
            ├───────────────────────────────────────────┼────────┼─────────────────────────┼───────────────────────────────────────┤
            │ Student Data                              │        │                         │                                       │
            │   Student Data                            │ Read   │ verified                │ Aeries answered (200) | a pipe        │
            │ Student Programs                          │        │                         │                                       │
            │   Contacts                                │ Read   │ MISSING                 │ Aeries refused it (403) <b>& more</b> │
            │   Special Education                       │ Read   │ not verifiable          │ No read shows it.                     │
            │ Other (the second “Other” heading, lower  │        │                         │                                       │
            │ on the screen)                            │        │                         │                                       │
            │   Student Groups                          │ Read   │ MISSING                 │ Aeries refused it (403).              │
            │   Language Assessment                     │ Read   │ blocked                 │ No StudentID to ask with.             │
            │ School Information                        │        │                         │                                       │
            │   Users                                   │ Read   │ inferred (undocumented) │ Answered, though not documented.      │
            │ Grade Reporting                           │        │                         │                                       │
            │   Transcripts                             │ Read   │ not checked             │ Not checked: stopped first.           │
            │   Graduation Status                       │ Read   │ error                   │ Aeries answered 500.                  │
            ╰───────────────────────────────────────────┴────────┴─────────────────────────┴───────────────────────────────────────╯
            excess Attendance History: Read: Aeries answered (200), though the spec lacks it.
            3 of 8 verified.
            Features:
              - Family <contacts> & more: WILL FAIL. Aeries refused Contacts: Read: the feature will fail until it is ticked.
                  Contacts: Read is missing: in Security → API Security, under “Student Programs” tick Contacts → Read.
            To fix:
              - Contacts: Read: In Aeries, open Security → API Security, find this certificate's row (Display Certificate Details), 
            and under “Student Programs” tick Contacts → Read; then Save.
              - Student Groups: Read: In Aeries, open Security → API Security, find this certificate's row (Display Certificate 
            Details), and under the second “Other” heading (lower on the screen) tick Student Groups → Read; then Save.
            """ + "\n";

        public const string Table = TableHeader + TableBody;
    }
}
