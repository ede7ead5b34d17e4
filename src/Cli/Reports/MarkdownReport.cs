using System.Linq;
using System.Text;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Checklist;

namespace IlluminatePerms.Cli.Reports;

/// <summary>
/// The report as Markdown, for a support ticket: the features (when the spec names features), one
/// table per Aeries screen group, then the fix steps.
/// </summary>
internal static class MarkdownReport
{
    /// <summary>The Markdown text of a report.</summary>
    public static string Render(CheckedReport checkedReport)
    {
        var report = checkedReport.Report;
        var text = new StringBuilder();
        text.AppendLine("# Aeries API permissions check").AppendLine();
        text.AppendLine($"- Aeries: {report.BaseUrl}{(checkedReport.Demo is null ? string.Empty : $" (bundled mock, '{checkedReport.Demo}' certificate)")}");
        text.AppendLine($"- Certificate: `{report.Certificate}`");
        text.AppendLine($"- Spec: {checkedReport.SpecName}");
        text.AppendLine($"- Result: **{Escape(checkedReport.Report.Summary)}**").AppendLine();
        AppendFeatures(text, report);
        foreach (var group in report.Results.GroupBy(r => ScreenHeading.Of(r.Area, r.Group).Title))
        {
            text.AppendLine($"## {group.Key}").AppendLine();
            text.AppendLine("| Area | Access | Status | Why |").AppendLine("|---|---|---|---|");
            foreach (var result in group)
            {
                text.AppendLine($"| {Escape(result.Area)} | {result.Access} | {CheckedReport.Label(result.Verdict)} | {Escape(result.Reason)} |");
            }

            text.AppendLine();
        }

        if (report.Excess.Count > 0)
        {
            text.AppendLine("## Beyond the spec").AppendLine();
            foreach (var excess in report.Excess)
            {
                text.AppendLine($"- {Escape(excess.Grant)}: {Escape(excess.Reason)}");
            }

            text.AppendLine();
        }

        var missing = report.Missing.Where(r => r.ToTick is not null).ToList();
        if (missing.Count > 0)
        {
            text.AppendLine("## To fix").AppendLine();
            foreach (var result in missing)
            {
                text.AppendLine($"- [ ] {Escape(result.Grant)}: {Escape(CheckedReport.FixStep(result.ToTick!))}");
            }
        }

        return text.ToString();
    }

    private static void AppendFeatures(StringBuilder text, GrantCheckReport report)
    {
        if (report.Features.Count == 0)
        {
            return;
        }

        text.AppendLine($"## {FeatureText.Heading}").AppendLine().AppendLine(FeatureText.Intro).AppendLine();
        foreach (var feature in report.Features)
        {
            text.AppendLine($"- **{Escape(feature.Name)}**: {FeatureText.Label(feature.Verdict)}. {Escape(feature.Reason)}");
            foreach (var point in FeatureText.Points(feature))
            {
                text.AppendLine($"  - {Escape(point)}");
            }
        }

        text.AppendLine();
    }

    /// <summary>Text shown as written: a pipe would end a table cell, and '&lt;' or '&amp;' would be read as HTML.</summary>
    private static string Escape(string text)
        => text.Replace("&", "&amp;", System.StringComparison.Ordinal).Replace("<", "&lt;", System.StringComparison.Ordinal).Replace("|", "\\|", System.StringComparison.Ordinal);
}
