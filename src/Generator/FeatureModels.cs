using System;
using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Generator.Model;
using IlluminatePerms.Spec;

namespace IlluminatePerms.Generator;

/// <summary>
/// Gives each feature of the spec its member of the generated <c>Features</c> class, and reports
/// (IP1022, at the feature's first mention) a feature that cannot have one of its own. Such a feature
/// gets no member: a member that silently stood for another feature's grants would switch the wrong
/// feature off.
/// </summary>
internal static class FeatureModels
{
    /// <summary>The name of the nested class that holds the features' grant sets.</summary>
    public const string ClassName = "Features";

    // Members every C# class inherits from object: a feature of that name would hide one (CS0108).
    private static readonly string[] InheritedMembers = { "Equals", "GetHashCode", "GetType", "MemberwiseClone", "ReferenceEquals", "ToString" };

    /// <summary>The features of <paramref name="spec"/> that get a member, in order of first mention.</summary>
    /// <param name="spec">The parsed spec.</param>
    /// <param name="generatedClass">The name of the generated class that holds <see cref="ClassName"/>.</param>
    /// <param name="specPath">The spec's path, for diagnostic locations.</param>
    /// <param name="diagnostics">Where a feature without a member of its own is reported.</param>
    public static FeatureModel[] Read(PermissionSpec spec, string generatedClass, string specPath, List<DiagnosticInfo> diagnostics)
    {
        var models = new List<FeatureModel>();
        if (generatedClass == ClassName && spec.Features.Count > 0)
        {
            Report(spec.Features[0], $"The generated class is named '{ClassName}' (IlluminatePermsClassName), the name of the class that would hold the features, so no feature gets a member: choose another class name", specPath, diagnostics);
            return models.ToArray();
        }

        var taken = new Dictionary<string, SpecFeature>(StringComparer.Ordinal);
        foreach (var feature in spec.Features)
        {
            var member = FeatureMemberName.From(feature.Name);
            var problem = Problem(feature, member, generatedClass, taken);
            if (problem is not null)
            {
                Report(feature, problem, specPath, diagnostics);
                continue;
            }

            taken.Add(member!, feature);
            models.Add(new FeatureModel(feature.Name, member!, new EquatableArray<string>(feature.Rows.Select(row => row.Area.Name).ToArray())));
        }

        return models.ToArray();
    }

    /// <summary>Reports a problem at the feature field of the row that first names <paramref name="feature"/>.</summary>
    private static void Report(SpecFeature feature, string message, string specPath, List<DiagnosticInfo> diagnostics)
    {
        var span = feature.Rows[0].FeatureSpan;
        diagnostics.Add(new DiagnosticInfo(SpecDiagnosticIds.UnusableFeatureName, message, specPath, span.Offset, span.Length, span.Line, span.Column, span.EndLine, span.EndColumn));
    }

    /// <summary>Why the feature cannot have <paramref name="member"/>, or null when it can.</summary>
    private static string? Problem(SpecFeature feature, string? member, string generatedClass, Dictionary<string, SpecFeature> taken)
    {
        var path = $"{generatedClass}.{ClassName}.{member}";
        if (member is null)
        {
            return $"The feature '{feature.Name}' has no letter or digit, so it gets no member of {generatedClass}.{ClassName}: name it in words";
        }

        if (member == ClassName)
        {
            return $"The feature '{feature.Name}' would be {path}, which C# forbids (a member named as its class): rename the feature";
        }

        if (InheritedMembers.Contains(member, StringComparer.Ordinal))
        {
            return $"The feature '{feature.Name}' would be {path}, which hides the '{member}' every C# class has: rename the feature";
        }

        return taken.TryGetValue(member, out var other)
            ? $"The feature '{feature.Name}' would be {path}, the member of the feature '{other.Name}' (line {other.Rows[0].Line}): rename one of them so that each gets its own member"
            : null;
    }
}
