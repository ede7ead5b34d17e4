using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using IlluminatePerms.Generator.Model;
using Microsoft.CodeAnalysis;

namespace IlluminatePerms.Generator.Diagnostics;

/// <summary>
/// Severity from `.editorconfig` for diagnostics that stand in the CSV. The compiler applies
/// `.editorconfig` sections per C# file, so a location in an additional file would only see global
/// configs; so that <c>dotnet_diagnostic.IP1010.severity = error</c> in `.editorconfig` works as it
/// does for any other rule, the generator and the analyzers read the severity configured for the
/// project's C# files and report with it. A `.globalconfig` value, applied by the compiler
/// afterwards, still wins.
/// </summary>
internal static class ConfiguredSeverity
{
    /// <summary>
    /// How many of the compilation's C# files are consulted, first to last: a bound, so that the
    /// cost does not grow with the project (the generator asks again after every edit).
    /// </summary>
    public const int FilesConsulted = 8;

    /// <summary>
    /// The severity `.editorconfig` gives <paramref name="id"/> for the compilation's C# files, or
    /// null when none does. Only the first <see cref="FilesConsulted"/> files are asked, in compilation
    /// order: a `[*.cs]` (or `[*]`) section reaches them all; a section for some files only may not.
    /// </summary>
    public static ReportDiagnostic? ForCSharpFiles(Compilation compilation, string id, CancellationToken cancellationToken)
    {
        var provider = compilation.Options.SyntaxTreeOptionsProvider;
        if (provider is null)
        {
            return null;
        }

        foreach (var tree in compilation.SyntaxTrees.Take(FilesConsulted))
        {
            if (provider.TryGetDiagnosticValue(tree, id, cancellationToken, out var report) && report != ReportDiagnostic.Default)
            {
                return report;
            }
        }

        return null;
    }

    /// <summary>The configured severities of <paramref name="ids"/>, in ordinal order of ID (a value the pipeline can compare).</summary>
    public static EquatableArray<SeverityOverride> ForCSharpFiles(Compilation compilation, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var severities = new List<SeverityOverride>();
        foreach (var id in ids.OrderBy(id => id, StringComparer.Ordinal))
        {
            if (ForCSharpFiles(compilation, id, cancellationToken) is { } report)
            {
                severities.Add(new SeverityOverride(id, (int)report));
            }
        }

        return new EquatableArray<SeverityOverride>(severities.ToArray());
    }

    /// <summary>The severity configured for <paramref name="id"/> among <paramref name="severities"/>, or null.</summary>
    public static ReportDiagnostic? Find(IReadOnlyList<SeverityOverride> severities, string id)
    {
        foreach (var severity in severities)
        {
            if (severity.Id == id)
            {
                return (ReportDiagnostic)severity.Report;
            }
        }

        return null;
    }

    /// <summary>
    /// The diagnostic at the configured severity; the descriptor's own when nothing is configured;
    /// null when it is configured off (nothing to report).
    /// </summary>
    public static Diagnostic? Create(DiagnosticDescriptor descriptor, ReportDiagnostic? configured, Location location, params object[] arguments)
    {
        DiagnosticSeverity severity;
        switch (configured)
        {
            case null or ReportDiagnostic.Default:
                return Diagnostic.Create(descriptor, location, arguments);
            case ReportDiagnostic.Suppress:
                return null;
            case ReportDiagnostic.Error:
                severity = DiagnosticSeverity.Error;
                break;
            case ReportDiagnostic.Warn:
                severity = DiagnosticSeverity.Warning;
                break;
            case ReportDiagnostic.Info:
                severity = DiagnosticSeverity.Info;
                break;
            default:
                severity = DiagnosticSeverity.Hidden;
                break;
        }

        // Same ID and text, enabled at the configured severity.
        return Diagnostic.Create(
            descriptor.Id,
            descriptor.Category,
            string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture), arguments),
            severity,
            descriptor.DefaultSeverity,
            isEnabledByDefault: true,
            warningLevel: severity == DiagnosticSeverity.Error ? 0 : 1,
            title: descriptor.Title,
            description: descriptor.Description,
            helpLink: descriptor.HelpLinkUri,
            location: location,
            customTags: descriptor.CustomTags);
    }
}
