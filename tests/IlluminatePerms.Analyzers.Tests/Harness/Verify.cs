using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using IlluminatePerms.CodeFixes;
using IlluminatePerms.Generator.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace IlluminatePerms.Analyzers.Tests.Harness;

/// <summary>Builds analyzer and code fix tests on the Roslyn testing library, offline.</summary>
internal static class Verify
{
    public static CSharpAnalyzerTest<GrantUsageAnalyzer, DefaultVerifier> Analyzer(string code, string? spec, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<GrantUsageAnalyzer, DefaultVerifier> { ReferenceAssemblies = AnalyzerTestSetup.NoPackages };

        // The testing library turns on rules that are off by default; IP0002 and IP0007 are, so their own tests turn them back on.
        test.DisabledDiagnostics.Add("IP0002");
        test.DisabledDiagnostics.Add("IP0007");
        test.TestState.Sources.Add(AnalyzerTestSetup.Client);
        test.TestState.Sources.Add(code);
        test.TestState.AdditionalReferences.AddRange(AnalyzerTestSetup.References);
        if (spec is not null)
        {
            test.TestState.AdditionalFiles.Add((AnalyzerTestSetup.SpecFile, spec));
        }

        test.ExpectedDiagnostics.AddRange(WithFixCarriers(expected));
        return test;
    }

    public static Task AnalyzerAsync(string code, string? spec, params DiagnosticResult[] expected) => Analyzer(code, spec, expected).RunAsync();

    public static CSharpCodeFixTest<GrantUsageAnalyzer, AddGrantCodeFixProvider, DefaultVerifier> CodeFix(string code, string spec, string fixedSpec, params DiagnosticResult[] expected)
    {
        var test = new CSharpCodeFixTest<GrantUsageAnalyzer, AddGrantCodeFixProvider, DefaultVerifier> { ReferenceAssemblies = AnalyzerTestSetup.NoPackages };
        test.DisabledDiagnostics.Add("IP0002");
        test.DisabledDiagnostics.Add("IP0007");
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.Sources.Add(AnalyzerTestSetup.Client);
            state.Sources.Add(code);
            state.AdditionalReferences.AddRange(AnalyzerTestSetup.References);
        }

        test.TestState.AdditionalFiles.Add((AnalyzerTestSetup.SpecFile, spec));
        test.FixedState.AdditionalFiles.Add((AnalyzerTestSetup.SpecFile, fixedSpec));

        // The fixed state is stated in full: by default it would expect the IP0001s again (the fix
        // is registered on IP0005, so the library takes IP0001 for a diagnostic that stays).
        test.FixedState.InheritanceMode = StateInheritanceMode.Explicit;
        test.ExpectedDiagnostics.AddRange(WithFixCarriers(expected));
        return test;
    }

    /// <summary>
    /// Each IP0001 comes with its hidden twin IP0005 (which carries the code fix) at the same place:
    /// added here so that every test states one expectation per missing grant.
    /// </summary>
    public static IEnumerable<DiagnosticResult> WithFixCarriers(IEnumerable<DiagnosticResult> expected)
    {
        foreach (var result in expected)
        {
            yield return result;
            if (result.Id != "IP0001")
            {
                continue;
            }

            var twin = new DiagnosticResult("IP0005", DiagnosticSeverity.Hidden);
            foreach (var location in result.Spans)
            {
                twin = twin.WithSpan(location.Span, location.Options);
            }

            var parts = Regex.Match(result.Message ?? string.Empty, "^'(?<member>.*)' needs '(?<grant>.*)', which (?<file>.*) does not grant$");
            yield return parts.Success
                ? twin.WithMessage($"Add '{parts.Groups["grant"].Value}' to {parts.Groups["file"].Value} (needed by '{parts.Groups["member"].Value}')")
                : twin;
        }
    }

    /// <summary>An IP0001 expectation, with its message.</summary>
    public static DiagnosticResult MissingGrant(int location, string member, string grant)
        => new DiagnosticResult("IP0001", DiagnosticSeverity.Error)
            .WithLocation(location)
            .WithMessage($"'{member}' needs '{grant}', which permissions.csv does not grant");
}
