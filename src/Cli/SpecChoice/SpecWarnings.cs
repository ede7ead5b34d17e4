using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Spec;

namespace IlluminatePerms.Cli.SpecChoice;

/// <summary>A spec's warnings as the build reports them: the parser's, and the missing Product Name the generator adds.</summary>
internal static class SpecWarnings
{
    /// <summary>
    /// The warnings of an error-free spec, each "(line,column): warning IPnnnn: message", in the order
    /// the build lists them (the parser's by position, then IP1018 at the top of the file).
    /// </summary>
    public static IReadOnlyList<SpecDiagnostic> Of(PermissionSpec spec)
    {
        var warnings = spec.Diagnostics.Where(d => d.Severity == SpecSeverity.Warning).ToList();
        if (spec.ProductName is null)
        {
            // The generator, not the parser, reports this one (Parser.cs): the same ID and meaning here.
            warnings.Add(new SpecDiagnostic(
                SpecDiagnosticIds.NoProductName,
                SpecSeverity.Warning,
                "The spec has no '# Product Name: ...' line: the admin checklist cannot tell the district what to enter as the Product Name in Aeries",
                new SourceSpan(0, 0, 1, 1, 1, 1)));
        }

        return warnings;
    }
}
