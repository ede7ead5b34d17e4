using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Checklist;

namespace IlluminatePerms.Cli.Reports;

/// <summary>
/// The words of every report's features section: a label per verdict, and what to tick for a
/// feature that will fail.
/// </summary>
internal static class FeatureText
{
    /// <summary>The section's heading.</summary>
    public const string Heading = "Features";

    /// <summary>One line under the heading: what the verdicts mean.</summary>
    public const string Intro = "What the product can do with this certificate, feature by feature (the spec's Feature column).";

    /// <summary>Short label of a verdict, as the table, Markdown and HTML show it.</summary>
    public static string Label(FeatureSupport verdict) => verdict switch
    {
        FeatureSupport.Works => "works",
        FeatureSupport.Fails => "WILL FAIL",
        _ => "cannot be told",
    };

    /// <summary>The verdict as a CSS class and data value: "works", "fails", "unknown".</summary>
    public static string Css(FeatureSupport verdict) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(verdict.ToString());

    /// <summary>
    /// What to do for a feature that will fail: each missing grant and where to tick it. Nothing for
    /// the other verdicts: a feature's line already names the grants the check could not tell, and
    /// each grant's row in the report says why, so the section does not repeat those reasons.
    /// </summary>
    public static IReadOnlyList<string> Points(FeatureVerdict feature)
        => feature.Verdict == FeatureSupport.Fails
            ? feature.Missing.Select(r => r.ToTick is { } tick ? $"{r.Grant} is missing: {Tick(tick)}." : $"{r.Grant} is missing: {r.Reason}").ToList()
            : [];

    /// <summary>"in Security → API Security, under “Scheduling” tick Class Calendars → Read".</summary>
    private static string Tick(AdminTick tick) => $"in Security → API Security, {ScreenHeading.Of(tick.Row, tick.Group).Under} tick {tick.Row} → {tick.Column}";
}
