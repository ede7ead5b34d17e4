using System.IO;

namespace IlluminatePerms.Cli.Reports;

/// <summary>A report's text in any format (the table without colour, as written to a file).</summary>
internal static class ReportWriter
{
    /// <summary>The text of <paramref name="report"/> in <paramref name="format"/>.</summary>
    public static string Render(CheckedReport report, ReportFormat format)
    {
        switch (format)
        {
            case ReportFormat.Json:
                return JsonReport.Render(report);
            case ReportFormat.Markdown:
                return MarkdownReport.Render(report);
            case ReportFormat.Sarif:
                return SarifReport.Render(report);
            case ReportFormat.Html:
                return HtmlReport.Render(report);
            default:
                using (var writer = new StringWriter())
                {
                    TableReport.Write(report, writer, colour: false);
                    return writer.ToString();
                }
        }
    }
}
