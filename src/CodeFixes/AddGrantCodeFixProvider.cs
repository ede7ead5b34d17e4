using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using IlluminatePerms.Spec;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace IlluminatePerms.CodeFixes;

/// <summary>
/// Adds the grant an IP0001 call is missing to the permission spec: "Add 'Gradebook Scores: Update'
/// to permissions.csv". It fixes IP0005, the hidden twin of IP0001, so that the light bulb is there
/// in the IDE but `dotnet format` (which only fixes Info and above) never widens the spec. Not
/// offered when the spec has an error about that area (a misspelt level or area, a duplicate row):
/// adding a row would hide the typo or duplicate it. Fix All adds every missing grant in one edit.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddGrantCodeFixProvider))]
[Shared]
public sealed class AddGrantCodeFixProvider : CodeFixProvider
{
    internal const string FixableId = "IP0005";

    // One key for every grant, so that Fix All gathers them into a single edit.
    private const string EquivalenceKey = "IlluminatePerms.AddGrantToSpec";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(FixableId);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => AddGrantsFixAllProvider.Instance;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
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

            var text = await spec.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
            if (SpecEditor.HasErrorsAbout(text.ToString(), grant.Area))
            {
                continue;
            }

            var title = $"Add '{grant.Area.Name}: {IlluminatePerms.Grants.AccessText.Format(grant.Access)}' to {spec.Name}";
            context.RegisterCodeFix(
                CodeAction.Create(
                    title,
                    cancellationToken => SpecDocumentEdit.ApplyAsync(project.Solution, new[] { (project, diagnostic) }, cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }
    }
}
