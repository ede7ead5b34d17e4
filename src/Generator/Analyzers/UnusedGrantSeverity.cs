using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace IlluminatePerms.Generator.Analyzers;

/// <summary>
/// IP0002 stands in the CSV, where `.editorconfig` sections cannot reach: the compiler applies
/// them per C# file, and to a location outside C# files only global configs. So that
/// <c>dotnet_diagnostic.IP0002.severity = warning</c> in `.editorconfig` turns the rule on as it
/// would any other, the analyzer reads the severity configured for the project's C# files and
/// reports with it. A `.globalconfig` value, applied by the compiler afterwards, still wins.
/// </summary>
internal static class UnusedGrantSeverity
{
    /// <summary>The severity `.editorconfig` gives IP0002 for the C# files, or null when none does.</summary>
    public static ReportDiagnostic? FromCSharpFiles(Compilation compilation, CancellationToken cancellationToken)
    {
        var provider = compilation.Options.SyntaxTreeOptionsProvider;
        if (provider is null)
        {
            return null;
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            if (provider.TryGetDiagnosticValue(tree, DiagnosticDescriptors.UnusedGrant.Id, cancellationToken, out var report) && report != ReportDiagnostic.Default)
            {
                return report;
            }
        }

        return null;
    }

    public static Diagnostic Create(ReportDiagnostic? configured, Location location, string specFile, string grant, string assembly)
    {
        var descriptor = DiagnosticDescriptors.UnusedGrant;
        var severity = configured switch
        {
            ReportDiagnostic.Error => DiagnosticSeverity.Error,
            ReportDiagnostic.Warn => DiagnosticSeverity.Warning,
            ReportDiagnostic.Info => DiagnosticSeverity.Info,
            ReportDiagnostic.Hidden => DiagnosticSeverity.Hidden,
            _ => (DiagnosticSeverity?)null,
        };
        if (severity is null)
        {
            // Not configured for the C# files (or suppressed there): the descriptor's own default, off.
            return Diagnostic.Create(descriptor, location, specFile, grant, assembly);
        }

        // Same ID and text, enabled at the configured severity.
        return Diagnostic.Create(
            descriptor.Id,
            descriptor.Category,
            string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture), specFile, grant, assembly),
            severity.Value,
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
