using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Grants;
using IlluminatePerms.Spec;

namespace IlluminatePerms.Cli.Commands.Diff;

/// <summary>The features (the spec's Feature column) a new spec introduces or drops, each said once.</summary>
internal static class FeatureChanges
{
    /// <summary>One line per feature only one of the specs names, NEW's first, each in its spec's order.</summary>
    public static List<string> Describe(PermissionSpec before, PermissionSpec after)
    {
        var lines = new List<string>();
        lines.AddRange(after.Features.Where(feature => !Names(before, feature)).Select(feature => $"+ new feature: {feature.Name}"));
        lines.AddRange(before.Features.Where(feature => !Names(after, feature)).Select(feature => $"- feature dropped: {feature.Name}"));
        return lines;
    }

    /// <summary>The features a spec's row for <paramref name="area"/> serves, as " (for: A, B)", or nothing.</summary>
    public static string For(PermissionSpec spec, AeriesArea area, string label)
    {
        var features = spec.Rows.FirstOrDefault(row => row.Area == area)?.Features;
        return features is null || features.Count == 0 ? string.Empty : $" ({label}: {string.Join(", ", features)})";
    }

    // "Gradebook  sync" and "gradebook sync" are the same feature (SpecFeature.IsNamed).
    private static bool Names(PermissionSpec spec, SpecFeature feature) => spec.Features.Any(other => other.IsNamed(feature.Name));
}
