using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace IlluminatePerms.CodeFixes;

/// <summary>
/// Fix All for IP0005 (the fix of IP0001). The built-in batch fixer merges document edits; these fixes all edit one
/// additional document, so this provider gathers the diagnostics and edits each spec once.
/// </summary>
internal sealed class AddGrantsFixAllProvider : FixAllProvider
{
    public static readonly AddGrantsFixAllProvider Instance = new();

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes()
        => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var title = fixAllContext.Scope switch
        {
            FixAllScope.Document => "Add every grant this file needs to the permission spec",
            FixAllScope.Project => "Add every grant this project needs to the permission spec",
            _ => "Add every grant the solution needs to the permission specs",
        };
        return Task.FromResult<CodeAction?>(CodeAction.Create(
            title,
            async cancellationToken =>
            {
                // Gathered first and applied once: projects that share a spec file get one merged edit.
                var fixes = new List<(Project, Diagnostic)>();
                foreach (var project in ProjectsInScope(fixAllContext))
                {
                    var diagnostics = fixAllContext.Scope == FixAllScope.Document && fixAllContext.Document is not null
                        ? await fixAllContext.GetDocumentDiagnosticsAsync(fixAllContext.Document).ConfigureAwait(false)
                        : await fixAllContext.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
                    fixes.AddRange(SpecDocumentEdit.Fixable(diagnostics).Select(diagnostic => (project, diagnostic)));
                }

                return await SpecDocumentEdit.ApplyAsync(fixAllContext.Solution, fixes, cancellationToken).ConfigureAwait(false);
            },
            fixAllContext.CodeActionEquivalenceKey));
    }

    private static IEnumerable<Project> ProjectsInScope(FixAllContext context)
        => context.Scope == FixAllScope.Solution ? context.Solution.Projects : new[] { context.Project };
}
