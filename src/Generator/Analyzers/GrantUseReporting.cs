using Microsoft.CodeAnalysis.Diagnostics;

namespace IlluminatePerms.Generator.Analyzers;

/// <summary>
/// IlluminatePermsReportGrantUse: the build asks for IP0007 at every use of a [RequiresGrant] member
/// (what <c>illuminate-perms spec infer</c> reads). With the gate off too, the analyzer still runs to
/// report those uses, and checks nothing: a project without a spec, or with one that lacks grants,
/// can be inventoried without failing its build.
/// </summary>
internal static class GrantUseReporting
{
    public const string Property = "build_property.IlluminatePermsReportGrantUse";

    /// <summary>True when IlluminatePermsReportGrantUse is "true".</summary>
    public static bool IsRequested(AnalyzerConfigOptions options)
        => options.TryGetValue(Property, out var value) && string.Equals(value.Trim(), "true", System.StringComparison.OrdinalIgnoreCase);
}
