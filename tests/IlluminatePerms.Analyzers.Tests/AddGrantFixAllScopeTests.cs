using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Analyzers.Tests.Harness;
using IlluminatePerms.CodeFixes;
using IlluminatePerms.Generator.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static IlluminatePerms.Analyzers.Tests.Harness.AnalyzerTestSetup;

namespace IlluminatePerms.Analyzers.Tests;

/// <summary>
/// Fix All in a document, a project and the solution: each is offered under a title that says how far it
/// reaches, and each adds the grants of exactly its own scope.
/// </summary>
public class AddGrantFixAllScopeTests
{
    private const string WritesScores = """
        class Sync
        {
            System.Threading.Tasks.Task Run(Vendor.IScores scores) => {|#0:scores.UpdateScoresAsync(1)|};
        }
        """;

    private const string ReadsGradebooks = """
        class Report
        {
            System.Threading.Tasks.Task Run(Vendor.AeriesClient client) => {|#1:client.GetGradebookAsync(1)|};
        }
        """;

    private const string BothGrantsAdded = Header
        + "Gradebook,Gradebook Data,Read,TODO: say why the product needs it (used by AeriesClient.GetGradebookAsync)\n"
        + "Gradebook,Gradebook Scores,\"Read, Update\",scores\n";

    [Theory]
    [InlineData(FixAllScope.Document, "Add every grant this file needs to the permission spec")]
    [InlineData(FixAllScope.Project, "Add every grant this project needs to the permission spec")]
    [InlineData(FixAllScope.Solution, "Add every grant the solution needs to the permission specs")]
    public async Task Each_scope_has_a_title_that_says_how_far_it_reaches(FixAllScope scope, string title)
    {
        // The testing library shows its verifier only the single fix, so Fix All is asked directly.
        var fix = new AddGrantCodeFixProvider();
        using var workspace = new AdhocWorkspace();
        var document = workspace.AddProject("Sync", LanguageNames.CSharp).AddDocument("Sync.cs", WritesScores);
        var context = new FixAllContext(document, fix, scope, "key", fix.FixableDiagnosticIds, new GivenDiagnostics(), CancellationToken.None);

        var action = await fix.GetFixAllProvider().GetFixAsync(context);

        Assert.Equal(title, action?.Title);
        Assert.Equal("key", action?.EquivalenceKey);
    }

    [Fact]
    public Task Fix_all_in_a_document_adds_only_that_documents_grants_per_pass()
        => TwoDocuments().RunAsync();

    private static CSharpCodeFixTest<GrantUsageAnalyzer, AddGrantCodeFixProvider, DefaultVerifier> TwoDocuments()
    {
        var test = Verify.CodeFix(
            WritesScores,
            Header + "Gradebook,Gradebook Scores,Read,scores\n",
            BothGrantsAdded,
            Verify.MissingGrant(0, "IScores.UpdateScoresAsync", "Gradebook Scores: Update"),
            Verify.MissingGrant(1, "AeriesClient.GetGradebookAsync", "Gradebook Data: Read"));
        test.TestState.Sources.Add(ReadsGradebooks);
        test.FixedState.Sources.Add(ReadsGradebooks);

        // One missing grant per file: the document scope takes a pass per file, the project and the
        // solution one pass for both.
        test.NumberOfIncrementalIterations = 2;
        test.NumberOfFixAllInDocumentIterations = 2;
        test.NumberOfFixAllInProjectIterations = 1;
        test.NumberOfFixAllIterations = 1;
        return test;
    }
}
