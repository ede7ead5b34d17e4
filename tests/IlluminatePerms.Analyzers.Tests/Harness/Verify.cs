extern alias GeneratorAssembly;

using System.Threading.Tasks;
using IlluminatePerms.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using GrantUsageAnalyzer = GeneratorAssembly::IlluminatePerms.Generator.Analyzers.GrantUsageAnalyzer;

namespace IlluminatePerms.Analyzers.Tests.Harness;

/// <summary>Builds analyzer and code fix tests on the Roslyn testing library, offline.</summary>
internal static class Verify
{
    public static CSharpAnalyzerTest<GrantUsageAnalyzer, DefaultVerifier> Analyzer(string code, string? spec, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<GrantUsageAnalyzer, DefaultVerifier> { ReferenceAssemblies = AnalyzerTestSetup.NoPackages };

        // The testing library turns on rules that are off by default; IP0002 is, so its own tests turn it back on.
        test.DisabledDiagnostics.Add("IP0002");
        test.TestState.Sources.Add(AnalyzerTestSetup.Client);
        test.TestState.Sources.Add(code);
        test.TestState.AdditionalReferences.AddRange(AnalyzerTestSetup.References);
        if (spec is not null)
        {
            test.TestState.AdditionalFiles.Add((AnalyzerTestSetup.SpecFile, spec));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }

    public static Task AnalyzerAsync(string code, string? spec, params DiagnosticResult[] expected) => Analyzer(code, spec, expected).RunAsync();

    public static CSharpCodeFixTest<GrantUsageAnalyzer, AddGrantCodeFixProvider, DefaultVerifier> CodeFix(string code, string spec, string fixedSpec, params DiagnosticResult[] expected)
    {
        var test = new CSharpCodeFixTest<GrantUsageAnalyzer, AddGrantCodeFixProvider, DefaultVerifier> { ReferenceAssemblies = AnalyzerTestSetup.NoPackages };
        test.DisabledDiagnostics.Add("IP0002");
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.Sources.Add(AnalyzerTestSetup.Client);
            state.Sources.Add(code);
            state.AdditionalReferences.AddRange(AnalyzerTestSetup.References);
        }

        test.TestState.AdditionalFiles.Add((AnalyzerTestSetup.SpecFile, spec));
        test.FixedState.AdditionalFiles.Add((AnalyzerTestSetup.SpecFile, fixedSpec));
        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }

    /// <summary>An IP0001 expectation, with its message.</summary>
    public static DiagnosticResult MissingGrant(int location, string member, string grant)
        => new DiagnosticResult("IP0001", DiagnosticSeverity.Error)
            .WithLocation(location)
            .WithMessage($"'{member}' needs '{grant}', which permissions.csv does not grant");
}
