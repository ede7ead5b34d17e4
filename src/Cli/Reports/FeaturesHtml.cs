using System.Net;
using System.Text;
using IlluminatePerms.Checking.Report;

namespace IlluminatePerms.Cli.Reports;

/// <summary>
/// The features section in HTML, for the HTML report and the check page: a list, one item per
/// feature with its verdict (<c>data-feature-verdict</c>: works, fails, unknown) and the grants that
/// decided it. Nothing when the spec names no feature.
/// </summary>
internal static class FeaturesHtml
{
    /// <summary>The id of the section's heading; the list is labelled by it.</summary>
    public const string HeadingId = "features-heading";

    /// <summary>The section's style (verdict classes are prefixed, apart from the grant verdicts').</summary>
    public const string Style = ".feature-works{color:#176d2b}.feature-fails{color:#b00020;font-weight:bold}.feature-unknown{color:#a15c00}";

    /// <summary>Appends the section to <paramref name="html"/> under a heading of <paramref name="headingTag"/> ("h2", "h3").</summary>
    public static void Append(StringBuilder html, GrantCheckReport report, string headingTag)
    {
        if (report.Features.Count == 0)
        {
            return;
        }

        html.Append('<').Append(headingTag).Append(" id=\"").Append(HeadingId).Append("\">").Append(FeatureText.Heading).Append("</").Append(headingTag).Append(">\n");
        html.Append("<p>").Append(E(FeatureText.Intro)).Append("</p>\n<ul id=\"features\" aria-labelledby=\"").Append(HeadingId).Append("\">");
        foreach (var feature in report.Features)
        {
            var css = FeatureText.Css(feature.Verdict);
            html.Append("<li data-feature-verdict=\"").Append(css).Append("\"><strong>").Append(E(feature.Name)).Append("</strong>: <span class=\"feature-").Append(css).Append("\">")
                .Append(E(FeatureText.Label(feature.Verdict))).Append("</span>. ").Append(E(feature.Reason));
            var points = FeatureText.Points(feature);
            if (points.Count > 0)
            {
                html.Append("<ul>");
                foreach (var point in points)
                {
                    html.Append("<li>").Append(E(point)).Append("</li>");
                }

                html.Append("</ul>");
            }

            html.Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
