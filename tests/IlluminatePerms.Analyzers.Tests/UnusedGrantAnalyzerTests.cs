using System.Threading.Tasks;
using IlluminatePerms.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static IlluminatePerms.Analyzers.Tests.Harness.AnalyzerTestSetup;

namespace IlluminatePerms.Analyzers.Tests;

public class UnusedGrantAnalyzerTests
{
    private const string Code = """
        class Sync
        {
            System.Threading.Tasks.Task Run(Vendor.AeriesClient client) => client.GetStudentsAsync(994);
        }
        """;

    private const string Spec = Header
        + "Student Data,Student Data,Read,r\n"
        + "Other,Fees and Fines,Read,not needed\n"
        + "Gradebook,Gradebook Scores,\"Read, Update\",not needed either\n";

    [Fact]
    public Task Unused_grants_are_silent_by_default()
    {
        var test = Verify.Analyzer(Code, Spec);
        return test.RunAsync();
    }

    // The testing library enables off-by-default rules at their default severity (Info); that
    // .editorconfig turns IP0002 into a warning is checked in a real build (PackageTests).
    [Fact]
    public Task When_enabled_each_unused_grant_is_reported_at_its_csv_row()
    {
        var test = Verify.Analyzer(
            Code,
            Spec,
            new DiagnosticResult("IP0002", DiagnosticSeverity.Info)
                .WithSpan(SpecFile, 3, 1, 3, 37)
                .WithMessage("permissions.csv grants 'Fees and Fines: Read', which no code in 'TestProject' needs"),
            new DiagnosticResult("IP0002", DiagnosticSeverity.Info)
                .WithSpan(SpecFile, 4, 1, 4, 60)
                .WithMessage("permissions.csv grants 'Gradebook Scores: Read, Update', which no code in 'TestProject' needs"));
        test.DisabledDiagnostics.Clear();

        return test.RunAsync();
    }

    [Fact]
    public Task A_partly_used_row_names_only_the_unused_level()
    {
        var test = Verify.Analyzer(
            """
            class Sync
            {
                System.Threading.Tasks.Task Run(Vendor.IScores scores) => scores.UpdateScoresAsync(1);
            }
            """,
            Header + "Gradebook,Gradebook Scores,\"Read, Update\",scores\n",
            new DiagnosticResult("IP0002", DiagnosticSeverity.Info)
                .WithSpan(SpecFile, 2, 1, 2, 49)
                .WithMessage("permissions.csv grants 'Gradebook Scores: Read', which no code in 'TestProject' needs"));
        test.DisabledDiagnostics.Clear();
        return test.RunAsync();
    }
}
