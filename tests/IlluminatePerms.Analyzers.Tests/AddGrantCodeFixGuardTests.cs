using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Analyzers.Tests.Harness;
using IlluminatePerms.CodeFixes;
using IlluminatePerms.Generator.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;
using static IlluminatePerms.Analyzers.Tests.Harness.AnalyzerTestSetup;

namespace IlluminatePerms.Analyzers.Tests;

/// <summary>
/// The fix trusts nothing it did not get: an IP0005 whose properties are missing, name no known area or
/// level, or name a spec the project does not have gets no fix, and Fix All leaves it out while it adds
/// the others. The analyzer always sets them; another analyzer's IP0005, or an older build's, may not.
/// </summary>
public class AddGrantCodeFixGuardTests
{
    private const string Spec = Header + "Gradebook,Gradebook Scores,Read,scores\n";

    private static readonly DiagnosticDescriptor Carrier = new GrantUsageAnalyzer().SupportedDiagnostics.Single(descriptor => descriptor.Id == "IP0005");

    /// <summary>A property changed to a value, or (null) left out or present with no value.</summary>
    public static TheoryData<string, string?, bool> Broken => new()
    {
        { "Area", null, false },
        { "Access", null, false },
        { "Member", null, false },
        { "SpecPath", null, false },
        { "Area", null, true },
        { "Access", null, true },
        { "Member", null, true },
        { "SpecPath", null, true },
        { "Area", "Gradebook Scoress", true },
        { "Access", "Raed", true },
        { "SpecPath", "/other/permissions.csv", true },
    };

    [Fact]
    public async Task A_complete_diagnostic_gets_the_fix_and_it_adds_the_grant()
    {
        var (document, spec) = Project();

        var fixes = await FixesFor(document, Diagnostic(Properties()));

        var fix = Assert.Single(fixes);
        Assert.Equal("Add 'Gradebook Scores: Update' to permissions.csv", fix.Title);
        Assert.Equal(Header + "Gradebook,Gradebook Scores,\"Read, Update\",scores\n", await SpecAfter(fix, spec));
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public async Task A_diagnostic_with_a_missing_or_unknown_property_gets_no_fix(string property, string? value, bool present)
    {
        var (document, _) = Project();

        var fixes = await FixesFor(document, Diagnostic(Properties(property, value, present)));

        Assert.Empty(fixes);
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public async Task Fix_all_leaves_out_a_broken_diagnostic_and_adds_the_rest(string property, string? value, bool present)
    {
        var (document, spec) = Project();
        var good = Diagnostic(Properties());
        var broken = Diagnostic(Properties(property, value, present, access: "Delete"));
        var fix = new AddGrantCodeFixProvider();
        var context = new FixAllContext(document, fix, FixAllScope.Project, "key", fix.FixableDiagnosticIds, new GivenDiagnostics(broken, good), CancellationToken.None);

        var action = await fix.GetFixAllProvider().GetFixAsync(context);

        Assert.NotNull(action);
        Assert.Equal(Header + "Gradebook,Gradebook Scores,\"Read, Update\",scores\n", await SpecAfter(action, spec));
    }

    [Theory]
    [InlineData(FixAllScope.Project, false)]
    [InlineData(FixAllScope.Solution, true)]
    public async Task Fix_all_in_a_project_leaves_the_other_projects_spec_alone(FixAllScope scope, bool otherFixed)
    {
        // Two projects, each with its own spec file and one missing grant.
        var workspace = new AdhocWorkspace();
        var first = workspace.AddProject("First", LanguageNames.CSharp).AddDocument("Sync.cs", "class Sync { }");
        var firstSpec = first.Project.AddAdditionalDocument("permissions.csv", Spec, filePath: SpecFile);
        var second = firstSpec.Project.Solution.AddProject("Second", "Second", LanguageNames.CSharp);
        var secondSpec = second.AddAdditionalDocument("permissions.csv", Spec, filePath: "/second/permissions.csv");
        var solution = secondSpec.Project.Solution;
        var diagnostics = new Dictionary<ProjectId, Diagnostic>
        {
            [first.Project.Id] = Diagnostic(Properties()),
            [second.Id] = Diagnostic(Properties("SpecPath", "/second/permissions.csv")),
        };
        var fix = new AddGrantCodeFixProvider();
        var context = new FixAllContext(solution.GetDocument(first.Id)!, fix, scope, "key", fix.FixableDiagnosticIds, new GivenDiagnostics(project => new[] { diagnostics[project.Id] }), CancellationToken.None);

        var action = await fix.GetFixAllProvider().GetFixAsync(context);

        var updated = Header + "Gradebook,Gradebook Scores,\"Read, Update\",scores\n";
        Assert.NotNull(action);
        Assert.Equal(updated, await SpecAfter(action, solution.GetAdditionalDocument(firstSpec.Id)!));
        Assert.Equal(otherFixed ? updated : Spec, await SpecAfter(action, solution.GetAdditionalDocument(secondSpec.Id)!));
    }

    private static (Document Document, TextDocument Spec) Project()
    {
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("Sync", LanguageNames.CSharp);
        var document = project.AddDocument("Sync.cs", "class Sync { }");
        var spec = document.Project.AddAdditionalDocument("permissions.csv", Spec, filePath: SpecFile);

        // A document with no path must not pass for the spec of a diagnostic whose path is empty.
        var notes = spec.Project.AddAdditionalDocument("notes.csv", Header + "Gradebook,Gradebook Scores,Read,notes\n");
        return (notes.Project.GetDocument(document.Id)!, notes.Project.GetAdditionalDocument(spec.Id)!);
    }

    /// <summary>What the analyzer puts on an IP0005 for "Gradebook Scores: Update" (or another access), with one property changed.</summary>
    private static ImmutableDictionary<string, string?> Properties(string? property = null, string? value = null, bool present = true, string access = "Update")
    {
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add("Area", "Gradebook Scores")
            .Add("Access", access)
            .Add("Member", "IScores.UpdateScoresAsync")
            .Add("SpecPath", SpecFile);
        return property is null ? properties : present ? properties.SetItem(property, value) : properties.Remove(property);
    }

    private static Diagnostic Diagnostic(ImmutableDictionary<string, string?> properties)
        => Microsoft.CodeAnalysis.Diagnostic.Create(Carrier, Location.None, properties, "Gradebook Scores: Update", "permissions.csv", "IScores.UpdateScoresAsync");

    private static async Task<List<CodeAction>> FixesFor(Document document, Diagnostic diagnostic)
    {
        var fixes = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => fixes.Add(action), CancellationToken.None);
        await new AddGrantCodeFixProvider().RegisterCodeFixesAsync(context);
        return fixes;
    }

    private static async Task<string> SpecAfter(CodeAction action, TextDocument spec)
    {
        var apply = (await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
        return (await apply.ChangedSolution.GetAdditionalDocument(spec.Id)!.GetTextAsync()).ToString();
    }
}
