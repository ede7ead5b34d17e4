using System;
using System.IO;
using System.Linq;
using System.Text;
using Basic.Reference.Assemblies;
using BenchmarkDotNet.Attributes;
using IlluminatePerms.Generator;
using IlluminatePerms.Generator.Tests.Harness;
using IlluminatePerms.Grants;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace IlluminatePerms.Benchmarks;

/// <summary>
/// The grants generator on the real spec and on synthetic specs of 1,000 to 5,000 rows: a full run
/// with a new driver, and a rerun of a warm driver after an unrelated C# edit.
/// </summary>
/// <remarks>
/// The catalog has 52 areas, so rows past the 52nd of a synthetic spec repeat an area and become
/// IP1009 diagnostics: those runs measure reading, checking and reporting every row, plus emitting 52 areas.
/// A full run alternates between two texts of the spec (the second ends with a blank line), so that
/// each one parses: the generator keeps the last parse of a text for the analyzer (LastParsedSpec).
/// </remarks>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private Compilation compilation = null!;
    private Compilation editedCompilation = null!;
    private AdditionalText[] specs = null!;
    private GeneratorDriver warmDriver = null!;
    private int fullRuns;

    /// <summary>"real" for spec/permissions.csv, otherwise the row count of a synthetic spec.</summary>
    [Params("real", "1000", "2500", "5000")]
    public string Spec { get; set; } = "real";

    [GlobalSetup]
    public void Setup()
    {
        var text = Spec == "real"
            ? File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Spec", "permissions.csv"))
            : SyntheticSpec(int.Parse(Spec, System.Globalization.CultureInfo.InvariantCulture));
        specs = new AdditionalText[]
        {
            new InMemoryAdditionalText("/bench/permissions.csv", text),
            new InMemoryAdditionalText("/bench/permissions.csv", text + "\n"),
        };
        compilation = CSharpCompilation.Create(
            "Bench",
            new[] { CSharpSyntaxTree.ParseText("class Program { static void Main() { } }", ParseOptions) },
            Net100.References.All.Append(MetadataReference.CreateFromFile(typeof(GrantSet).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        editedCompilation = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { int x; }", ParseOptions));
        warmDriver = NewDriver(specs[0]).RunGenerators(compilation);
        if (warmDriver.GetRunResult().GeneratedTrees.Length != 1)
        {
            throw new InvalidOperationException("The generator produced no source for the benchmark spec.");
        }
    }

    [Benchmark(Baseline = true, Description = "full run (new driver)")]
    public GeneratorDriver FullRun() => NewDriver(specs[fullRuns++ & 1]).RunGenerators(compilation);

    [Benchmark(Description = "incremental rerun after an unrelated C# edit")]
    public GeneratorDriver IncrementalRerun() => warmDriver.RunGenerators(editedCompilation);

    private GeneratorDriver NewDriver(AdditionalText spec)
        => CSharpGeneratorDriver.Create(new[] { new GrantsGenerator().AsSourceGenerator() }, new[] { spec }, ParseOptions);

    private static string SyntheticSpec(int rows)
    {
        var text = new StringBuilder("# Product Name: Synthetic\nGroup,Table/Program Area,Permission Needed,Reason\n");
        var areas = AreaCatalog.All;
        for (var i = 0; i < rows; i++)
        {
            var area = areas[i % areas.Count];
            text.Append(area.Group).Append(',').Append('"').Append(area.Name).Append("\",Read,\"Synthetic reason number ")
                .Append(i).Append(", quoted, with commas\"\n");
        }

        return text.ToString();
    }
}
