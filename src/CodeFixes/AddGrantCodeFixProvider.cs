using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace IlluminatePerms.CodeFixes;

/// <summary>
/// Fixes IP0001 by adding the missing grant to the permission spec: "Add 'Gradebook Scores: Update'
/// to permissions.csv". Fix All adds every missing grant in one edit of the spec.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddGrantCodeFixProvider))]
[Shared]
public sealed class AddGrantCodeFixProvider : CodeFixProvider
{
    internal const string MissingGrantId = "IP0001";

    // One key for every grant, so that Fix All gathers them into a single edit.
    private const string EquivalenceKey = "IlluminatePerms.AddGrantToSpec";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(MissingGrantId);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => AddGrantsFixAllProvider.Instance;

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var project = context.Document.Project;
        foreach (var diagnostic in context.Diagnostics)
        {
            var grant = SpecDocumentEdit.ReadGrant(diagnostic);
            var spec = SpecDocumentEdit.FindSpec(project, diagnostic);
            if (grant is null || spec is null)
            {
                continue;
            }

            var title = $"Add '{grant.Area.Name}: {IlluminatePerms.Grants.AccessText.Format(grant.Access)}' to {spec.Name}";
            context.RegisterCodeFix(
                CodeAction.Create(
                    title,
                    cancellationToken => SpecDocumentEdit.ApplyAsync(project.Solution, project, new[] { diagnostic }, cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }

        return Task.CompletedTask;
    }
}
