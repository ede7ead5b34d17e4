using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Generator.Analyzers;
using IlluminatePerms.Grants;
using Microsoft.CodeAnalysis;

namespace IlluminatePerms.CodeFixes;

/// <summary>Applies missing-grant diagnostics to the spec documents they name, one edit per spec.</summary>
internal static class SpecDocumentEdit
{
    /// <summary>The missing grant a diagnostic describes, or null when its properties are incomplete.</summary>
    public static MissingGrant? ReadGrant(Diagnostic diagnostic)
    {
        var properties = diagnostic.Properties;
        if (properties.TryGetValue(GrantUsageAnalyzer.AreaProperty, out var areaName) && areaName is not null
            && properties.TryGetValue(GrantUsageAnalyzer.AccessProperty, out var accessText) && accessText is not null
            && properties.TryGetValue(GrantUsageAnalyzer.MemberProperty, out var member) && member is not null
            && AreaCatalog.TryFind(areaName, out var area)
            && AccessText.TryParse(accessText, out var access, out _))
        {
            return new MissingGrant(area, access, member);
        }

        return null;
    }

    /// <summary>The spec document a diagnostic names, in <paramref name="project"/>.</summary>
    public static TextDocument? FindSpec(Project project, Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(GrantUsageAnalyzer.SpecPathProperty, out var path) && path is not null
            ? project.AdditionalDocuments.FirstOrDefault(document => string.Equals(document.FilePath, path, StringComparison.Ordinal))
            : null;

    /// <summary>Adds every grant of <paramref name="diagnostics"/> to the specs of <paramref name="project"/>, one edit per spec.</summary>
    public static async Task<Solution> ApplyAsync(Solution solution, Project project, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var bySpec = diagnostics
            .Select(diagnostic => (Spec: FindSpec(project, diagnostic), Grant: ReadGrant(diagnostic)))
            .Where(pair => pair.Spec is not null && pair.Grant is not null)
            .GroupBy(pair => pair.Spec!.Id);

        foreach (var spec in bySpec)
        {
            var document = solution.GetAdditionalDocument(spec.Key)!;
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var changes = SpecEditor.AddGrants(text.ToString(), spec.Select(pair => pair.Grant!));
            if (changes.Count > 0)
            {
                // WithChanges keeps the document's encoding (and so its BOM) as it was.
                solution = solution.WithAdditionalDocumentText(spec.Key, text.WithChanges(changes));
            }
        }

        return solution;
    }

    public static ImmutableArray<Diagnostic> Fixable(IEnumerable<Diagnostic> diagnostics)
        => diagnostics.Where(d => d.Id == AddGrantCodeFixProvider.MissingGrantId).ToImmutableArray();
}
