using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using IlluminatePerms.Generator.Diagnostics;
using IlluminatePerms.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace IlluminatePerms.Generator;

/// <summary>
/// Turns the permission spec (an AdditionalFile, by default permissions.csv) into a class of typed
/// Aeries grants, their set, a validator and the district admin's checklist. Problems in the spec
/// are reported as diagnostics at their line and column.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class GrantsGenerator : IIncrementalGenerator
{
    private const string RuntimeGrantSetType = "IlluminatePerms.Grants.GrantSet";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select((provider, _) => OptionsReader.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var specs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(pair => SpecFileSelector.IsSpec(pair.Left, pair.Right.GetOptions(pair.Left), SpecFileSelector.SpecFileName(pair.Right.GlobalOptions)))
            .Select((pair, cancellationToken) => new SpecSource(pair.Left.Path, pair.Left.GetText(cancellationToken)?.ToString()))
            .WithTrackingName(TrackingNames.SpecFiles)
            .Collect();

        var model = specs
            .Combine(options)
            .Select((pair, cancellationToken) => Parser.Parse(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Model);

        // Facts of the compilation as values, so that the compilation stays out of the pipeline.
        var facts = context.CompilationProvider
            .Select(ReadFacts)
            .WithTrackingName(TrackingNames.CompilationFacts);

        context.RegisterSourceOutput(model.Combine(facts), (production, pair) => Execute(production, pair.Left, pair.Right));
    }

    private static CompilationFacts ReadFacts(Compilation compilation, CancellationToken cancellationToken)
    {
        var severities = new List<SeverityOverride>();
        foreach (var id in DiagnosticDescriptors.All.Keys.OrderBy(id => id, StringComparer.Ordinal))
        {
            if (ConfiguredSeverity.ForCSharpFiles(compilation, id, cancellationToken) is { } report)
            {
                severities.Add(new SeverityOverride(id, (int)report));
            }
        }

        return new CompilationFacts(
            compilation.GetTypeByMetadataName(RuntimeGrantSetType) is not null,
            new EquatableArray<SeverityOverride>(severities.ToArray()));
    }

    private static void Execute(SourceProductionContext context, GrantsModel model, CompilationFacts facts)
    {
        foreach (var info in model.Diagnostics)
        {
            Report(context, facts, DiagnosticDescriptors.All[info.Id], ToLocation(info), info.Message);
        }

        if (!model.HasSpec)
        {
            return;
        }

        if (!facts.RuntimeReferenced)
        {
            // Emitting anyway would bury this one cause under a CS0246 for every generated member.
            Report(context, facts, DiagnosticDescriptors.RuntimeNotReferenced, Location.None);
            return;
        }

        var checklist = ChecklistRenderer.Render(model);
        context.CancellationToken.ThrowIfCancellationRequested();
        context.AddSource($"{model.ClassName}.g.cs", SourceText.From(Emitter.Emit(model, checklist), System.Text.Encoding.UTF8));
    }

    private static void Report(SourceProductionContext context, CompilationFacts facts, DiagnosticDescriptor descriptor, Location location, params object[] arguments)
    {
        var configured = facts.Severities.FirstOrDefault(s => s.Id == descriptor.Id) is { } found ? (ReportDiagnostic)found.Report : (ReportDiagnostic?)null;
        if (ConfiguredSeverity.Create(descriptor, configured, location, arguments) is { } diagnostic)
        {
            context.ReportDiagnostic(diagnostic);
        }
    }

    private static Location ToLocation(DiagnosticInfo info)
        => info.FilePath is null
            ? Location.None
            : SpecLocation.Create(info.FilePath, info.Offset, info.Length, info.StartLine, info.StartColumn, info.EndLine, info.EndColumn);
}
