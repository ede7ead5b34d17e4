using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using IlluminatePerms.Generator.Model;

namespace IlluminatePerms.Generator;

/// <summary>
/// Decides which AdditionalFile is the permission spec. The generator, the analyzers and the code
/// fix all ask here, so they always agree on the file.
/// </summary>
internal static class SpecFileSelector
{
    /// <summary>The spec file name from IlluminatePermsSpecFile, or the default "permissions.csv".</summary>
    public static string SpecFileName(AnalyzerConfigOptions globalOptions)
        => globalOptions.TryGetValue(OptionsReader.SpecFileProperty, out var name) && !string.IsNullOrWhiteSpace(name)
            ? name.Trim()
            : GeneratorOptions.DefaultSpecFileName;

    /// <summary>
    /// True when <paramref name="file"/> is the spec: its metadata IlluminatePermsSpec is true, or
    /// (without that metadata) its file name is that of <paramref name="specFileName"/>.
    /// </summary>
    public static bool IsSpec(AdditionalText file, AnalyzerConfigOptions fileOptions, string specFileName)
    {
        if (fileOptions.TryGetValue(OptionsReader.SpecMetadata, out var marked) && !string.IsNullOrWhiteSpace(marked))
        {
            return string.Equals(marked.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        }

        return string.Equals(Path.GetFileName(file.Path), Path.GetFileName(specFileName), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// True when a spec file holds nothing but white space: treated as no spec at all (the gate fails
    /// closed with one error) rather than as a spec that grants nothing (an error at every call).
    /// </summary>
    public static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

    /// <summary>
    /// The candidates in the order that decides which is the spec: the first, by path, so that the
    /// choice does not depend on item order. The same file listed twice (by the props file and by
    /// hand) counts once.
    /// </summary>
    public static IReadOnlyList<T> InPriorityOrder<T>(IEnumerable<T> candidates, Func<T, string> pathOf)
        => candidates
            .GroupBy(pathOf, StringComparer.Ordinal)
            .Select(group => group.First())
            .OrderBy(pathOf, StringComparer.Ordinal)
            .ToList();
}
