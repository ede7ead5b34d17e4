using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using IlluminatePerms.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace IlluminatePerms.Generator.Tests;

public class IncrementalTests
{
    // Every constant of the generator's TrackingNames, so that a new step is covered without editing this list.
    private static readonly string[] TrackedSteps = typeof(GrantsGenerator).Assembly
        .GetType("IlluminatePerms.Generator.TrackingNames", throwOnError: true)!
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral)
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void The_tracked_steps_are_found_by_reflection()
    {
        Assert.Contains("SourceModel", TrackedSteps);
        Assert.True(TrackedSteps.Length >= 6, string.Join(", ", TrackedSteps));
    }

    [Theory]
    [InlineData("# a note for the next reader\n")]
    [InlineData("\n\n\n")]
    [InlineData("\r\n# moved down by a comment and blank lines\r\n\r\n")]
    public void An_edit_that_changes_no_data_moves_diagnostics_but_does_not_re_emit_the_source(string inserted)
    {
        // A row without a reason gives a located warning, so the diagnostics do move with the edit.
        var spec = GeneratorHarness.RealSpec + "School Information,Schools,Read,,\n";
        var compilation = GeneratorHarness.Compilation();
        var original = new InMemoryAdditionalText(GeneratorHarness.SpecPath, spec);
        var driver = GeneratorHarness.Driver(new[] { original }).RunGenerators(compilation);
        var before = driver.GetRunResult();

        var headerEnd = spec.IndexOf('\n', spec.IndexOf("Group,", System.StringComparison.Ordinal)) + 1;
        var edited = new InMemoryAdditionalText(GeneratorHarness.SpecPath, spec.Insert(headerEnd, inserted));
        var after = driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation).GetRunResult();

        var result = after.Results.Single();
        Assert.Equal(IncrementalStepRunReason.Modified, result.TrackedSteps["Reading"].Single().Outputs.Single().Reason);
        Assert.Equal(IncrementalStepRunReason.Unchanged, result.TrackedSteps["SourceModel"].Single().Outputs.Single().Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, result.TrackedSteps["Diagnostics"].Single().Outputs.Single().Reason);
        Assert.Equal(before.Results.Single().GeneratedSources.Single().SourceText.ToString(), result.GeneratedSources.Single().SourceText.ToString());
        var moved = after.Diagnostics.Single(d => d.Id == "IP1010").Location.GetLineSpan().StartLinePosition.Line
            - before.Diagnostics.Single(d => d.Id == "IP1010").Location.GetLineSpan().StartLinePosition.Line;
        Assert.Equal(inserted.Count(c => c == '\n'), moved);
    }

    [Fact]
    public void An_unrelated_csharp_edit_leaves_every_tracked_step_cached_or_unchanged()
    {
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(new[] { new InMemoryAdditionalText(GeneratorHarness.SpecPath, GeneratorHarness.RealSpec) })
            .RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { int x; }", GeneratorHarness.ParseOptions));
        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Equal(first.GeneratedSources.Single().SourceText.ToString(), second.GeneratedSources.Single().SourceText.ToString());
        foreach (var name in TrackedSteps)
        {
            Assert.True(second.TrackedSteps.ContainsKey(name), $"step {name} was not tracked");
            var reasons = second.TrackedSteps[name].SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();
            Assert.NotEmpty(reasons);
            Assert.All(reasons, reason => Assert.True(
                reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"step {name} was {reason} after an unrelated edit"));
        }

        Assert.All(second.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs), output =>
            Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void The_severity_lookup_asks_a_bounded_number_of_files_however_large_the_project()
    {
        var sources = Enumerable.Range(0, 300).Select(i => $"class C{i} {{ }}").ToArray();
        var options = new TestSyntaxTreeOptions(new Dictionary<string, ReportDiagnostic>());
        var compilation = GeneratorHarness.Compilation(sources);
        compilation = compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(options));

        GeneratorHarness.Driver(new[] { new InMemoryAdditionalText(GeneratorHarness.SpecPath, GeneratorHarness.RealSpec) }).RunGenerators(compilation);

        Assert.InRange(options.AskedFiles.Count, 1, 8);
        Assert.All(options.AskedFiles.Keys, path => Assert.Contains(path, compilation.SyntaxTrees.Take(8).Select(tree => tree.FilePath)));
    }

    [Fact]
    public void An_edit_of_the_spec_regenerates()
    {
        var compilation = GeneratorHarness.Compilation();
        var original = new InMemoryAdditionalText(GeneratorHarness.SpecPath, GeneratorHarness.RealSpec);
        var driver = GeneratorHarness.Driver(new[] { original }).RunGenerators(compilation);

        var edited = new InMemoryAdditionalText(GeneratorHarness.SpecPath, GeneratorHarness.RealSpec + "School Information,Schools,Read,School list,\n");
        var result = driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Modified, result.TrackedSteps["SourceModel"].Single().Outputs.Single().Reason);
        Assert.Contains("public static class Schools", result.GeneratedSources.Single().SourceText.ToString());
    }

    [Fact]
    public void A_changed_msbuild_property_regenerates_with_it()
    {
        var run = GeneratorHarness.Run(
            GeneratorHarness.RealSpec,
            new Dictionary<string, string>
            {
                ["build_property.IlluminatePermsNamespace"] = "Acme.Sync",
                ["build_property.IlluminatePermsClassName"] = "AeriesGrants",
            });

        Assert.Contains("namespace Acme.Sync", run.GeneratedText);
        Assert.Contains("internal static partial class AeriesGrants", run.GeneratedText);
        Assert.Equal("AeriesGrants.g.cs", run.Generator.GeneratedSources.Single().HintName);
    }

    [Fact]
    public void No_pipeline_output_holds_a_compilation_symbol_or_syntax_node()
    {
        var compilation = GeneratorHarness.Compilation("class A { }");
        var result = GeneratorHarness.Driver(new[] { new InMemoryAdditionalText(GeneratorHarness.SpecPath, GeneratorHarness.RealSpec) })
            .RunGenerators(compilation).GetRunResult().Results.Single();

        // Our steps only: Roslyn's own input steps (e.g. "Compilation") hold what they are named after.
        var outputs = TrackedSteps.SelectMany(name => result.TrackedSteps[name]).SelectMany(step => step.Outputs).Select(output => output.Value).ToList();
        Assert.NotEmpty(outputs);
        Assert.Empty(outputs.SelectMany(PipelineOutputInspector.FindBannedValues));
    }
}
