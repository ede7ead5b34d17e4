using System;
using System.Linq;
using IlluminatePerms.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit;

namespace IlluminatePerms.Generator.Tests;

public class RobustnessTests
{
    private const int Mutations = 10_000;
    private const int Seed = 20261129;

    [Fact]
    public void Ten_thousand_seeded_mutations_of_the_spec_never_crash_the_generator()
    {
        var mutator = new SpecMutator(Seed);
        var compilation = GeneratorHarness.Compilation();
        AdditionalText current = new InMemoryAdditionalText(GeneratorHarness.SpecPath, GeneratorHarness.RealSpec);
        var driver = GeneratorHarness.Driver(new[] { current });
        var withOutput = 0;

        for (var i = 0; i < Mutations; i++)
        {
            var text = mutator.Mutate(GeneratorHarness.RealSpec);
            var mutated = new InMemoryAdditionalText(GeneratorHarness.SpecPath, text);
            driver = driver.ReplaceAdditionalText(current, mutated).RunGenerators(compilation);
            current = mutated;
            var result = driver.GetRunResult().Results.Single();
            var where = $"mutation {i} of seed {Seed}";

            Assert.True(result.Exception is null, $"{where}: the generator threw {result.Exception}");
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CS8785");
            // A blank spec is no spec: the generator is silent and the analyzer reports it (IP0003/IP1001).
            Assert.True(result.GeneratedSources.Length > 0 || result.Diagnostics.Length > 0 || string.IsNullOrWhiteSpace(text), $"{where}: neither output nor diagnostics");
            foreach (var source in result.GeneratedSources)
            {
                var syntaxErrors = source.SyntaxTree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                Assert.True(syntaxErrors.Count == 0, $"{where}: generated C# does not parse: {string.Join("; ", syntaxErrors)}");
                withOutput++;
            }
        }

        // The mutations must leave many specs usable, or the test would only exercise the error paths.
        Assert.InRange(withOutput, Mutations / 10, Mutations);
    }

    [Fact]
    public void Mutated_specs_that_yield_output_compile_without_warnings()
    {
        var mutator = new SpecMutator(Seed + 1);
        for (var i = 0; i < 150; i++)
        {
            var run = GeneratorHarness.Run(mutator.Mutate(GeneratorHarness.RealSpec));
            if (run.Generator.GeneratedSources.Length == 0)
            {
                continue;
            }

            // Warnings count too: consumers build with warnings as errors and documentation checks on.
            var errors = run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
            Assert.True(errors.Count == 0, $"mutation {i}: {string.Join(Environment.NewLine, errors.Take(5))}");
        }
    }
}
