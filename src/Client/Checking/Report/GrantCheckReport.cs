using System;
using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Spec;

namespace IlluminatePerms.Checking.Report;

/// <summary>
/// The result of checking a certificate against a permission spec: a plain model (records,
/// strings, enums) that renders as a table, JSON, Markdown or SARIF. It carries statuses, area
/// names, counts and the identifiers probed, never the certificate (only its redacted form) or
/// record contents.
/// </summary>
public sealed record GrantCheckReport
{
    /// <summary>The district's base URL.</summary>
    public required string BaseUrl { get; init; }

    /// <summary>The certificate, redacted (<c>477a…f5e1</c>).</summary>
    public required string Certificate { get; init; }

    /// <summary>How the check ended.</summary>
    public required CheckOutcome Outcome { get; init; }

    /// <summary>One sentence on the outcome (why the check stopped, when it did).</summary>
    public required string Summary { get; init; }

    /// <summary>The Aeries version from <c>systeminfo</c>, when it answered.</summary>
    public string? AeriesVersion { get; init; }

    /// <summary>The default database year from <c>systeminfo</c> (e.g. "2025-2026"), when it answered.</summary>
    public string? DatabaseYear { get; init; }

    /// <summary>When the check started (UTC).</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>How long it took.</summary>
    public required TimeSpan Duration { get; init; }

    /// <summary>Requests sent (retries inside the HTTP pipeline not counted).</summary>
    public required int Requests { get; init; }

    /// <summary>The identifiers the probes used.</summary>
    public required IReadOnlyList<IdentifierUse> Identifiers { get; init; }

    /// <summary>One result per access level of each spec grant, in screen order.</summary>
    public required IReadOnlyList<GrantCheckResult> Results { get; init; }

    /// <summary>
    /// Areas outside the spec that the certificate can read (<see cref="GrantVerdict.Verified"/>), or
    /// whose rows Aeries answered (<see cref="GrantVerdict.Inferred"/>): more access than the product needs.
    /// </summary>
    public required IReadOnlyList<GrantCheckResult> Excess { get; init; }

    /// <summary>
    /// The verdict on each product feature of the request (<see cref="GrantCheckRequest.Features"/>,
    /// the spec's Feature column), in the spec's order; empty when it names none.
    /// </summary>
    public IReadOnlyList<FeatureVerdict> Features { get; init; } = Array.Empty<FeatureVerdict>();

    /// <summary>The spec results that are <see cref="GrantVerdict.Missing"/>: what the admin must tick.</summary>
    public IReadOnlyList<GrantCheckResult> Missing => Results.Where(r => r.Verdict == GrantVerdict.Missing).ToList();

    /// <summary>Spec results by verdict.</summary>
    public int Count(GrantVerdict verdict) => Results.Count(r => r.Verdict == verdict);

    /// <summary>
    /// True when the check completed and nothing in the spec is missing, blocked or in error
    /// (not verifiable and inferred grants are not failures, but neither is proven).
    /// </summary>
    public bool IsSatisfied => Outcome == CheckOutcome.Completed && Results.All(r => r.Verdict is GrantVerdict.Verified or GrantVerdict.NotVerifiable or GrantVerdict.Inferred);

    /// <summary>
    /// True only when the feature works: Aeries answered every grant it needs. False when it fails and
    /// when the check could not tell (switch it off, or ask the admin, rather than assume it works).
    /// </summary>
    /// <param name="feature">The feature's name as the spec writes it (case and runs of spaces aside).</param>
    /// <exception cref="ArgumentException">No feature of the report has that name: a typo must not switch a feature off or on.</exception>
    public bool Supports(string feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        var verdict = Features.FirstOrDefault(f => SpecFeature.SameName(f.Name, feature));
        if (verdict is null)
        {
            throw new ArgumentException(
                Features.Count == 0
                    ? $"The report names no feature, so it cannot say whether '{feature}' works: give the spec's features in GrantCheckRequest.Features."
                    : $"The report names no feature '{feature}'; its features are: {string.Join(", ", Features.Select(f => $"'{f.Name}'"))}.",
                nameof(feature));
        }

        return verdict.Verdict == FeatureSupport.Works;
    }
}
