using System.IO;
using System.Threading.Tasks;
using IlluminatePerms.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static IlluminatePerms.Analyzers.Tests.Harness.AnalyzerTestSetup;

namespace IlluminatePerms.Analyzers.Tests;

/// <summary>Edges the mutation run found untested: nameof, look-alike attributes, repeated uses, referenced assemblies.</summary>
public class AnalyzerEdgeTests
{
    [Fact]
    public Task Properties_and_members_inside_nameof_are_not_uses()
        => Verify.AnalyzerAsync(
            """
            class Sync
            {
                string Run(Vendor.AeriesClient client) => nameof(client.StaffName) + nameof(client.GetStudentsAsync) + nameof(Vendor.AeriesClient);
            }
            """,
            Header + "Gradebook,Gradebook Data,Read,r\n");

    [Fact]
    public Task An_attribute_of_the_same_shape_but_another_type_asks_for_nothing()
        => Verify.AnalyzerAsync(
            """
            using IlluminatePerms.Grants;

            [System.AttributeUsage(System.AttributeTargets.Method)]
            class LooksLikeGrantAttribute : System.Attribute
            {
                public LooksLikeGrantAttribute(string area, AeriesAccess access) { }
            }

            class Sync
            {
                [LooksLikeGrant("Student Data", AeriesAccess.Read)]
                void Load() { }

                void Run() => Load();
            }
            """,
            Header + "Gradebook,Gradebook Data,Read,r\n");

    [Fact]
    public Task An_area_nothing_resembles_is_reported_without_a_guess()
        => Verify.AnalyzerAsync(
            """
            using IlluminatePerms.Grants;

            class Sync
            {
                [{|#0:RequiresGrant("Qqqqqqqqqqqqqqqqqqqqqqqq", AeriesAccess.Read)|}]
                void Load() { }
            }
            """,
            Header + "Gradebook,Gradebook Data,Read,r\n",
            new DiagnosticResult("IP0004", DiagnosticSeverity.Error).WithLocation(0)
                .WithMessage("'Sync.Load' declares [RequiresGrant(\"Qqqqqqqqqqqqqqqqqqqqqqqq\")], but 'Qqqqqqqqqqqqqqqqqqqqqqqq' is not an Aeries API Security area (closest: '?')"));

    [Fact]
    public Task Using_only_members_with_an_unknown_area_and_no_spec_is_still_a_use()
        => Verify.AnalyzerAsync(
            """
            using IlluminatePerms.Grants;

            class Sync
            {
                [{|#0:RequiresGrant("Contcts", AeriesAccess.Read)|}]
                void Load() { }

                void Run() => Load();
            }
            """,
            spec: null,
            new DiagnosticResult("IP0004", DiagnosticSeverity.Error).WithLocation(0)
                .WithMessage("'Sync.Load' declares [RequiresGrant(\"Contcts\")], but 'Contcts' is not an Aeries API Security area (closest: 'Contacts')"),
            new DiagnosticResult("IP0003", DiagnosticSeverity.Error)
                .WithMessage("Members with [RequiresGrant] are used but the permission spec 'permissions.csv' is not among AdditionalFiles (no such file in the project folder?), so no call can be checked. Put permissions.csv in the project folder, name the spec with <IlluminatePermsSpecFile>, or add it as <AdditionalFiles Include=\"path/permissions.csv\" />; to build without the gate on purpose, set <IlluminatePermsGate>false</IlluminatePermsGate>."));

    [Fact]
    public Task A_grant_used_twice_is_used_not_cancelled()
    {
        var test = Verify.Analyzer(
            """
            class Sync
            {
                async System.Threading.Tasks.Task Run(Vendor.AeriesClient client)
                {
                    await client.GetStudentsAsync(1);
                    await client.GetStudentsAsync(2);
                }
            }
            """,
            Header + "Student Data,Student Data,Read,rosters\n");
        test.DisabledDiagnostics.Remove("IP0002");
        return test.RunAsync();
    }

    [Fact]
    public Task An_unknown_area_in_a_referenced_assembly_is_reported_at_each_use()
    {
        var test = Verify.Analyzer(
            """
            class Sync
            {
                void Run(Library.Client client)
                {
                    {|#0:client.Load()|};
                    {|#1:client.Load()|};
                }
            }
            """,
            Header + "Gradebook,Gradebook Data,Read,r\n",
            new DiagnosticResult("IP0004", DiagnosticSeverity.Error).WithLocation(0)
                .WithMessage("'Client.Load' declares [RequiresGrant(\"Contcts\")], but 'Contcts' is not an Aeries API Security area (closest: 'Contacts')"),
            new DiagnosticResult("IP0004", DiagnosticSeverity.Error).WithLocation(1)
                .WithMessage("'Client.Load' declares [RequiresGrant(\"Contcts\")], but 'Contcts' is not an Aeries API Security area (closest: 'Contacts')"));
        test.TestState.AdditionalReferences.Add(CompiledLibrary("""
            namespace Library
            {
                public class Client
                {
                    [IlluminatePerms.Grants.RequiresGrant("Contcts", IlluminatePerms.Grants.AeriesAccess.Read)]
                    public void Load() { }
                }
            }
            """));
        return test.RunAsync();
    }

    private static MetadataReference CompiledLibrary(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Library",
            [CSharpSyntaxTree.ParseText(source)],
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
