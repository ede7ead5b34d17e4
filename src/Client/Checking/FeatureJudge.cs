using System;
using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Grants;
using IlluminatePerms.Spec;

namespace IlluminatePerms.Checking;

/// <summary>
/// Judges each product feature from the results of the grants it needs, claiming only what was seen:
/// fails when Aeries refused one of them, works when Aeries answered every one, else unknown. An
/// inferred grant is an inference from undocumented behaviour, not an answer that proves it, so it
/// leaves the feature unknown, like a not-verifiable one.
/// </summary>
internal static class FeatureJudge
{
    /// <summary>
    /// Refuses features the check could not judge fairly: one needing a grant the spec does not hold
    /// (it would never be probed) and two of one name (<see cref="Report.GrantCheckReport.Supports"/> could not tell them apart).
    /// </summary>
    /// <exception cref="ArgumentException">Either is found; the message names the feature.</exception>
    public static void EnsureJudgeable(IReadOnlyList<ProductFeature> features, GrantSet spec)
    {
        ArgumentNullException.ThrowIfNull(features);
        for (var i = 0; i < features.Count; i++)
        {
            var outside = features[i].Grants.Except(spec);
            if (!outside.IsEmpty)
            {
                throw new ArgumentException($"The feature '{features[i].Name}' needs {outside}, which the spec does not hold: add it to the spec, or leave it out of the feature.", nameof(features));
            }

            if (features.Take(i).FirstOrDefault(earlier => SpecFeature.SameName(earlier.Name, features[i].Name)) is { } twin)
            {
                throw new ArgumentException($"Two features are named '{twin.Name}': give each its own name.", nameof(features));
            }
        }
    }

    /// <summary>The verdict on each of <paramref name="features"/>, in their order.</summary>
    /// <param name="features">The request's features.</param>
    /// <param name="results">The spec's results (none when the check ended before probing).</param>
    /// <param name="summary">Why the check ended, for grants it never reached.</param>
    public static IReadOnlyList<FeatureVerdict> Judge(IReadOnlyList<ProductFeature> features, IReadOnlyList<GrantCheckResult> results, string summary)
    {
        var byLevel = new Dictionary<(string Area, string Access), GrantCheckResult>();
        foreach (var result in results.Where(r => r.InSpec))
        {
            byLevel.TryAdd((result.Area, result.Access), result);
        }

        return features.Select(feature => Judge(feature, byLevel, summary)).ToList();
    }

    private static FeatureVerdict Judge(ProductFeature feature, Dictionary<(string Area, string Access), GrantCheckResult> byLevel, string summary)
    {
        var results = new List<GrantCheckResult>();
        foreach (var grant in feature.Grants)
        {
            foreach (var level in AccessText.Levels.Where(level => (grant.Access & level) != 0))
            {
                var access = AccessText.Format(level);
                results.Add(byLevel.TryGetValue((grant.Area.Name, access), out var result) ? result : NeverReached(grant.Area, access, summary));
            }
        }

        var missing = results.Where(r => r.Verdict == GrantVerdict.Missing).ToList();
        var verified = results.Where(r => r.Verdict == GrantVerdict.Verified).ToList();
        var untold = results.Where(r => r.Verdict is not (GrantVerdict.Missing or GrantVerdict.Verified)).ToList();
        var (verdict, reason) = missing.Count > 0
            ? (FeatureSupport.Fails, $"Aeries refused {Names(missing)}: the feature will fail until {(missing.Count == 1 ? "it is" : "they are")} ticked.")
            : untold.Count == 0
                ? (FeatureSupport.Works, $"Aeries answered every grant it needs ({Names(verified)}).")
                : (FeatureSupport.Unknown, $"Nothing it needs was refused, but the check could not tell {string.Join(", ", untold.Select(r => $"{r.Grant} ({Why(r.Verdict)})"))}.");
        return new FeatureVerdict { Name = feature.Name, Verdict = verdict, Reason = reason, Missing = missing, Untold = untold, Verified = verified };
    }

    /// <summary>A grant the check ended before probing (an unreachable server, a rejected certificate, a stop before the probes).</summary>
    private static GrantCheckResult NeverReached(AeriesArea area, string access, string summary) => new()
    {
        Area = area.Name,
        Group = area.Group,
        Access = access,
        InSpec = true,
        Verdict = GrantVerdict.NotChecked,
        Reason = $"Not checked: {summary}",
    };

    private static string Names(IEnumerable<GrantCheckResult> results) => string.Join(", ", results.Select(r => r.Grant));

    private static string Why(GrantVerdict verdict) => verdict switch
    {
        GrantVerdict.NotVerifiable => "not verifiable",
        GrantVerdict.Inferred => "inferred from undocumented behaviour, not proven",
        GrantVerdict.Blocked => "blocked",
        GrantVerdict.NotChecked => "not checked",
        _ => "error",
    };
}
