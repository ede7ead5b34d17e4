using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Analyzers.Tests.Harness;
using IlluminatePerms.Generator.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using static IlluminatePerms.Analyzers.Tests.Harness.AnalyzerTestSetup;

namespace IlluminatePerms.Analyzers.Tests;

/// <summary>IP0007: every use of a [RequiresGrant] member, granted or not, for `spec infer`; off unless asked for.</summary>
public class GrantUseReportTests
{
    private const string ThroughClassAndInterface = """
        class Sync
        {
            System.Threading.Tasks.Task Run(Vendor.AeriesClient client) => {|#0:client.GetStudentsAsync(994)|};
            System.Threading.Tasks.Task Write(Vendor.IScores scores) => {|#1:scores.UpdateScoresAsync(1)|};
            System.Threading.Tasks.Task WriteOnClass(Vendor.AeriesClient client) => {|#2:client.UpdateScoresAsync(2)|};
        }
        """;

    private const string ReportGrantUse = "is_global = true\nbuild_property.IlluminatePermsReportGrantUse = true\n";

    private static DiagnosticResult Use(int location, string member, string grant)
        => new DiagnosticResult("IP0007", DiagnosticSeverity.Info).WithLocation(location).WithMessage($"'{member}' needs '{grant}'");

    [Fact]
    public Task When_on_every_use_is_reported_granted_or_not_through_class_and_interface()
    {
        var test = Verify.Analyzer(
            ThroughClassAndInterface,
            Header + "Student Data,Student Data,Read,rosters\n",
            Use(0, "AeriesClient.GetStudentsAsync", "Student Data: Read"),
            Verify.MissingGrant(1, "IScores.UpdateScoresAsync", "Gradebook Scores: Update"),
            Use(1, "IScores.UpdateScoresAsync", "Gradebook Scores: Update"),
            Verify.MissingGrant(2, "AeriesClient.UpdateScoresAsync", "Gradebook Scores: Update"),
            Use(2, "AeriesClient.UpdateScoresAsync", "Gradebook Scores: Update"));
        test.DisabledDiagnostics.Remove("IP0007");
        return test.RunAsync();
    }

    [Fact]
    public Task A_partly_granted_use_names_the_whole_grant_while_IP0001_names_the_missing_level()
    {
        var test = Verify.Analyzer(
            """
            class Sync
            {
                [IlluminatePerms.Grants.RequiresGrant("Gradebook Scores", IlluminatePerms.Grants.AeriesAccess.Read | IlluminatePerms.Grants.AeriesAccess.Update)]
                void Both() { }

                void Run() => {|#0:Both()|};
            }
            """,
            Header + "Gradebook,Gradebook Scores,Read,scores\n",
            Verify.MissingGrant(0, "Sync.Both", "Gradebook Scores: Update"),
            Use(0, "Sync.Both", "Gradebook Scores: Read, Update"));
        test.DisabledDiagnostics.Remove("IP0007");
        return test.RunAsync();
    }

    [Fact]
    public Task With_the_gate_off_and_reporting_asked_for_only_uses_are_reported_even_without_a_spec()
    {
        // No IP0003 (no spec) and no IP0001 (not granted): a project is inventoried, not checked.
        var test = Verify.Analyzer(
            ThroughClassAndInterface,
            null,
            Use(0, "AeriesClient.GetStudentsAsync", "Student Data: Read"),
            Use(1, "IScores.UpdateScoresAsync", "Gradebook Scores: Update"),
            Use(2, "AeriesClient.UpdateScoresAsync", "Gradebook Scores: Update"));
        test.DisabledDiagnostics.Remove("IP0007");
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", ReportGrantUse + "build_property.IlluminatePermsGate = false\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task With_the_gate_off_and_no_reporting_asked_for_nothing_is_reported()
    {
        var test = Verify.Analyzer(ThroughClassAndInterface.Replace("{|#0:", string.Empty).Replace("{|#1:", string.Empty).Replace("{|#2:", string.Empty).Replace("|}", string.Empty), null);
        test.DisabledDiagnostics.Remove("IP0007");
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IlluminatePermsGate = false\n"));
        return test.RunAsync();
    }

    // The testing library switches off-by-default rules on; the compiler itself does not. These run the
    // analyzer as a build does, with no configuration: IP0007 must not appear, granted or not.
    [Fact]
    public async Task Off_by_default_in_a_plain_build_granted_or_not()
    {
        var granted = await RunAsInBuildAsync(Header + "Student Data,Student Data,Read,r\nGradebook,Gradebook Scores,Update,w\n");
        Assert.Empty(granted);

        var lacking = await RunAsInBuildAsync(Header + "Gradebook,Gradebook Data,Read,r\n");
        Assert.Equal(["IP0001", "IP0001", "IP0001"], lacking.Select(d => d.Id));
    }

    [Fact]
    public async Task Switched_on_by_severity_it_is_reported_in_a_plain_build()
    {
        var diagnostics = await RunAsInBuildAsync(
            Header + "Student Data,Student Data,Read,r\nGradebook,Gradebook Scores,Update,w\n",
            ("IP0007", ReportDiagnostic.Info));
        Assert.Equal(3, diagnostics.Count(d => d.Id == "IP0007" && d.Severity == DiagnosticSeverity.Info));
        Assert.Contains(diagnostics, d => d.GetMessage() == "'IScores.UpdateScoresAsync' needs 'Gradebook Scores: Update'");
    }

    private static async Task<ImmutableArray<Diagnostic>> RunAsInBuildAsync(string spec, params (string Id, ReportDiagnostic Report)[] severities)
    {
        var code = ThroughClassAndInterface.Replace("{|#0:", string.Empty).Replace("{|#1:", string.Empty).Replace("{|#2:", string.Empty).Replace("|}", string.Empty);
        var compilation = CSharpCompilation.Create(
            "TestProject",
            [CSharpSyntaxTree.ParseText(Client), CSharpSyntaxTree.ParseText(code)],
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
                .WithSpecificDiagnosticOptions(severities.Select(s => new System.Collections.Generic.KeyValuePair<string, ReportDiagnostic>(s.Id, s.Report))));
        var options = new AnalyzerOptions([new InMemoryText(SpecFile, spec)]);
        var withAnalyzers = compilation.WithAnalyzers([new GrantUsageAnalyzer()], options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        return diagnostics.Where(d => d.Id.StartsWith("IP0", System.StringComparison.Ordinal) && d.Severity != DiagnosticSeverity.Hidden).ToImmutableArray();
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
