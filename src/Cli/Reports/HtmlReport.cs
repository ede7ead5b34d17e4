using System.Linq;
using System.Net;
using System.Text;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Checklist;

namespace IlluminatePerms.Cli.Reports;

/// <summary>
/// The report as one self-contained HTML file (inline style and script, nothing fetched): the
/// summary, the features section (when the spec names features), a table per Aeries screen group
/// with a status per grant, and the fix steps. Its script
/// counts the rows by status into the badges at the top, so a browser shows the counts at a glance.
/// </summary>
internal static class HtmlReport
{
    private const string Style = """
        body{font-family:system-ui,sans-serif;margin:2em;max-width:70em;color:#222}
        table{border-collapse:collapse;width:100%;margin-bottom:1.5em}
        th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left}
        .verified{color:#176d2b}.missing{color:#b00020;font-weight:bold}.notVerifiable{color:#666}.inferred{color:#1f4e9c;font-style:italic}.notChecked{color:#888;font-style:italic}
        .blocked,.error{color:#a15c00}.badge{display:inline-block;margin-right:1em;padding:.2em .6em;border-radius:.3em;background:#eee}
        """;

    private const string Script = """
        for (const badge of document.querySelectorAll('[data-count]')) {
          badge.querySelector('b').textContent = document.querySelectorAll('tr[data-verdict="' + badge.dataset.count + '"]').length;
        }
        """;

    /// <summary>The HTML text of a report.</summary>
    public static string Render(CheckedReport checkedReport)
    {
        var report = checkedReport.Report;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Aeries API permissions check</title><style>").Append(Style).Append(FeaturesHtml.Style).Append("</style></head><body>\n");
        html.Append("<h1>Aeries API permissions check</h1>\n<p>Aeries ").Append(E(report.BaseUrl));
        if (checkedReport.Demo is not null)
        {
            html.Append(" (bundled mock, '").Append(E(checkedReport.Demo)).Append("' certificate)");
        }

        html.Append(", certificate <code>").Append(E(report.Certificate)).Append("</code>, spec ").Append(E(checkedReport.SpecName)).Append("</p>\n");
        html.Append("<p id=\"summary\"><strong>").Append(E(checkedReport.Report.Summary)).Append("</strong></p>\n<p id=\"counts\">");
        foreach (var verdict in System.Enum.GetValues<GrantVerdict>())
        {
            html.Append("<span class=\"badge ").Append(Css(verdict)).Append("\" data-count=\"").Append(Css(verdict)).Append("\">").Append(E(CheckedReport.Label(verdict))).Append(": <b>?</b></span>");
        }

        html.Append("</p>\n");
        FeaturesHtml.Append(html, report, "h2");
        foreach (var group in report.Results.GroupBy(r => ScreenHeading.Of(r.Area, r.Group).Title))
        {
            html.Append("<h2>").Append(E(group.Key)).Append("</h2>\n<table><tr><th>Area</th><th>Access</th><th>Status</th><th>Why</th></tr>\n");
            foreach (var result in group)
            {
                html.Append("<tr data-verdict=\"").Append(Css(result.Verdict)).Append("\"><td>").Append(E(result.Area)).Append("</td><td>").Append(E(result.Access))
                    .Append("</td><td class=\"").Append(Css(result.Verdict)).Append("\">").Append(E(CheckedReport.Label(result.Verdict))).Append("</td><td>").Append(E(result.Reason)).Append("</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        if (report.Excess.Count > 0)
        {
            html.Append("<h2>Beyond the spec</h2>\n<ul id=\"excess\">");
            foreach (var excess in report.Excess)
            {
                html.Append("<li>").Append(E(excess.Grant)).Append(": ").Append(E(excess.Reason)).Append("</li>");
            }

            html.Append("</ul>\n");
        }

        var missing = report.Missing.Where(r => r.ToTick is not null).ToList();
        if (missing.Count > 0)
        {
            html.Append("<h2>To fix</h2>\n<ol id=\"fix\">");
            foreach (var result in missing)
            {
                html.Append("<li>").Append(E(result.Grant)).Append(": ").Append(E(CheckedReport.FixStep(result.ToTick!))).Append("</li>");
            }

            html.Append("</ol>\n");
        }

        html.Append("<script>").Append(Script).Append("</script>\n</body></html>\n");
        return html.ToString();
    }

    private static string Css(GrantVerdict verdict) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(verdict.ToString());

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
