using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Checklist;

namespace IlluminatePerms.Cli.Reports;

/// <summary>A check report with what the renderers need around it: the spec's name and the demo profile.</summary>
/// <param name="Report">The checker's report (certificate redacted).</param>
/// <param name="SpecName">The spec checked against, as the user named it.</param>
/// <param name="Demo">The bundled mock's certificate profile, when the check ran against the mock.</param>
internal sealed record CheckedReport(GrantCheckReport Report, string SpecName, string? Demo)
{
    /// <summary>Spec results by verdict, every verdict present (zero included), in enum order.</summary>
    public IReadOnlyDictionary<GrantVerdict, int> Counts { get; } =
        System.Enum.GetValues<GrantVerdict>().ToDictionary(v => v, v => Report.Count(v));

    /// <summary>Where the spec's file and rows stand, for reports that point at them; null when not known.</summary>
    public SpecLocation? SpecLocation { get; init; }

    /// <summary>The admin's words for fixing a missing grant.</summary>
    public static string FixStep(AdminTick tick)
        => $"In Aeries, open Security → API Security, find this certificate's row (Display Certificate Details), and {ScreenHeading.Of(tick.Row, tick.Group).Under} tick {tick.Row} → {tick.Column}; then Save.";

    /// <summary>Short label of a verdict, as the table and the HTML show it.</summary>
    public static string Label(GrantVerdict verdict) => verdict switch
    {
        GrantVerdict.Verified => "verified",
        GrantVerdict.Missing => "MISSING",
        GrantVerdict.NotVerifiable => "not verifiable",
        GrantVerdict.Blocked => "blocked",
        GrantVerdict.Inferred => "inferred (undocumented)",
        GrantVerdict.NotChecked => "not checked",
        _ => "error",
    };
}
