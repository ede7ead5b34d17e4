using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Basic.Reference.Assemblies;
using IlluminatePerms.Grants;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace IlluminatePerms.Generator.Tests.Harness;

/// <summary>Runs the generator in-process, the way the compiler does, on in-memory inputs.</summary>
internal static class GeneratorHarness
{
    public const string SpecPath = "/project/permissions.csv";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly MetadataReference RuntimeReference = MetadataReference.CreateFromFile(typeof(GrantSet).Assembly.Location);

    // The client package, whose checklist renderer the generated AdminChecklist property calls.
    private static readonly MetadataReference ClientReference = MetadataReference.CreateFromFile(typeof(IlluminatePerms.Checklist.AdminChecklist).Assembly.Location);

    /// <summary>The project's real spec, copied beside the tests.</summary>
    public static string RealSpec { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Spec", "permissions.csv"));

    public static CSharpCompilation Compilation(params string[] sources) => Compilation(referenceRuntime: true, sources);

    /// <summary>A consumer of both packages (<paramref name="referenceRuntime"/>) or of neither.</summary>
    public static CSharpCompilation Compilation(bool referenceRuntime, params string[] sources)
        => Compilation(referenceRuntime ? new[] { RuntimeReference, ClientReference } : Array.Empty<MetadataReference>(), sources);

    /// <summary>A consumer of the core package IlluminatePerms alone, without IlluminatePerms.Client.</summary>
    public static CSharpCompilation CoreOnlyCompilation(params string[] sources) => Compilation(new[] { RuntimeReference }, sources);

    private static CSharpCompilation Compilation(IEnumerable<MetadataReference> packages, string[] sources)
        => CSharpCompilation.Create(
            "Consumer",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"/project/File{i}.cs")),
            Net100.References.All.Concat(packages),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(
        IEnumerable<AdditionalText> files,
        IReadOnlyDictionary<string, string>? properties = null,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? metadata = null)
        => CSharpGeneratorDriver.Create(
            new[] { new GrantsGenerator().AsSourceGenerator() },
            files,
            ParseOptions,
            new TestOptionsProvider(
                properties ?? new Dictionary<string, string>(),
                metadata ?? new Dictionary<string, IReadOnlyDictionary<string, string>>()),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once on <paramref name="spec"/> (at <see cref="SpecPath"/>).</summary>
    public static GeneratorRun Run(string spec, IReadOnlyDictionary<string, string>? properties = null, params string[] sources)
    {
        var compilation = Compilation(sources);
        var driver = Driver(new[] { new InMemoryAdditionalText(SpecPath, spec) }, properties)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return new GeneratorRun(driver.GetRunResult(), output);
    }
}

/// <summary>What one generator run produced.</summary>
internal sealed record GeneratorRun(GeneratorDriverRunResult Result, Compilation Output)
{
    public GeneratorRunResult Generator => Result.Results.Single();

    public ImmutableArray<Diagnostic> Diagnostics => Result.Diagnostics;

    public string GeneratedText => Generator.GeneratedSources.Single().SourceText.ToString();
}
