using System.Collections.Generic;
using IlluminatePerms.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IlluminatePerms.Generator;

/// <summary>Reads the generator's MSBuild properties (made visible by build/IlluminatePerms.Generator.props).</summary>
internal static class OptionsReader
{
    public const string NamespaceProperty = "build_property.IlluminatePermsNamespace";
    public const string ClassNameProperty = "build_property.IlluminatePermsClassName";
    public const string SpecFileProperty = "build_property.IlluminatePermsSpecFile";
    public const string SpecMetadata = "build_metadata.AdditionalFiles.IlluminatePermsSpec";
    public const string GateProperty = "build_property.IlluminatePermsGate";
    public const string ClassVisibilityProperty = "build_property.IlluminatePermsClassVisibility";

    /// <summary>
    /// False only when IlluminatePermsGate is "false" (set on purpose, or by the props file for a
    /// project that gets the package transitively). Unset means on: the gate fails closed.
    /// </summary>
    public static bool GateIsOn(AnalyzerConfigOptions options)
        => !(options.TryGetValue(GateProperty, out var gate) && string.Equals(gate.Trim(), "false", System.StringComparison.OrdinalIgnoreCase));

    public static GeneratorOptions Read(AnalyzerConfigOptions options)
    {
        var problems = new List<DiagnosticInfo>();
        var ns = Value(options, NamespaceProperty, GeneratorOptions.DefaultNamespace);
        if (!IsValidNamespace(ns))
        {
            problems.Add(Problem($"IlluminatePermsNamespace '{ns}' is not a valid C# namespace; '{GeneratorOptions.DefaultNamespace}' is used instead"));
            ns = GeneratorOptions.DefaultNamespace;
        }

        var className = Value(options, ClassNameProperty, GeneratorOptions.DefaultClassName);
        if (!IsValidIdentifier(className))
        {
            problems.Add(Problem($"IlluminatePermsClassName '{className}' is not a valid C# class name; '{GeneratorOptions.DefaultClassName}' is used instead"));
            className = GeneratorOptions.DefaultClassName;
        }

        var visibility = Value(options, ClassVisibilityProperty, GeneratorOptions.DefaultVisibility).ToLowerInvariant();
        if (visibility is not ("internal" or "public"))
        {
            problems.Add(Problem($"IlluminatePermsClassVisibility '{visibility}' is not 'internal' or 'public'; '{GeneratorOptions.DefaultVisibility}' is used instead"));
            visibility = GeneratorOptions.DefaultVisibility;
        }

        var specFile = SpecFileSelector.SpecFileName(options);
        return new GeneratorOptions(ns, className, visibility, specFile, new EquatableArray<DiagnosticInfo>(problems.ToArray()));
    }

    private static string Value(AnalyzerConfigOptions options, string key, string fallback)
        => options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : fallback;

    private static bool IsValidNamespace(string ns)
    {
        foreach (var part in ns.Split('.'))
        {
            if (!IsValidIdentifier(part))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsValidIdentifier(string name)
        => SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

    private static DiagnosticInfo Problem(string message)
        => new(DiagnosticDescriptors.InvalidOption.Id, message, null, 0, 0, 0, 0, 0, 0);
}
