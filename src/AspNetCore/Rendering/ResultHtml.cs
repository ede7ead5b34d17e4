using System;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.Json;
using IlluminatePerms.AspNetCore.Checking;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Checklist;
using IlluminatePerms.Cli.Reports;

namespace IlluminatePerms.AspNetCore.Rendering;

/// <summary>
/// The result part of the page: what to tick first, then what each feature of the product can do
/// (when the spec names features), a table per heading of the Aeries API Security screen, areas beyond the spec, and a link that downloads the self-contained HTML report
/// (the same file as <c>check --format html</c>). Every text is encoded; the page inserts it as is.
/// </summary>
internal static class ResultHtml
{
    /// <summary>The id of the result's heading, which the script moves focus to.</summary>
    public const string HeadingId = "result-heading";

    /// <summary>The HTML of <paramref name="outcome"/>.</summary>
    public static string Render(PageCheckOutcome outcome)
        => outcome.Report is { } report ? Render(report) : Refusal(outcome.Refusal ?? "The check was not made.");

    private static string Refusal(string why)
        => $"<section id=\"result\" role=\"alert\" aria-labelledby=\"{HeadingId}\"><h2 id=\"{HeadingId}\" tabindex=\"-1\">Not checked</h2><p>{E(why)}</p></section>";

    private static string Render(CheckedReport checkedReport)
    {
        var report = checkedReport.Report;
        var html = new StringBuilder();
        html.Append("<section id=\"result\" aria-labelledby=\"").Append(HeadingId).Append("\"><h2 id=\"").Append(HeadingId).Append("\" tabindex=\"-1\">Result</h2>");
        html.Append("<p id=\"summary\"><strong>").Append(E(report.Summary)).Append("</strong></p>");
        html.Append("<p>Aeries at ").Append(E(report.BaseUrl));
        if (report.AeriesVersion is not null)
        {
            html.Append(" (version ").Append(E(report.AeriesVersion)).Append(')');
        }

        html.Append(", certificate <code>").Append(E(report.Certificate)).Append("</code>, checked against ").Append(E(checkedReport.SpecName)).Append(".</p>");
        html.Append("<ul id=\"counts\" aria-label=\"Results by status\">");
        foreach (var (verdict, count) in checkedReport.Counts.Where(c => c.Value > 0))
        {
            html.Append("<li class=\"").Append(Css(verdict)).Append("\">").Append(E(CheckedReport.Label(verdict))).Append(": ").Append(count).Append("</li>");
        }

        html.Append("</ul>");
        AppendFixSteps(html, report);
        FeaturesHtml.Append(html, report, "h3");
        foreach (var group in report.Results.GroupBy(r => ScreenHeading.Of(r.Area, r.Group).Title))
        {
            html.Append("<h3>").Append(E(group.Key)).Append("</h3><table><thead><tr><th scope=\"col\">Area</th><th scope=\"col\">Access</th><th scope=\"col\">Status</th><th scope=\"col\">Why</th></tr></thead><tbody>");
            foreach (var result in group)
            {
                html.Append("<tr data-verdict=\"").Append(Css(result.Verdict)).Append("\"><th scope=\"row\">").Append(E(result.Area)).Append("</th><td>").Append(E(result.Access))
                    .Append("</td><td class=\"").Append(Css(result.Verdict)).Append("\">").Append(E(CheckedReport.Label(result.Verdict))).Append("</td><td>").Append(E(result.Reason)).Append("</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        if (report.Excess.Count > 0)
        {
            html.Append("<h3>Beyond what the product needs</h3><p>The certificate can read these too; you may untick them.</p><ul id=\"excess\">");
            foreach (var excess in report.Excess)
            {
                html.Append("<li>").Append(E(excess.Grant)).Append(": ").Append(E(excess.Reason)).Append("</li>");
            }

            html.Append("</ul>");
        }

        html.Append("<p><a id=\"download\" download=\"").Append(E(FileName(report))).Append("\" href=\"data:text/html;charset=utf-8;base64,")
            .Append(Convert.ToBase64String(Encoding.UTF8.GetBytes(HtmlReport.Render(checkedReport)))).Append("\">Download this report (HTML file)</a></p></section>");
        return html.ToString();
    }

    private static void AppendFixSteps(StringBuilder html, GrantCheckReport report)
    {
        var missing = report.Missing.Where(r => r.ToTick is not null).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        html.Append("<h3 id=\"fix-heading\">What to tick in Aeries</h3><ol id=\"fix\" aria-labelledby=\"fix-heading\">");
        foreach (var result in missing)
        {
            html.Append("<li><strong>").Append(E(result.Grant)).Append("</strong>: ").Append(E(CheckedReport.FixStep(result.ToTick!))).Append("</li>");
        }

        html.Append("</ol><p>Then check again.</p>");
    }

    /// <summary>"aeries-check-demo.aeries.net.html": the district's host, so two districts' reports do not overwrite each other.</summary>
    private static string FileName(GrantCheckReport report) => $"aeries-check-{new Uri(report.BaseUrl).Host}.html";

    private static string Css(GrantVerdict verdict) => JsonNamingPolicy.CamelCase.ConvertName(verdict.ToString());

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
