using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Generator.Analyzers;
using IlluminatePerms.Grants;
using IlluminatePerms.Spec;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace IlluminatePerms.CodeFixes;

/// <summary>Applies missing-grant diagnostics (IP0005) to the spec documents they name, one edit per spec file.</summary>
internal static class SpecDocumentEdit
{
    /// <summary>The missing grant a diagnostic describes, or null when its properties are incomplete.</summary>
    public static SpecAddition? ReadGrant(Diagnostic diagnostic)
    {
        var properties = diagnostic.Properties;
        if (properties.TryGetValue(MissingGrantProperties.Area, out var areaName) && areaName is not null
            && properties.TryGetValue(MissingGrantProperties.Access, out var accessText) && accessText is not null
            && properties.TryGetValue(MissingGrantProperties.Member, out var member) && member is not null
            && AreaCatalog.TryFind(areaName, out var area)
            && AccessText.TryParse(accessText, out var access, out _))
        {
            return new SpecAddition(area, access, member);
        }

        return null;
    }

    /// <summary>The spec document a diagnostic names, in <paramref name="project"/>.</summary>
    public static TextDocument? FindSpec(Project project, Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(MissingGrantProperties.SpecPath, out var path) && path is not null
            ? project.AdditionalDocuments.FirstOrDefault(document => string.Equals(document.FilePath, path, StringComparison.Ordinal))
            : null;

    /// <summary>
    /// Adds every grant of <paramref name="fixes"/> to the spec files they name. Projects that share
    /// one spec file each hold a copy of it: the grants of all of them are merged into one new text,
    /// which every copy gets, so no project's rows overwrite another's when the files are saved.
    /// </summary>
    public static async Task<Solution> ApplyAsync(Solution solution, IEnumerable<(Project Project, Diagnostic Diagnostic)> fixes, CancellationToken cancellationToken)
    {
        var bySpecFile = fixes
            .Select(fix => (Spec: FindSpec(fix.Project, fix.Diagnostic), Grant: ReadGrant(fix.Diagnostic)))
            .Where(pair => pair.Spec?.FilePath is not null && pair.Grant is not null)
            .GroupBy(pair => pair.Spec!.FilePath!, StringComparer.Ordinal);

        foreach (var specFile in bySpecFile)
        {
            var text = await specFile.First().Spec!.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var changes = SpecEditor.AddGrants(text.ToString(), specFile.Select(pair => pair.Grant!));
            if (changes.Count == 0)
            {
                continue;
            }

            // WithChanges keeps the document's encoding (and so its BOM) as it was.
            var merged = text.WithChanges(changes.Select(change => new TextChange(new TextSpan(change.Start, change.Length), change.NewText)));
            foreach (var copy in solution.Projects.SelectMany(project => project.AdditionalDocuments).Where(document => string.Equals(document.FilePath, specFile.Key, StringComparison.Ordinal)))
            {
                solution = solution.WithAdditionalDocumentText(copy.Id, merged);
            }
        }

        return solution;
    }

    public static ImmutableArray<Diagnostic> Fixable(IEnumerable<Diagnostic> diagnostics)
        => diagnostics.Where(d => d.Id == AddGrantCodeFixProvider.FixableId).ToImmutableArray();
}
