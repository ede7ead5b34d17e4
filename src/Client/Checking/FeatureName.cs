using System;

namespace IlluminatePerms.Checking;

/// <summary>
/// When two feature names name one feature: case and runs of spaces aside, as the spec's
/// <see cref="Spec.SpecFeature.IsNamed"/> matches them ("Gradebook  sync" is "gradebook sync").
/// </summary>
internal static class FeatureName
{
    /// <summary>True when <paramref name="left"/> and <paramref name="right"/> name one feature.</summary>
    public static bool Same(string left, string right) => string.Equals(Key(left), Key(right), StringComparison.Ordinal);

    private static string Key(string name)
        => string.Join(' ', name.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
